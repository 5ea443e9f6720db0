import { getTranslations } from "next-intl/server";
import { ReasonConfirm } from "@/components/operation/reason-confirm";
import { ReportRemindersNow } from "@/components/operation/remind-now";
import { deleteSchemeAction } from "@/app/(portal)/assessment/actions";

/** 八（四）, issue 17 item 10: a draft scheme made by mistake is deleted, with a reason the audit log keeps. */
export async function SchemeDeleteCard({ id, version, year, title }: { id: string; version: number; year: number; title: string }) {
  const t = await getTranslations("corrections.deleteScheme");
  return (
    <section className="card" aria-labelledby="delete-scheme-h">
      <h2 id="delete-scheme-h">{t("title")}</h2>
      <p className="muted small">{t("intro")}</p>
      <ReasonConfirm
        action={deleteSchemeAction}
        input={{ id, version }}
        redirectTo="/assessment"
        texts={{ button: t("button"), warning: t("warning", { year, title }), confirm: t("confirm") }}
      />
    </section>
  );
}

/** 八（四）: while reports are open, the service center reminds those still owing one when it chooses. */
export async function SchemeRemindCard({ id, year }: { id: string; year: number }) {
  const t = await getTranslations("corrections.remindReports");
  return (
    <section className="card" aria-labelledby="remind-reports-h">
      <h2 id="remind-reports-h">{t("title")}</h2>
      <p className="muted small">{t("intro", { year })}</p>
      <ReportRemindersNow schemeId={id} year={year} />
    </section>
  );
}
