"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { confirmMember, disputeMember } from "@/lib/membership/confirm-member";
import { ZConfirmMemberInput, ZDisputeMemberInput } from "@/lib/validation/membership";

// The link's token is the only key: no session, the same Origin check as every action.
export const confirmMemberAction = publicAction({ schema: ZConfirmMemberInput, rateLimit: "publicConfirm" }, async (input, ip) => {
  await confirmMember(input, ip);
  return true;
});

export const disputeMemberAction = publicAction({ schema: ZDisputeMemberInput, rateLimit: "publicConfirm" }, async (input, ip) => {
  await disputeMember(input, ip);
  return true;
});
