"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { unlockUser } from "@/lib/users/unlock-user";
import { resetPassword } from "@/lib/users/reset-password";
import { resetUserTotp } from "@/lib/auth/totp-enrollment";
import { ZPasswordResetInput, ZUserCreateInput, ZUserIdInput, ZUserUpdateInput } from "@/lib/validation/user";

const ADMIN = ["SYSTEM_ADMIN"] as const;

export const createUserAction = authedAction({ schema: ZUserCreateInput, roles: ADMIN }, (input, user) => createUser(user, input));
export const updateUserAction = authedAction({ schema: ZUserUpdateInput, roles: ADMIN }, (input, user) => updateUser(user, input));
export const unlockUserAction = authedAction({ schema: ZUserIdInput, roles: ADMIN }, (input, user) => unlockUser(user, input.id));
export const resetPasswordAction = authedAction({ schema: ZPasswordResetInput, roles: ADMIN }, async (input, user) => {
  await resetPassword(user, input.id, input.newPassword);
  return true;
});
export const resetTotpAction = authedAction({ schema: ZUserIdInput, roles: ADMIN }, async (input, user) => {
  await resetUserTotp(user, input.id);
  return true;
});
