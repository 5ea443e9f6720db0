"use server";

import { z } from "@/lib/validation/zod";
import { authedAction } from "@/lib/actions/safe-action";
import { ROLES } from "@/lib/auth/roles";
import { confirmTotpEnrollment } from "@/lib/auth/totp-enrollment";

const ZConfirmTotp = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "请输入 6 位数字的动态口令。"),
});

export const confirmTotpAction = authedAction({ schema: ZConfirmTotp, roles: ROLES, allowPendingTotp: true }, async (input, user) => {
  await confirmTotpEnrollment(user, input.code);
  return true;
});
