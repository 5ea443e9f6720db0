"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { ROLES } from "@/lib/auth/roles";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { ZChangeOwnPasswordInput } from "@/lib/validation/user";

export const changeOwnPasswordAction = authedAction({ schema: ZChangeOwnPasswordInput, roles: ROLES, allowPendingTotp: true }, async (input, user) => {
  await changeOwnPassword(user, input.current, input.next);
  return true;
});
