"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { ZObjectionInput, type TObjectionInput } from "@/lib/validation/review";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { objectionAction } from "@/app/public/actions";

export function ObjectionForm({ filingId, allianceName }: { filingId: string; allianceName: string }) {
  const { register, handleSubmit, setError, formState } = useRecordForm<TObjectionInput>(
    { filingId },
    { resolver: zodResolver(ZObjectionInput), defaultValues: { name: "", contact: "", content: "", website: "" } },
  );
  const { run, summary, details, done } = useActionForm(setError);
  const e = formState.errors;
  if (done)
    return (
      <p className="alert ok" role="status">
        异议已提交。省科技创新研究院将核实处理，必要时通过您留下的联系方式与您联系。
      </p>
    );
  return (
    <form
      className="card stack"
      noValidate
      aria-labelledby="obj-h"
      onSubmit={handleSubmit(async (v) => {
        await run(() => objectionAction(v));
      })}
    >
      <h2 id="obj-h">对“{allianceName}”提出异议</h2>
      <p className="muted small">请实名提交，写明事实和理由；您的姓名和联系方式仅供核实使用，不会公开。</p>
      <FormSummary summary={summary} details={details} />
      <TextField label="姓名或单位 *" autoComplete="name" error={e.name?.message} {...register("name")} />
      <TextField label="联系电话或电子邮箱 *" error={e.contact?.message} {...register("contact")} />
      <div className="field">
        <label htmlFor="content">异议内容 *</label>
        <textarea id="content" rows={6} aria-invalid={e.content ? true : undefined} {...register("content")} />
        {e.content && (
          <div className="error" role="alert">
            {e.content.message}
          </div>
        )}
      </div>
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">网站</label>
        <input id="website" tabIndex={-1} autoComplete="off" {...register("website")} />
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          提交异议
        </button>
      </div>
    </form>
  );
}
