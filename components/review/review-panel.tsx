"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TTransitionInput } from "@/lib/validation/review";
import { findTransition } from "@/lib/workflow";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { transitionAction } from "@/app/(portal)/alliances/[id]/actions";

type Decision = TTransitionInput["transition"];

const BOX: Record<string, { legend: string; clause: string }> = {
  DIVISION: { legend: "必要性及技术审核意见", clause: "附件1 四" },
  FORM: { legend: "组织形式审核意见", clause: "附件1 五" },
};

/**
 * The decision a reviewer may take now. Buttons come from the workflow table (the same check the
 * server repeats); the page passes only the transitions this user may fire in this state.
 */
export function ReviewPanel({ allianceId, version, transitions }: { allianceId: string; version: number; transitions: Decision[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<Decision | null>(null);
  const { register, handleSubmit, setError, formState, watch } = useRecordForm<TTransitionInput>(
    { allianceId, version },
    { defaultValues: { opinion: "", internal: false, transition: transitions[0] } },
  );
  const { run, summary, details } = useActionForm(setError);
  const stage = transitions[0]?.split("_")[0] ?? "";
  const box = BOX[stage];
  const opinion = watch("opinion") ?? "";
  const submit = (transition: Decision) =>
    handleSubmit(async (v) => {
      setPending(transition);
      const ok = await run(() => transitionAction({ ...v, transition }));
      setPending(null);
      if (ok) router.refresh();
    });
  return (
    <section className="card review-panel no-print" aria-labelledby="review-h" data-testid="review-panel">
      <h2 id="review-h">{box ? `${box.legend}（${box.clause}）` : "备案办理（七（三））"}</h2>
      <form className="stack" noValidate onSubmit={(e) => e.preventDefault()}>
        <FormSummary summary={summary} details={details} />
        {box && (
          <>
            <div className="field">
              <label htmlFor="opinion">审核意见 *</label>
              <textarea
                id="opinion"
                rows={5}
                aria-invalid={formState.errors.opinion ? true : undefined}
                aria-describedby="opinion-hint"
                {...register("opinion")}
              />
              <div className="hint" id="opinion-hint">
                通过、退回或不予通过均须填写审核意见（不少于5个字）；退回和不予通过的意见将告知申报单位。已写 {Array.from(opinion.trim()).length} 字。
              </div>
              {formState.errors.opinion && (
                <div className="error" role="alert">
                  {formState.errors.opinion.message}
                </div>
              )}
            </div>
            <label className="check">
              <input type="checkbox" {...register("internal")} /> 通过意见仅内部可见（不向申报单位显示）
            </label>
          </>
        )}
        {!box && <p className="muted">予以备案后，系统按年度顺序生成备案编号（吉科联备〔年份〕序号号），生成带验证码的备案证明，并在公示页面公示。</p>}
        <div className="actions">
          {transitions.map((name) => (
            <button
              key={name}
              type="button"
              className={name.endsWith("_REJECT") ? "danger" : name.endsWith("_RETURN") ? "secondary" : undefined}
              disabled={pending !== null}
              onClick={() => void submit(name)()}
            >
              {pending === name ? "正在提交…" : findTransition(name)!.label}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}
