"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { recordCouncilTerm } from "@/lib/operation/council";
import { confirmDissolution, recordDissolutionVote } from "@/lib/operation/dissolution";
import { ZConfirmDissolutionInput, ZCouncilTermInput, ZDissolutionVoteInput } from "@/lib/validation/operation";

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
