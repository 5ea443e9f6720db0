"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { confirmRevocation, dismissRevocation } from "@/lib/assessment/revocation";
import { ZConfirmRevocationInput, ZDismissRevocationInput } from "@/lib/validation/assessment-scoring";

export const confirmRevocationAction = authedAction(
  { schema: ZConfirmRevocationInput, roles: ["SERVICE_CENTER"] },
  async (input, user) => (await confirmRevocation(user, input)).to,
);

export const dismissRevocationAction = authedAction({ schema: ZDismissRevocationInput, roles: ["SERVICE_CENTER"] }, async (input, user) =>
  dismissRevocation(user, input),
);
