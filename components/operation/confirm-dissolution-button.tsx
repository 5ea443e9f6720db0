"use client";

import { useTranslations } from "next-intl";
import { confirmDissolutionAction } from "@/app/(portal)/alliances/[id]/council/actions";
import { ActionButton } from "./action-button";

/** The service center closes the filing of an alliance whose council passed dissolution (附件3 第十一条). */
export function ConfirmDissolutionButton({ voteId, allianceVersion, allianceName }: { voteId: string; allianceVersion: number; allianceName: string }) {
  const t = useTranslations("operation.confirmDissolution");
  return (
    <ActionButton
      action={confirmDissolutionAction}
      input={{ voteId, allianceVersion }}
      label={t("label")}
      secondary={false}
      confirm={t("confirm", { name: allianceName })}
    />
  );
}
