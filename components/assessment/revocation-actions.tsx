"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  ZConfirmRevocationInput,
  ZDismissRevocationInput,
  type TConfirmRevocationInput,
  type TDismissRevocationInput,
} from "@/lib/validation/assessment-scoring";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { confirmRevocationAction, dismissRevocationAction } from "@/app/(portal)/assessment/revocations/actions";

interface Props {
  revocationId: string;
  allianceVersion: number;
  allianceName: string;
}

/** Confirm (after a second, explicit step) or dismiss one proposal. */
export function RevocationActions({ revocationId, allianceVersion, allianceName }: Props) {
  const [mode, setMode] = useState<"idle" | "confirm" | "dismiss">("idle");
  if (mode === "idle") {
    return (
      <div className="actions no-print">
        <button type="button" onClick={() => setMode("confirm")}>
          取消备案…
        </button>
        <button type="button" className="secondary" onClick={() => setMode("dismiss")}>
          不予撤销…
        </button>
      </div>
    );
  }
  return mode === "confirm" ? (
    <ConfirmForm revocationId={revocationId} allianceVersion={allianceVersion} allianceName={allianceName} onCancel={() => setMode("idle")} />
  ) : (
    <DismissForm revocationId={revocationId} allianceName={allianceName} onCancel={() => setMode("idle")} />
  );
}

function ConfirmForm({ revocationId, allianceVersion, allianceName, onCancel }: Props & { onCancel: () => void }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TConfirmRevocationInput>(
    { revocationId, allianceVersion },
    { resolver: zodResolver(ZConfirmRevocationInput), defaultValues: { note: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const noteId = `confirm-note-${revocationId.slice(0, 8)}`;
  return (
    <form
      className="stack no-print"
      noValidate
      aria-label={`确认取消备案：${allianceName}`}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => confirmRevocationAction(v))) router.refresh();
      })}
    >
      <div className="alert warn" role="note">
        确认后「{allianceName}」的备案资格即被取消（八（四）），状态变为“已撤销”，公示名单同步显示，牵头单位经办人将收到通知。此操作不可撤回。
      </div>
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={noteId}>说明（可选）</label>
        <textarea id={noteId} rows={2} aria-invalid={formState.errors.note ? true : undefined} {...register("note")} />
        {formState.errors.note && (
          <div className="error" role="alert">
            {formState.errors.note.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="danger" disabled={formState.isSubmitting}>
          确认取消备案
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          返回
        </button>
      </div>
    </form>
  );
}

function DismissForm({ revocationId, allianceName, onCancel }: Omit<Props, "allianceVersion"> & { onCancel: () => void }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TDismissRevocationInput>(
    { revocationId },
    { resolver: zodResolver(ZDismissRevocationInput), defaultValues: { note: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const noteId = `dismiss-note-${revocationId.slice(0, 8)}`;
  return (
    <form
      className="stack no-print"
      noValidate
      aria-label={`不予撤销：${allianceName}`}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => dismissRevocationAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={noteId}>不予撤销的理由 *</label>
        <textarea id={noteId} rows={2} aria-invalid={formState.errors.note ? true : undefined} aria-describedby={`${noteId}-hint`} {...register("note")} />
        <div className="hint" id={`${noteId}-hint`}>
          如申诉成立、考核结果经复核更正等，至少 5 个字；联盟保持已备案状态。
        </div>
        {formState.errors.note && (
          <div className="error" role="alert">
            {formState.errors.note.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          不予撤销
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          返回
        </button>
      </div>
    </form>
  );
}
