"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { requestChange } from "@/lib/membership/request-change";
import { decideChange } from "@/lib/membership/decide-change";
import { acknowledgeChange } from "@/lib/membership/acknowledge-change";
import { ZAcknowledgeChangeInput, ZDecideChangeInput, ZExitRequestInput, ZJoinRequestInput } from "@/lib/validation/membership";

const FILER = ["ENTERPRISE_FILER"] as const;

export const requestJoinAction = authedAction({ schema: ZJoinRequestInput, roles: FILER }, async (input, user) => (await requestChange(user, input)).id);

export const requestExitAction = authedAction({ schema: ZExitRequestInput, roles: FILER }, async (input, user) => (await requestChange(user, input)).id);

export const decideChangeAction = authedAction({ schema: ZDecideChangeInput, roles: FILER }, async (input, user) => {
  const r = await decideChange(user, input);
  return { status: r.status, flagged: r.flagged };
});

export const acknowledgeChangeAction = authedAction({ schema: ZAcknowledgeChangeInput, roles: ["SERVICE_CENTER"] }, async (input, user) => {
  await acknowledgeChange(user, input);
  return true;
});
