"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { ZDissolutionVoteInput, type TDissolutionVoteInput } from "@/lib/validation/operation";
import { dissolutionResult } from "@/lib/rules/operation-rules";
import { recordDissolutionVoteAction } from "@/app/(portal)/alliances/[id]/council/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "./fields";

function liveCheck(councilSize: number, votesFor: number) {
  try {
    return dissolutionResult(councilSize, votesFor);
  } catch {
    return null; // not yet a valid tally (empty, negative, more votes than seats): the field errors say why
  }
}

/** 附件3 第十一条: the council's vote on the secretariat's proposal; the 4/5 check is shown while typing. */
export function DissolutionVoteForm({ allianceId, councilCount }: { allianceId: string; councilCount: number }) {
  const router = useRouter();
  const [recorded, setRecorded] = useState<{ passed: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, control, reset, formState } = useRecordForm<TDissolutionVoteInput>(
    { allianceId },
    { resolver: zodResolver(ZDissolutionVoteInput), defaultValues: { votedOn: "", councilSize: councilCount, votesFor: 0, proposal: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const [councilSize, votesFor] = useWatch({ control, name: ["councilSize", "votesFor"] });
  const check = liveCheck(councilSize, votesFor);
  const e = formState.errors;
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="vote-form-h"
      onSubmit={handleSubmit(async (v) => {
        setRecorded(null);
        const out = await run(() => recordDissolutionVoteAction(v));
        if (out) {
          setRecorded(out);
          reset({ allianceId, votedOn: "", councilSize: councilCount, votesFor: 0, proposal: "" });
          router.refresh();
        }
      })}
    >
      <h3 id="vote-form-h">登记理事会解散表决</h3>
      <p className="muted small">
        联盟因终止、解散或分立、合并等需要撤消的，由秘书处提出，经理事会表决且五分之四以上（含）同意方能通过（附件3
        第十一条）。表决通过后由服务中心确认解散并终止备案。
      </p>
      <FormSummary summary={summary} details={details} />
      {recorded && (
        <p className={recorded.passed ? "alert ok" : "alert warn"} role="status">
          已登记表决结果：{recorded.message}。{recorded.passed ? "已通知服务中心确认。" : "未通过，联盟继续运行。"}
        </p>
      )}
      <div className="two">
        <TextField label="理事会表决日期 *" type="date" error={e.votedOn?.message} {...register("votedOn")} />
        <TextField
          label="理事会人数 *"
          type="text"
          inputMode="numeric"
          hint={`当前在册理事单位 ${councilCount} 家`}
          error={e.councilSize?.message}
          {...register("councilSize", { valueAsNumber: true })}
        />
        <TextField label="同意票数 *" type="text" inputMode="numeric" error={e.votesFor?.message} {...register("votesFor", { valueAsNumber: true })} />
      </div>
      <p className={check ? (check.status === "pass" ? "alert ok" : "alert warn") : "alert info"} role="status" aria-live="polite" data-testid="vote-check">
        {check ? `${check.message}（${check.clause}）` : "请填写理事会人数和同意票数，系统将按“五分之四以上（含）”计算是否通过"}
      </p>
      <TextAreaField label="秘书处提出的解散议案 *" rows={3} hint="写明解散原因及清算安排" error={e.proposal?.message} {...register("proposal")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          登记表决结果
        </button>
      </div>
    </form>
  );
}
