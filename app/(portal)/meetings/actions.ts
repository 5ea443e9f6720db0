"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { createMeeting, recordMeetingDecision } from "@/lib/meetings/meetings";
import { ZMeetingCreateInput, ZMeetingDecisionInput } from "@/lib/validation/review";

export const createMeetingAction = authedAction(
  { schema: ZMeetingCreateInput, roles: ["DEPARTMENT_SECRETARY"] },
  async (input, user) => (await createMeeting(user, input)).id,
);

export const recordDecisionAction = authedAction(
  { schema: ZMeetingDecisionInput, roles: ["DEPARTMENT_SECRETARY"] },
  async (input, user) => (await recordMeetingDecision(user, input)).to,
);
