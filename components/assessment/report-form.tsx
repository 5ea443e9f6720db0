"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { errorCodeOf } from "@/lib/errors/app-error";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { NARRATIVE_MAX, PLAN_MAX, ZReportFields, type TReportFields } from "@/lib/validation/assessment";
import { useAutosave } from "@/components/filing/use-autosave";
import { FormSummary } from "@/components/ui/form-summary";
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
      for (const [k, msgs] of Object.entries(r.fieldErrors ?? {})) if (k !== "_form") setError(k as never, { type: "server", message: msgs.join("；") });
      return { ok: false as const, code: r.code };
    },
    [reportId, setError],
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
      const details: string[] = [];
      for (const [k, msgs] of Object.entries(r.fieldErrors ?? {})) {
        if (k === "_form") details.push(...msgs);
        else setError(k as never, { type: "server", message: msgs.join("；") });
      }
      setSubmitError({ summary: tErr(r.code), details });
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
          本机保存有 {new Date(backup.at).toLocaleString("zh-CN")} 未同步的内容。
          <button
            type="button"
            onClick={() => {
              reset(backup.values, { keepDefaultValues: true });
              setBackup(null);
            }}
          >
            恢复
          </button>{" "}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              window.localStorage.removeItem(backupKey);
              setBackup(null);
            }}
          >
            放弃
          </button>
        </div>
      )}
      {s.kind === "conflict" && (
        <div className="alert error" role="alert">
          年度报告已在其他窗口或由他人保存，自动保存已暂停。您输入的内容已保存在本机，刷新页面后可选择恢复。
          <button type="button" onClick={() => window.location.reload()}>
            刷新页面
          </button>
        </div>
      )}
      {submitError && <FormSummary summary={submitError.summary} details={submitError.details} />}
      <div className="savebar no-print" aria-live="polite" data-testid="save-status">
        {s.kind === "saving"
          ? "正在保存…"
          : s.kind === "saved"
            ? `已自动保存（${s.at.toLocaleTimeString("zh-CN")}）`
            : s.kind === "error"
              ? `自动保存失败：${tErr(errorCodeOf(s.code))}`
              : autosave.dirty
                ? "有未保存的修改"
                : ""}
        <button type="submit" className="secondary" disabled={s.kind === "saving"}>
          保存草稿
        </button>
      </div>

      <section className="card" aria-labelledby="fig-h">
        <h2 id="fig-h">考核指标数据</h2>
        <p className="muted small">请如实填写本年度数据，并在下方上传佐证材料。人工评分指标由服务中心评定，无需填写。</p>
        <div className="two">
          {fields.map((f) => {
            const id = `fig-${f.code}`;
            const err = figureError(f.code);
            const hintId = `${id}-hint`;
            return (
              <div className="field" key={f.code}>
                <label htmlFor={id}>
                  {f.name}（{f.unit}）*
                </label>
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
        <h2 id="text-h">年度工作总结与下一年度计划</h2>
        <div className="field">
          <label htmlFor="narrative">年度工作总结 *</label>
          <textarea id="narrative" rows={10} aria-invalid={e.narrative ? true : undefined} aria-describedby="narrative-count" {...register("narrative")} />
          <div className="hint" id="narrative-count">
            {chars(values.narrative)} / {NARRATIVE_MAX} 字
          </div>
          {e.narrative && (
            <div className="error" role="alert">
              {e.narrative.message}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor="nextYearPlan">下一年度工作计划 *</label>
          <textarea id="nextYearPlan" rows={6} aria-invalid={e.nextYearPlan ? true : undefined} aria-describedby="plan-count" {...register("nextYearPlan")} />
          <div className="hint" id="plan-count">
            {chars(values.nextYearPlan)} / {PLAN_MAX} 字
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
          提交年度报告
        </button>
        <span className="muted small">提交截止日期：{dueDay}（当日 24 时前）。提交后不能修改。</span>
      </div>
    </form>
  );
}
