"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("revocationActions");
  if (mode === "idle") {
    return (
      <div className="actions no-print">
        <button type="button" onClick={() => setMode("confirm")}>
          {t("revoke")}
        </button>
        <button type="button" className="secondary" onClick={() => setMode("dismiss")}>
          {t("dismiss")}
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
  const t = useTranslations("revocationActions");
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
      aria-label={t("confirmLabel", { name: allianceName })}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => confirmRevocationAction(v))) router.refresh();
      })}
    >
      <div className="alert warn" role="note">
        {t("confirmWarn", { name: allianceName })}
      </div>
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={noteId}>{t("noteOptional")}</label>
        <textarea id={noteId} rows={2} aria-invalid={formState.errors.note ? true : undefined} {...register("note")} />
        {formState.errors.note && (
          <div className="error" role="alert">
            {formState.errors.note.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="danger" disabled={formState.isSubmitting}>
          {t("confirm")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("back")}
        </button>
      </div>
    </form>
  );
}

function DismissForm({ revocationId, allianceName, onCancel }: Omit<Props, "allianceVersion"> & { onCancel: () => void }) {
  const router = useRouter();
  const t = useTranslations("revocationActions");
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
      aria-label={t("dismissLabel", { name: allianceName })}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => dismissRevocationAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={noteId}>{t("dismissReason")}</label>
        <textarea id={noteId} rows={2} aria-invalid={formState.errors.note ? true : undefined} aria-describedby={`${noteId}-hint`} {...register("note")} />
        <div className="hint" id={`${noteId}-hint`}>
          {t("dismissHint")}
        </div>
        {formState.errors.note && (
          <div className="error" role="alert">
            {formState.errors.note.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("dismissSubmit")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("back")}
        </button>
      </div>
    </form>
  );
}
