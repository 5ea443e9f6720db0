"use server";

import { z } from "@/lib/validation/zod";
import { authedAction } from "@/lib/actions/safe-action";
import { ROLES } from "@/lib/auth/roles";
import { confirmTotpEnrollment } from "@/lib/auth/totp-enrollment";
import { text } from "@/lib/i18n/text";

const ZConfirmTotp = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: () => text("twoFactor.codeRequired") }),
});

export const confirmTotpAction = authedAction({ schema: ZConfirmTotp, roles: ROLES, allowPendingTotp: true }, async (input, user) => {
  await confirmTotpEnrollment(user, input.code);
  return true;
});
