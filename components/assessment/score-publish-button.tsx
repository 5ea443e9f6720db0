"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { TPublishResultsInput } from "@/lib/validation/assessment-scoring";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { publishResultsAction } from "@/app/(portal)/assessment/reports/actions";

/** Publishes a year's results after a confirmation that spells out what publishing does (八（四）). */
export function ScorePublishButton({
  schemeId,
  version,
  year,
  unscored,
  missing,
}: {
  schemeId: string;
  version: number;
  year: number;
  unscored: number;
  missing: number | null;
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { handleSubmit, setError, formState } = useForm<TPublishResultsInput>({ defaultValues: { schemeId, version } });
  const { run, summary, details, done } = useActionForm(setError);
  if (done)
    return (
      <p className="alert ok" role="status">
        {year}年度考核结果已发布。
      </p>
    );
  return (
    <form
      className="card no-print"
      noValidate
      aria-label={`发布${year}年度考核结果`}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => publishResultsAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      {!asking ? (
        <div className="actions">
          <button type="button" onClick={() => setAsking(true)}>
            发布考核结果
          </button>
          {unscored > 0 && <span className="muted small">尚有 {unscored} 份已提交的报告未评分，须全部评分后才能发布。</span>}
        </div>
      ) : (
        <>
          <div className="alert warn" role="note">
            <strong>发布{year}年度考核结果前请确认：</strong>
            <ul>
              <li>发布后各联盟牵头单位经办人可看到本联盟的得分和等次，并收到通知；评分不能再修改，本年度方案关闭。</li>
              <li>
                本年度结束前已备案、未按期提交年度报告的联盟{missing === null ? "" : `（目前 ${missing} 家）`}，一律记为“不合格”（0
                分，注明“未按期提交年度报告”）。
              </li>
              <li>连续两年考核结果不达标（不合格）的联盟，系统自动提出取消备案建议，由服务中心确认后取消备案资格（八（四））。</li>
            </ul>
          </div>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              确认发布
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)}>
              返回
            </button>
          </div>
        </>
      )}
    </form>
  );
}
