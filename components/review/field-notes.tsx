"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TFieldCommentInput } from "@/lib/validation/review";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { addCommentAction, removeCommentAction } from "@/app/(portal)/alliances/[id]/actions";

export interface NoteItem {
  id: string;
  text: string;
  authorName: string;
  visibleToFiler: boolean;
  mine: boolean;
  versionNo: number;
}

/** Reviewers' comments on one field or member row, shown where the field is; reviewers may add one. */
export function FieldNotes({
  allianceId,
  path,
  label,
  notes,
  commentable,
}: {
  allianceId: string;
  path: string;
  label: string;
  notes: NoteItem[];
  commentable: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, setError, formState, reset } = useRecordForm<TFieldCommentInput>(
    { allianceId, fieldPath: path },
    { defaultValues: { text: "", visibleToFiler: true } },
  );
  const { run, summary, details } = useActionForm(setError);
  const safe = path.replace(/[^A-Za-z0-9_-]/g, "_");
  if (notes.length === 0 && !commentable) return null;
  return (
    <div className="field-notes" data-testid={`notes-${path}`}>
      {notes.map((n) => (
        <div key={n.id} className={n.visibleToFiler ? "note" : "note internal"} role="note" aria-label={`${label}的审核批注`}>
          <strong>审核批注</strong>（{n.authorName}
          {n.visibleToFiler ? "" : "，仅审核人员可见"}）：{n.text}
          {commentable && n.mine && (
            <button
              type="button"
              className="link"
              onClick={() => void run(() => removeCommentAction({ commentId: n.id })).then((ok) => ok && router.refresh())}
            >
              撤回
            </button>
          )}
        </div>
      ))}
      {commentable && !open && (
        <button type="button" className="link no-print" aria-label={`为“${label}”添加批注`} onClick={() => setOpen(true)}>
          ＋批注
        </button>
      )}
      {commentable && open && (
        <form
          className="note-form no-print"
          noValidate
          onSubmit={handleSubmit(async (v) => {
            if (await run(() => addCommentAction(v))) {
              reset({ allianceId, fieldPath: path, text: "", visibleToFiler: true });
              setOpen(false);
              router.refresh();
            }
          })}
        >
          <FormSummary summary={summary} details={details} />
          <label htmlFor={`note-${safe}`}>对“{label}”的批注</label>
          <textarea id={`note-${safe}`} rows={2} aria-invalid={formState.errors.text ? true : undefined} {...register("text")} />
          {formState.errors.text && (
            <div className="error" role="alert">
              {formState.errors.text.message}
            </div>
          )}
          <label>
            <input type="checkbox" {...register("visibleToFiler")} /> 申报单位可见（退回时显示在该字段旁）
          </label>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              保存批注
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              取消
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
