import type { ChainReport } from "@/lib/audit/verify";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/ui/format";

/** 核验审计链: the form (with an optional head written down earlier) and, once run, its result. */
export async function ChainCheck({
  report,
  head,
  headError,
  retentionDays,
  oldestAt,
}: {
  report: ChainReport | null;
  head: string;
  headError: boolean;
  retentionDays: number;
  oldestAt: Date | null;
}) {
  const t = await getTranslations("audit.chainCheck");
  return (
    <section className="card" aria-labelledby="chain-h">
      <h2 id="chain-h">{t("heading")}</h2>
      <p>
        {t.rich("retention", { days: retentionDays, strong: (chunks) => <strong>{chunks}</strong> })}
        {oldestAt && t("oldest", { date: formatDate(oldestAt) })}
      </p>
      <p className="muted small">{t("explain")}</p>
      <form className="filters" method="get">
        <input type="hidden" name="verify" value="1" />
        <div className="field">
          <label htmlFor="head">{t("headLabel")}</label>
          <input
            id="head"
            name="head"
            defaultValue={head}
            size={40}
            aria-invalid={headError || undefined}
            aria-describedby={headError ? "head-error" : undefined}
          />
          {headError && (
            <p id="head-error" className="error">
              {t("headError")}
            </p>
          )}
        </div>
        <button type="submit">{t("submit")}</button>
      </form>
      {report && (
        <div className={report.ok ? "alert ok" : "alert error"} role="status" data-testid="chain-result">
          {report.ok ? (
            <p>{t("ok", { count: report.count, headNote: head ? t("okHead") : "" })}</p>
          ) : (
            <p>
              <strong>{t("failed")}</strong>
            </p>
          )}
          {report.firstBad && (
            <p>
              {report.firstBad.problem}
              {report.firstBad.id && t("recordId", { id: report.firstBad.id })}
              {t("intactBefore", { count: report.count })}
            </p>
          )}
          {report.disabledTriggers.map((name) => (
            <p key={name}>{t("triggerDisabled", { name })}</p>
          ))}
          <p className="small">
            {t("currentHead")}
            <code>
              {report.headSeq}:{report.headHash}
            </code>
          </p>
        </div>
      )}
    </section>
  );
}
