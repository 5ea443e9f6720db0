"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { handleObjection } from "@/lib/public/objections";
import { ZHandleObjectionInput } from "@/lib/validation/review";

export const handleObjectionAction = authedAction({ schema: ZHandleObjectionInput, roles: ["INSTITUTE_OFFICER"] }, async (input, user) => {
  await handleObjection(user, input);
  return true;
});
