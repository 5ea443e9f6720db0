import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/ui/format";
import { ReasonConfirm } from "@/components/operation/reason-confirm";
import { TermReminderNow } from "@/components/operation/remind-now";
import { withdrawCharterVersionAction } from "@/app/(portal)/alliances/[id]/council/actions";

/** 附件2 第十三条（二）: the service center reminds the lead enterprise to re-elect the council when it chooses. */
export async function TermReminderCard({ allianceId }: { allianceId: string }) {
  const t = await getTranslations("corrections.remindTerm");
  return (
    <section className="card" aria-labelledby="remind-term-h">
      <h2 id="remind-term-h">{t("title")}</h2>
      <p className="muted small">{t("intro")}</p>
      <TermReminderNow allianceId={allianceId} />
    </section>
  );
}

interface LatestVersion {
  id: string;
  versionNo: number;
  fileName: string;
  approvedOn: Date | null;
  approvedBy: string | null;
}

/**
 * 附件2 第十九条, issue 17 item 10: the latest charter amendment recorded by mistake is withdrawn by the service center
 * with a reason; the filer is told whom to ask. Nothing is shown when the latest version is the filed charter.
 */
export async function CharterWithdrawCard({ latest, canWithdraw, isFiler }: { latest: LatestVersion | undefined; canWithdraw: boolean; isFiler: boolean }) {
  const t = await getTranslations("corrections.withdrawCharter");
  if (!latest?.approvedOn) return null;
  if (!canWithdraw) return isFiler ? <p className="muted small">{t("filerHint")}</p> : null;
  return (
    <section className="card" aria-labelledby="withdraw-charter-h">
      <h2 id="withdraw-charter-h">{t("title")}</h2>
      <p className="muted small">
        {t("intro", { versionNo: latest.versionNo, approvedOn: formatDate(latest.approvedOn), approvedBy: latest.approvedBy ?? "" })}
      </p>
      <ReasonConfirm
        action={withdrawCharterVersionAction}
        input={{ versionId: latest.id }}
        texts={{
          button: t("button", { versionNo: latest.versionNo }),
          warning: t("warning", { versionNo: latest.versionNo, fileName: latest.fileName }),
          confirm: t("confirm"),
        }}
      />
    </section>
  );
}
