"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
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

function ruleText(rule: TRule, unit: string): string {
  if (rule.kind === "manual") return "人工评分（0-100）";
  if (rule.kind === "linear") return `达到 ${rule.target} ${unit} 得满分，不足按比例`;
  return rule.steps.map((s) => `≥${s.min}${unit} 得 ${s.score}`).join("；");
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
      aria-label="评分"
      onSubmit={handleSubmit(async (v) => {
        if (!(await run(() => saveAssessmentAction(v)))) return;
        // The server bumped the report version by one; keep the form usable for another correction.
        setValue("version", v.version + 1);
        router.refresh();
      })}
    >
      <fieldset className="card" disabled={locked}>
        <legend>
          <h2>逐项评分</h2>
        </legend>
        <div className="table-wrap">
          <table>
            <caption className="muted small">各指标按方案计分：原始分 0-100，乘以权重得加权分；人工评分指标请填写 0-100 的分数</caption>
            <thead>
              <tr>
                <th>指标</th>
                <th>计分规则</th>
                <th>填报值</th>
                <th>原始分</th>
                <th>权重</th>
                <th>加权得分</th>
              </tr>
            </thead>
            <tbody>
              {definition.indicators.map((ind, i) => {
                const line = result?.lines[i];
                const err = e.manualScores?.[ind.code]?.message;
                return (
                  <tr key={ind.code}>
                    <th scope="row">{ind.name}</th>
                    <td className="small">{ruleText(ind.rule, ind.unit)}</td>
                    <td className="num">{ind.rule.kind === "manual" ? "—" : `${figures[ind.code] ?? 0} ${ind.unit}`}</td>
                    <td className="num">
                      {ind.rule.kind === "manual" ? (
                        <div className="field" style={{ margin: 0 }}>
                          <label htmlFor={`manual-${ind.code}`} className="small">
                            「{ind.name}」评分
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
          <h2>加减分</h2>
        </legend>
        <p className="muted small">每条加减分须注明所涉指标和理由（至少 5 个字），单条不超过 ±{MAX_ADJUSTMENT} 分；总分限定在 0-100 分。</p>
        {fields.map((f, i) => (
          <div className="two" key={f.id} role="group" aria-label={`第 ${i + 1} 条加减分`}>
            <div className="field">
              <label htmlFor={`adj-${i}-indicator`}>第 {i + 1} 条：所涉指标</label>
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
              label="分值（加分为正，减分为负）"
              type="number"
              step="0.01"
              id={`adj-${i}-delta`}
              error={e.adjustments?.[i]?.delta?.message}
              {...register(`adjustments.${i}.delta`, { valueAsNumber: true })}
            />
            <TextField label="理由" id={`adj-${i}-reason`} error={e.adjustments?.[i]?.reason?.message} {...register(`adjustments.${i}.reason`)} />
            <div className="field">
              <button type="button" className="secondary" onClick={() => remove(i)}>
                删除第 {i + 1} 条
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="secondary" onClick={() => append({ indicator: definition.indicators[0]!.code, delta: 1, reason: "" })}>
          添加加减分
        </button>
      </fieldset>

      <section className="card" aria-labelledby="total-h" aria-live="polite">
        <h2 id="total-h">得分与等次</h2>
        {result ? (
          <table className="kv">
            <tbody>
              <tr>
                <th scope="row">加权小计</th>
                <td className="num">{fmt(result.subtotal)}</td>
              </tr>
              <tr>
                <th scope="row">加减分合计</th>
                <td className="num">
                  {result.adjustmentTotal > 0 ? "+" : ""}
                  {fmt(result.adjustmentTotal)}
                </td>
              </tr>
              <tr>
                <th scope="row">总分</th>
                <td className="num">
                  <strong>{fmt(result.total)}</strong>
                </td>
              </tr>
              <tr>
                <th scope="row">等次</th>
                <td>
                  <strong>{GRADE_LABELS[result.grade]}</strong>
                  <span className="muted small">
                    （优秀 ≥{definition.gradeBands.EXCELLENT}，良好 ≥{definition.gradeBands.GOOD}，合格 ≥{definition.gradeBands.PASS}，其余为不合格）
                  </span>
                </td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p className="muted">无法计算得分，请检查填写内容。</p>
        )}
        {incomplete && <p className="alert info small">尚有未填或不合规的评分、加减分，预览中暂按 0 分或不计；保存时由系统按方案重新计算。</p>}
      </section>

      {!locked && (
        <div className="card">
          <FormSummary summary={summary} details={details} />
          {done && (
            <p className="alert ok" role="status">
              评分已保存。结果发布前仍可修改，发布前联盟看不到评分。
            </p>
          )}
          <div className="field">
            <label htmlFor="comment">考核意见</label>
            <textarea id="comment" rows={3} aria-invalid={e.comment ? true : undefined} {...register("comment")} />
            {e.comment && (
              <div className="error" role="alert">
                {e.comment.message}
              </div>
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              保存评分
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
