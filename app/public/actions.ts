"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { submitObjection } from "@/lib/public/notices";
import { ZObjectionInput } from "@/lib/validation/review";

export const objectionAction = publicAction({ schema: ZObjectionInput, rateLimit: "publicObjection" }, async (input, ip) => {
  await submitObjection({ ...input, ip });
  return true;
});
