"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("review.notes");
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
        <div key={n.id} className={n.visibleToFiler ? "note" : "note internal"} role="note" aria-label={t("notesOf", { label })}>
          <strong>{t("note")}</strong>
          {t("meta", { author: n.authorName, internal: n.visibleToFiler ? "no" : "yes" })}
          {n.text}
          {commentable && n.mine && (
            <button
              type="button"
              className="link"
              onClick={() => void run(() => removeCommentAction({ commentId: n.id })).then((ok) => ok && router.refresh())}
            >
              {t("withdraw")}
            </button>
          )}
        </div>
      ))}
      {commentable && !open && (
        <button type="button" className="link no-print" aria-label={t("addFor", { label })} onClick={() => setOpen(true)}>
          {t("add")}
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
          <label htmlFor={`note-${safe}`}>{t("noteOn", { label })}</label>
          <textarea id={`note-${safe}`} rows={2} aria-invalid={formState.errors.text ? true : undefined} {...register("text")} />
          {formState.errors.text && (
            <div className="error" role="alert">
              {formState.errors.text.message}
            </div>
          )}
          <label>
            <input type="checkbox" {...register("visibleToFiler")} /> {t("visibleToFiler")}
          </label>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              {t("save")}
            </button>
            <button type="button" className="secondary" onClick={() => setOpen(false)}>
              {t("cancel")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
