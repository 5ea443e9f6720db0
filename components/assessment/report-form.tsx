"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { errorCodeOf } from "@/lib/errors/app-error";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { NARRATIVE_MAX, PLAN_MAX, ZReportFields, type TReportFields } from "@/lib/validation/assessment";
import { useAutosave } from "@/components/filing/use-autosave";
import { FormSummary } from "@/components/ui/form-summary";
import { placeFieldErrors } from "@/components/ui/place-field-errors";
import { saveReportDraftAction, submitReportAction } from "@/app/(portal)/reports/actions";

export interface ReportFigureField {
  code: string;
  name: string;
  unit: string;
  /** Set when the portal counts the figure itself: the count and where it comes from. */
  counted?: { count: number; text: string };
}

interface Props {
  reportId: string;
  version: number;
  fields: ReportFigureField[];
  initial: TReportFields;
  dueDay: string;
}

const chars = (s: string | undefined) => [...(s ?? "")].length;

/** The filer's annual report: autosaved as typed (version-checked), then submitted once complete (八（四）). */
export function ReportForm({ reportId, version, fields, initial, dueDay }: Props) {
  const router = useRouter();
  const tErr = useTranslations("errors");
  const t = useTranslations("reportForm");
  const locale = useLocale();
  const backupKey = `annual-report:${reportId}`;
  const form = useForm<TReportFields>({ resolver: zodResolver(ZReportFields), defaultValues: initial, mode: "onTouched" });
  const { register, control, formState, setError, reset } = form;
  const values = useWatch({ control }) as TReportFields;
  const [submitError, setSubmitError] = useState<{ summary: string; details: string[] } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const save = useCallback(
    async (v: TReportFields, ver: number) => {
      const r = await saveReportDraftAction({ ...v, reportId, version: ver });
      if (r.ok) return { ok: true as const, version: r.data.version };
      placeFieldErrors(setError, r.fieldErrors, t("sep")); // a form-level refusal shows as the save state
      return { ok: false as const, code: r.code };
    },
    [reportId, setError, t],
  );
  const autosave = useAutosave({ values, initialVersion: version, backupKey, save });

  // A copy kept in this browser survives a failed save or a conflict; offer it back on the next visit.
  const [backup, setBackup] = useState<{ at: string; values: TReportFields } | null>(null);
  useEffect(() => {
    const raw = window.localStorage.getItem(backupKey);
    if (!raw) return;
    const parsed = JSON.parse(raw) as { at: string; values: TReportFields };
    if (JSON.stringify(parsed.values) !== JSON.stringify(initial)) setBackup(parsed);
    else window.localStorage.removeItem(backupKey);
  }, [backupKey, initial]);

  async function submit() {
    setSubmitError(null);
    setSubmitting(true);
    try {
      if (!(await autosave.flush())) return;
      const r = await submitReportAction({ reportId, version: autosave.version.current });
      if (r.ok) {
        window.localStorage.removeItem(backupKey);
        router.refresh();
        return;
      }
      setSubmitError({ summary: tErr(r.code), details: placeFieldErrors(setError, r.fieldErrors, t("sep")) });
    } finally {
      setSubmitting(false);
    }
  }

  const s = autosave.state;
  const e = formState.errors;
  const figureError = (code: string) => (e.figures as Record<string, { message?: string }> | undefined)?.[code]?.message;
  return (
    <form
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void autosave.flush();
      }}
    >
      {backup && (
        <div className="alert warn" role="alert">
          {t("backup", { at: new Date(backup.at).toLocaleString(locale) })}
          <button
            type="button"
            onClick={() => {
              reset(backup.values, { keepDefaultValues: true });
              setBackup(null);
            }}
          >
            {t("restore")}
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              window.localStorage.removeItem(backupKey);
              setBackup(null);
            }}
          >
            {t("discard")}
          </button>
        </div>
      )}
      {s.kind === "conflict" && (
        <div className="alert error" role="alert">
          {t("conflict")}
          <button type="button" onClick={() => window.location.reload()}>
            {t("reload")}
          </button>
        </div>
      )}
      {submitError && <FormSummary summary={submitError.summary} details={submitError.details} />}
      <div className="savebar no-print" aria-live="polite" data-testid="save-status">
        {s.kind === "saving"
          ? t("saving")
          : s.kind === "saved"
            ? t("saved", { at: s.at.toLocaleTimeString(locale) })
            : s.kind === "error"
              ? t("saveFailed", { error: tErr(errorCodeOf(s.code)) })
              : autosave.dirty
                ? t("dirty")
                : ""}
        <button type="submit" className="secondary" disabled={s.kind === "saving"}>
          {t("saveDraft")}
        </button>
      </div>

      <section className="card" aria-labelledby="fig-h">
        <h2 id="fig-h">{t("figuresHeading")}</h2>
        <p className="muted small">{t("figuresIntro")}</p>
        <div className="two">
          {fields.map((f) => {
            const id = `fig-${f.code}`;
            const err = figureError(f.code);
            const hintId = `${id}-hint`;
            return (
              <div className="field" key={f.code}>
                <label htmlFor={id}>{t("fieldLabel", { name: f.name, unit: f.unit })}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  readOnly={Boolean(f.counted)}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={[f.counted ? hintId : "", err ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
                  {...register(`figures.${f.code}`, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
                />
                {f.counted && (
                  <div className="hint" id={hintId}>
                    {f.counted.text}
                  </div>
                )}
                {err && (
                  <div className="error" id={`${id}-error`} role="alert">
                    {err}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </section>

      <section className="card" aria-labelledby="text-h">
        <h2 id="text-h">{t("textHeading")}</h2>
        <div className="field">
          <label htmlFor="narrative">{t("narrative")}</label>
          <textarea id="narrative" rows={10} aria-invalid={e.narrative ? true : undefined} aria-describedby="narrative-count" {...register("narrative")} />
          <div className="hint" id="narrative-count">
            {t("count", { n: chars(values.narrative), max: NARRATIVE_MAX })}
          </div>
          {e.narrative && (
            <div className="error" role="alert">
              {e.narrative.message}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="nextYearPlan">{t("nextYearPlan")}</label>
          <textarea id="nextYearPlan" rows={6} aria-invalid={e.nextYearPlan ? true : undefined} aria-describedby="plan-count" {...register("nextYearPlan")} />
          <div className="hint" id="plan-count">
            {t("count", { n: chars(values.nextYearPlan), max: PLAN_MAX })}
          </div>
          {e.nextYearPlan && (
            <div className="error" role="alert">
              {e.nextYearPlan.message}
            </div>
          )}
        </div>
      </section>

      <div className="actions">
        <button type="button" onClick={() => void submit()} disabled={submitting || s.kind === "conflict"}>
          {t("submit")}
        </button>
        <span className="muted small">{t("dueNote", { due: dueDay })}</span>
      </div>
    </form>
  );
}
