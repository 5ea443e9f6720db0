"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("public.objection");
  if (done)
    return (
      <p className="alert ok" role="status">
        {t("done")}
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
      <h2 id="obj-h">{t("heading", { name: allianceName })}</h2>
      <p className="muted small">{t("hint")}</p>
      <FormSummary summary={summary} details={details} />
      <TextField label={t("name")} autoComplete="name" error={e.name?.message} {...register("name")} />
      <TextField label={t("contact")} error={e.contact?.message} {...register("contact")} />
      <div className="field">
        <label htmlFor="content">{t("content")}</label>
        <textarea id="content" rows={6} aria-invalid={e.content ? true : undefined} {...register("content")} />
        {e.content && (
          <div className="error" role="alert">
            {e.content.message}
          </div>
        )}
      </div>
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t("website")}</label>
        <input id="website" tabIndex={-1} autoComplete="off" {...register("website")} />
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
