"use client";

import { confirmDissolutionAction } from "@/app/(portal)/alliances/[id]/council/actions";
import { ActionButton } from "./action-button";

/** The service center closes the filing of an alliance whose council passed dissolution (附件3 第十一条). */
export function ConfirmDissolutionButton({ voteId, allianceVersion, allianceName }: { voteId: string; allianceVersion: number; allianceName: string }) {
  return (
    <ActionButton
      action={confirmDissolutionAction}
      input={{ voteId, allianceVersion }}
      label="确认解散"
      secondary={false}
      confirm={`确认“${allianceName}”解散并终止其备案？此操作不可撤销。`}
    />
  );
}
