"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { refileRejected } from "@/lib/filing/refile";
import { ZRefileInput } from "@/lib/validation/refile";

/** 七（三）: start a new cycle from a rejected filing (issue #17 item 6). */
export const refileAction = authedAction({ schema: ZRefileInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => refileRejected(user, input));
