"use server";

import { z } from "@/lib/validation/zod";
import { authedAction } from "@/lib/actions/safe-action";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { markAllRead } from "@/lib/notifications/inbox";

export const markAllReadAction = authedAction({ schema: z.object({}), roles: PAGE_ROLES.notifications }, (_input, user) => markAllRead(user));
