"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ZMeetingCreateInput, type TMeetingCreateInput } from "@/lib/validation/review";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { createMeetingAction } from "@/app/(portal)/meetings/actions";

interface Candidate {
  id: string;
  name: string;
  industry: string;
  lead: string;
  versionNo: number;
  since: string;
}

export function MeetingForm({ candidates }: { candidates: Candidate[] }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<TMeetingCreateInput>({
    resolver: zodResolver(ZMeetingCreateInput),
    defaultValues: { sessionNo: "", title: "重点产业科技创新联盟备案审议", heldOn: "", allianceIds: candidates.map((c) => c.id) },
  });
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="stack card"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        const id = await run(() => createMeetingAction(v));
        if (id) router.push(`/meetings/${id}`);
      })}
    >
      <FormSummary summary={summary} details={details} />
      <TextField label="会议届次 *" hint="如：2026年第12次" error={e.sessionNo?.message} {...register("sessionNo")} />
      <TextField label="议题 *" error={e.title?.message} {...register("title")} />
      <TextField label="计划会议日期" type="date" hint="可暂不填写；登记审议结论时须填写实际会议日期" error={e.heldOn?.message} {...register("heldOn")} />
      <fieldset className="field">
        <legend>列入议程的申报（处于“待厅务会审议”且未列入其他会议）*</legend>
        {candidates.length === 0 && <p className="muted">当前没有待列入议程的申报</p>}
        {candidates.map((c) => (
          <label key={c.id} className="block">
            <input type="checkbox" value={c.id} {...register("allianceIds")} /> {c.name}　
            <span className="muted small">
              {c.industry} · {c.lead} · 第 {c.versionNo} 版 · {c.since} 起待审议
            </span>
          </label>
        ))}
        {e.allianceIds && (
          <div className="error" role="alert">
            {e.allianceIds.message ?? e.allianceIds.root?.message}
          </div>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting || candidates.length === 0}>
          生成议程
        </button>
      </div>
    </form>
  );
}
