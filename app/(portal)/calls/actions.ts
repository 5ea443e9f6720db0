"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { openCall } from "@/lib/calls/open-call";
import { submitIntent } from "@/lib/calls/submit-intent";
import { decideIntent } from "@/lib/calls/decide-intent";
import { startFiling } from "@/lib/calls/start-filing";
import { ZCallCreateInput, ZIntentDecisionInput, ZIntentSubmitInput, ZStartFilingInput } from "@/lib/validation/calls";

export const openCallAction = authedAction({ schema: ZCallCreateInput, roles: ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"] }, (input, user) =>
  openCall(user, input),
);
export const submitIntentAction = authedAction({ schema: ZIntentSubmitInput, roles: ["ENTERPRISE_FILER"] }, (input, user) => submitIntent(user, input));
export const decideIntentAction = authedAction({ schema: ZIntentDecisionInput, roles: ["DIVISION_REVIEWER"] }, async (input, user) => {
  await decideIntent(user, input);
  return true;
});
export const startFilingAction = authedAction({ schema: ZStartFilingInput, roles: ["ENTERPRISE_FILER"] }, (input, user) =>
  startFiling(user, input.intentId, input.kind),
);
