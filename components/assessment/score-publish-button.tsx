"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ZPublishResultsInput, type TPublishResultsInput } from "@/lib/validation/assessment-scoring";
import { EARLY_CLOSE_REASON_MIN, type PublishReadiness } from "@/lib/assessment/coverage";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { publishResultsAction } from "@/app/(portal)/assessment/reports/actions";

/**
 * Publishes a year's results after a confirmation that spells out what publishing does (八（四）). Offered only when
 * the server would accept it (lib/assessment/coverage.ts publishReadiness); otherwise the reasons are shown and, before
 * the due date, an explicit early close with a reason is offered (issue 17).
 */
export function ScorePublishButton({
  schemeId,
  version,
  year,
  missing,
  readiness,
  covered,
  outstanding,
  dueDay,
  cutoffDay,
}: {
  schemeId: string;
  version: number;
  year: number;
  /** Covered alliances without a handed-in report; null when a filter hides the true number. */
  missing: number | null;
  readiness: PublishReadiness;
  covered: number;
  outstanding: number;
  dueDay: string;
  cutoffDay: string;
}) {
  const t = useTranslations("assessment");
  const tp = useTranslations("scorePublish");
  const router = useRouter();
  const [asking, setAsking] = useState<"publish" | "early" | null>(null);
  const { register, handleSubmit, setError, formState } = useRecordForm<TPublishResultsInput>(
    { schemeId, version },
    { resolver: zodResolver(ZPublishResultsInput), defaultValues: { earlyCloseReason: "" } },
  );
  const { run, summary, details, done } = useActionForm(setError);
  const e = formState.errors;
  if (done)
    return (
      <p className="alert ok" role="status">
        {t("published", { year })}
      </p>
    );
  const submit = handleSubmit(async (v) => {
    // An early close needs its reason (the schema lets it be absent for an ordinary publication).
    if (asking === "early" && Array.from((v.earlyCloseReason ?? "").trim()).length < EARLY_CLOSE_REASON_MIN) {
      setError("earlyCloseReason", { message: tp("reasonMin", { min: EARLY_CLOSE_REASON_MIN }) });
      return;
    }
    const input = asking === "early" ? v : { schemeId: v.schemeId, version: v.version };
    if (await run(() => publishResultsAction(input))) router.refresh();
  });
  const reasonsId = `publish-reasons-${year}`;
  return (
    <form className="card no-print" noValidate aria-label={t("publish")} onSubmit={submit} data-testid="publish-results">
      <FormSummary summary={summary} details={details} />
      {asking === null && (
        <>
          {!readiness.allowed && (
            <div className="alert warn" role="note" id={reasonsId}>
              <strong>{t("notAvailable")}</strong>
              <ul>
                {readiness.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
          {readiness.notes.length > 0 && (
            <ul className="alert info small" role="note">
              {readiness.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {readiness.allowed && readiness.basis === "ALL_HANDED_IN" && <p className="muted small">{t("publishEarly", { covered, due: dueDay })}</p>}
          <div className="actions">
            <button
              type="button"
              disabled={!readiness.allowed}
              aria-describedby={readiness.allowed ? undefined : reasonsId}
              onClick={() => setAsking("publish")}
            >
              {t("publish")}
            </button>
            {!readiness.allowed && readiness.earlyClose && (
              <button type="button" className="secondary" onClick={() => setAsking("early")}>
                {t("earlyClose")}
              </button>
            )}
          </div>
        </>
      )}
      {asking !== null && (
        <>
          <div className="alert warn" role="note">
            <strong>{asking === "early" ? t("earlyCloseTitle", { year }) : t("confirmTitle", { year })}</strong>
            <ul>
              {asking === "early" && <li>{t("earlyCloseWarn", { due: dueDay, outstanding })}</li>}
              <li>{t("confirm1")}</li>
              <li>{missing === null ? t("confirm2NoCount", { cutoff: cutoffDay }) : t("confirm2", { cutoff: cutoffDay, missing })}</li>
              <li>{t("confirm3")}</li>
            </ul>
          </div>
          {asking === "early" && (
            <div className="field">
              <label htmlFor={`early-${year}`}>{t("earlyCloseReason")}</label>
              <textarea
                id={`early-${year}`}
                rows={2}
                placeholder={t("earlyCloseHint")}
                aria-invalid={e.earlyCloseReason ? true : undefined}
                {...register("earlyCloseReason")}
              />
              {e.earlyCloseReason && (
                <div className="error" role="alert">
                  {e.earlyCloseReason.message}
                </div>
              )}
            </div>
          )}
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              {asking === "early" ? t("confirmEarly") : t("confirm")}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t("back")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
