"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ZCharterApproval, type TCharterApproval } from "@/lib/validation/operation";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "./fields";

type Reply = { ok: true; data: { versionNo: number; fileName: string } } | { ok: false; code: string; fieldErrors?: Record<string, string[]> };

/** 附件2 第十九条: the amended charter takes effect once the members' assembly approves it; both are recorded. */
export function CharterAmendForm({ allianceId }: { allianceId: string }) {
  const router = useRouter();
  const te = useTranslations("errors");
  const t = useTranslations("operation");
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ text: string; details: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<TCharterApproval>({
    resolver: zodResolver(ZCharterApproval),
    defaultValues: { approvedOn: "", approvedBy: "", note: "" },
  });
  const e = formState.errors;

  async function submit(v: TCharterApproval) {
    setSummary(null);
    setDone(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError(t("charterForm.chooseFile"));
      return;
    }
    setFileError(null);
    const body = new FormData();
    body.set("file", file);
    body.set("approvedOn", v.approvedOn);
    body.set("approvedBy", v.approvedBy);
    body.set("note", v.note ?? "");
    const res = await fetch(`/api/alliances/${allianceId}/charter`, { method: "POST", body }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as Reply | null;
    if (json?.ok) {
      setDone(t("charterForm.uploaded", { versionNo: json.data.versionNo, fileName: json.data.fileName }));
      reset();
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
      return;
    }
    const formLevel: string[] = [];
    for (const [field, messages] of Object.entries(json?.fieldErrors ?? {})) {
      if (field === "file") setFileError(messages.join(t("errorSeparator")));
      else if (field === "approvedOn" || field === "approvedBy" || field === "note")
        setError(field, { type: "server", message: messages.join(t("errorSeparator")) });
      else formLevel.push(...messages);
    }
    setSummary({ text: te((json?.code ?? "INTERNAL") as "INTERNAL"), details: formLevel });
  }

  return (
    <form className="card" noValidate aria-labelledby="charter-form-h" onSubmit={handleSubmit(submit)}>
      <h3 id="charter-form-h">{t("charterForm.heading")}</h3>
      <p className="muted small">{t("charterForm.intro")}</p>
      <FormSummary summary={summary?.text ?? null} details={summary?.details} />
      {done && (
        <p className="alert ok" role="status">
          {done}
        </p>
      )}
      <div className="field">
        <label htmlFor="charter-file">{t("charterForm.file")}</label>
        <input
          ref={fileRef}
          id="charter-file"
          type="file"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "charter-file-error" : undefined}
        />
        {fileError && (
          <div className="error" id="charter-file-error" role="alert">
            {fileError}
          </div>
        )}
      </div>
      <div className="two">
        <TextField label={t("charterForm.approvedOn")} type="date" error={e.approvedOn?.message} {...register("approvedOn")} />
        <TextField
          label={t("charterForm.approvedBy")}
          placeholder={t("charterForm.approvedByExample")}
          error={e.approvedBy?.message}
          {...register("approvedBy")}
        />
      </div>
      <TextAreaField label={t("charterForm.note")} rows={2} hint={t("charterForm.noteExample")} error={e.note?.message} {...register("note")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("charterForm.uploading") : t("charterForm.submit")}
        </button>
      </div>
    </form>
  );
}
