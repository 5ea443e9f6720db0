"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { GRADE_LABELS, type TRule, type TSchemeDefinition } from "@/lib/assessment/scheme";
import { MAX_ADJUSTMENT, scoreReport, type TAdjustment } from "@/lib/assessment/score";
import { ZSaveAssessmentInput, type TSaveAssessmentInput } from "@/lib/validation/assessment-scoring";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { saveAssessmentAction } from "@/app/(portal)/assessment/reports/actions";

interface Props {
  reportId: string;
  version: number;
  definition: TSchemeDefinition;
  figures: Record<string, number>;
  initial: { manualScores: Record<string, number>; adjustments: TAdjustment[]; comment: string };
  /** Results published: shown, not editable. */
  locked: boolean;
}

type T = ReturnType<typeof useTranslations<"scoreForm">>;

function ruleText(t: T, rule: TRule, unit: string): string {
  if (rule.kind === "manual") return t("ruleManual");
  if (rule.kind === "linear") return t("ruleLinear", { target: rule.target, unit });
  return rule.steps.map((s) => t("ruleStep", { min: s.min, unit, score: s.score })).join(t("ruleSep"));
}

const fmt = (n: number) => n.toFixed(2);

/**
 * The preview uses the same scoreReport as the server, with anything not yet valid counted as 0 so the
 * table never disappears while typing; the server recomputes from the report on save.
 */
function preview(def: TSchemeDefinition, figures: Record<string, number>, manual: Record<string, number> | undefined, adjustments: TAdjustment[] | undefined) {
  const cleanManual: Record<string, number> = {};
  let incomplete = false;
  for (const ind of def.indicators) {
    if (ind.rule.kind !== "manual") continue;
    const v = manual?.[ind.code];
    const ok = typeof v === "number" && v >= 0 && v <= 100 && Math.round(v * 100) / 100 === v;
    cleanManual[ind.code] = ok ? v : 0;
    if (!ok) incomplete = true;
  }
  const cleanAdj = (adjustments ?? []).filter((a) => {
    const ok =
      def.indicators.some((i) => i.code === a.indicator) &&
      Number.isFinite(a.delta) &&
      a.delta !== 0 &&
      Math.abs(a.delta) <= MAX_ADJUSTMENT &&
      Math.round(a.delta * 100) / 100 === a.delta &&
      [...(a.reason ?? "").trim()].length >= 5;
    if (!ok) incomplete = true;
    return ok;
  });
  try {
    return { result: scoreReport(def, figures, cleanManual, cleanAdj), incomplete };
  } catch {
    return { result: null, incomplete: true };
  }
}

export function ScoreForm({ reportId, version, definition, figures, initial, locked }: Props) {
  const router = useRouter();
  const t = useTranslations("scoreForm");
  const { register, handleSubmit, setError, setValue, control, formState } = useRecordForm<TSaveAssessmentInput>(
    { reportId, version },
    {
      resolver: zodResolver(ZSaveAssessmentInput),
      defaultValues: { manualScores: initial.manualScores, adjustments: initial.adjustments, comment: initial.comment },
    },
  );
  const { fields, append, remove } = useFieldArray({ control, name: "adjustments" });
  const manual = useWatch({ control, name: "manualScores" });
  const adjustments = useWatch({ control, name: "adjustments" });
  const { run, summary, details, done } = useActionForm(setError);
  const { result, incomplete } = preview(definition, figures, manual, adjustments as TAdjustment[] | undefined);
  const e = formState.errors;

  return (
    <form
      noValidate
      aria-label={t("formLabel")}
      onSubmit={handleSubmit(async (v) => {
        if (!(await run(() => saveAssessmentAction(v)))) return;
        // The server bumped the report version by one; keep the form usable for another correction.
        setValue("version", v.version + 1);
        router.refresh();
      })}
    >
      <fieldset className="card" disabled={locked}>
        <legend>
          <h2>{t("itemsHeading")}</h2>
        </legend>
        <div className="table-wrap">
          <table>
            <caption className="muted small">{t("itemsCaption")}</caption>
            <thead>
              <tr>
                <th>{t("col.indicator")}</th>
                <th>{t("col.rule")}</th>
                <th>{t("col.value")}</th>
                <th>{t("col.raw")}</th>
                <th>{t("col.weight")}</th>
                <th>{t("col.weighted")}</th>
              </tr>
            </thead>
            <tbody>
              {definition.indicators.map((ind, i) => {
                const line = result?.lines[i];
                const err = e.manualScores?.[ind.code]?.message;
                return (
                  <tr key={ind.code}>
                    <th scope="row">{ind.name}</th>
                    <td className="small">{ruleText(t, ind.rule, ind.unit)}</td>
                    <td className="num">{ind.rule.kind === "manual" ? "—" : t("figure", { value: figures[ind.code] ?? 0, unit: ind.unit })}</td>
                    <td className="num">
                      {ind.rule.kind === "manual" ? (
                        <div className="field" style={{ margin: 0 }}>
                          <label htmlFor={`manual-${ind.code}`} className="small">
                            {t("manualLabel", { name: ind.name })}
                          </label>
                          <input
                            id={`manual-${ind.code}`}
                            type="number"
                            min={0}
                            max={100}
                            step="0.01"
                            inputMode="decimal"
                            style={{ width: 90 }}
                            aria-invalid={err ? true : undefined}
                            aria-describedby={err ? `manual-${ind.code}-error` : undefined}
                            {...register(`manualScores.${ind.code}`, { valueAsNumber: true })}
                          />
                          {err && (
                            <div className="error" id={`manual-${ind.code}-error`} role="alert">
                              {err}
                            </div>
                          )}
                        </div>
                      ) : line ? (
                        fmt(line.raw)
                      ) : (
                        ""
                      )}
                    </td>
                    <td className="num">{ind.weight}</td>
                    <td className="num">{line ? line.weighted.toFixed(2) : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </fieldset>

      <fieldset className="card" disabled={locked}>
        <legend>
          <h2>{t("adjHeading")}</h2>
        </legend>
        <p className="muted small">{t("adjIntro", { max: MAX_ADJUSTMENT })}</p>
        {fields.map((f, i) => (
          <div className="two" key={f.id} role="group" aria-label={t("adjGroup", { n: i + 1 })}>
            <div className="field">
              <label htmlFor={`adj-${i}-indicator`}>{t("adjIndicator", { n: i + 1 })}</label>
              <select id={`adj-${i}-indicator`} {...register(`adjustments.${i}.indicator`)}>
                {definition.indicators.map((ind) => (
                  <option key={ind.code} value={ind.code}>
                    {ind.name}
                  </option>
                ))}
              </select>
              {e.adjustments?.[i]?.indicator && (
                <div className="error" role="alert">
                  {e.adjustments[i]?.indicator?.message}
                </div>
              )}
            </div>
            <TextField
              label={t("adjDelta")}
              type="number"
              step="0.01"
              id={`adj-${i}-delta`}
              error={e.adjustments?.[i]?.delta?.message}
              {...register(`adjustments.${i}.delta`, { valueAsNumber: true })}
            />
            <TextField label={t("adjReason")} id={`adj-${i}-reason`} error={e.adjustments?.[i]?.reason?.message} {...register(`adjustments.${i}.reason`)} />
            <div className="field">
              <button type="button" className="secondary" onClick={() => remove(i)}>
                {t("adjRemove", { n: i + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => append({ indicator: definition.indicators[0]!.code, delta: 1, reason: "" })}>
          {t("adjAdd")}
        </button>
      </fieldset>

      <section className="card" aria-labelledby="total-h" aria-live="polite">
        <h2 id="total-h">{t("totalHeading")}</h2>
        {result ? (
          <table className="kv">
            <tbody>
              <tr>
                <th scope="row">{t("subtotal")}</th>
                <td className="num">{fmt(result.subtotal)}</td>
              </tr>
              <tr>
                <th scope="row">{t("adjTotal")}</th>
                <td className="num">
                  {result.adjustmentTotal > 0 ? "+" : ""}
                  {fmt(result.adjustmentTotal)}
                </td>
              </tr>
              <tr>
                <th scope="row">{t("total")}</th>
                <td className="num">
                  <strong>{fmt(result.total)}</strong>
                </td>
              </tr>
              <tr>
                <th scope="row">{t("grade")}</th>
                <td>
                  <strong>{GRADE_LABELS[result.grade]}</strong>
                  <span className="muted small">
                    {t("bands", { e: definition.gradeBands.EXCELLENT, g: definition.gradeBands.GOOD, p: definition.gradeBands.PASS })}
                  </span>
                </td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p className="muted">{t("cannotScore")}</p>
        )}
        {incomplete && <p className="alert info small">{t("incomplete")}</p>}
      </section>

      {!locked && (
        <div className="card">
          <FormSummary summary={summary} details={details} />
          {done && (
            <p className="alert ok" role="status">
              {t("saved")}
            </p>
          )}
          <div className="field">
            <label htmlFor="comment">{t("comment")}</label>
            <textarea id="comment" rows={3} aria-invalid={e.comment ? true : undefined} {...register("comment")} />
            {e.comment && (
              <div className="error" role="alert">
                {e.comment.message}
              </div>
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              {t("save")}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
