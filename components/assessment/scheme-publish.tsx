"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ZSchemeDueInput, type TSchemeDueInput } from "@/lib/validation/assessment";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { extendSchemeDueAction, publishSchemeAction } from "@/app/(portal)/assessment/actions";

/** DRAFT → PUBLISHED, after an explicit confirmation: from then the definition cannot change. */
export function SchemePublish({ id, version, year, dueDay }: { id: string; version: number; year: number; dueDay: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const form = useForm<{ id: string }>();
  const { run, summary, details } = useActionForm(form.setError);
  const publish = async () => {
    const notified = await run(() => publishSchemeAction({ id, version }));
    if (notified !== undefined) router.refresh();
  };
  return (
    <section className="card" aria-labelledby="publish-h">
      <h2 id="publish-h">发布方案</h2>
      <FormSummary summary={summary} details={details} />
      <p>
        发布后，所有已备案联盟的牵头单位经办人将收到通知，并于 {dueDay} 前提交 {year} 年度报告。<strong>发布后指标、权重和等级分数线不能再修改</strong>
        ，只能延长提交截止日期。
      </p>
      {!confirming && (
        <div className="actions">
          <button type="button" onClick={() => setConfirming(true)}>
            发布方案…
          </button>
        </div>
      )}
      {confirming && (
        <div className="alert warn" role="alert">
          确认发布 {year} 年度考核方案？
          <div className="actions">
            <button type="button" onClick={() => void publish()} disabled={form.formState.isSubmitting}>
              确认发布
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              取消
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** The one change allowed after publishing: a later report due date. */
export function SchemeDueForm({ id, version, dueDay }: { id: string; version: number; dueDay: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TSchemeDueInput>(
    { id, version },
    { resolver: zodResolver(ZSchemeDueInput), defaultValues: { reportDue: dueDay } },
  );
  const { run, summary, details, done } = useActionForm(setError);
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="due-h"
      onSubmit={handleSubmit(async (v) => {
        if ((await run(() => extendSchemeDueAction({ ...v, id, version }))) !== undefined) router.refresh();
      })}
    >
      <h2 id="due-h">延长报告提交截止日期</h2>
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          截止日期已延长，尚未提交报告的联盟已收到通知
        </p>
      )}
      <TextField
        label="新的截止日期 *"
        type="date"
        hint={`当前截止日期：${dueDay}；只能延后`}
        error={formState.errors.reportDue?.message}
        {...register("reportDue")}
      />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          延长截止日期
        </button>
      </div>
    </form>
  );
}
