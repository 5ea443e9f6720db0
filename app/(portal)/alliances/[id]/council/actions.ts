"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { recordCouncilTerm } from "@/lib/operation/council";
import { confirmDissolution, recordDissolutionVote } from "@/lib/operation/dissolution";
import { ZConfirmDissolutionInput, ZCouncilTermInput, ZDissolutionVoteInput } from "@/lib/validation/operation";
import { sendTermReminderNow } from "@/lib/operation/term-remind-now";
import { withdrawCharterVersion } from "@/lib/operation/withdraw-charter";
import { ZTermReminderNowInput, ZWithdrawCharterVersionInput } from "@/lib/validation/corrections";

export const recordCouncilTermAction = authedAction(
  { schema: ZCouncilTermInput, roles: ["ENTERPRISE_FILER"] },
  async (input, user) => (await recordCouncilTerm(user, input)).termNo,
);

export const recordDissolutionVoteAction = authedAction({ schema: ZDissolutionVoteInput, roles: ["ENTERPRISE_FILER"] }, async (input, user) => {
  const vote = await recordDissolutionVote(user, input);
  return { passed: vote.passed, message: vote.message };
});

export const confirmDissolutionAction = authedAction(
  { schema: ZConfirmDissolutionInput, roles: ["SERVICE_CENTER"] },
  async (input, user) => (await confirmDissolution(user, input)).to,
);

/** The service center reminds the lead enterprise now that the council term is ending; never twice in a day for one term. */
export const sendTermReminderAction = authedAction({ schema: ZTermReminderNowInput, roles: ["SERVICE_CENTER"] }, async (input, user) =>
  sendTermReminderNow(user, input),
);

/** The service center withdraws the latest charter amendment recorded by mistake, with a reason. */
export const withdrawCharterVersionAction = authedAction(
  { schema: ZWithdrawCharterVersionInput, roles: ["SERVICE_CENTER"] },
  async (input, user) => (await withdrawCharterVersion(user, input)).versionNo,
);
