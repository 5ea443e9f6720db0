"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ZSchemeDueInput, type TSchemeDueInput } from "@/lib/validation/assessment";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { extendSchemeDueAction, publishSchemeAction } from "@/app/(portal)/assessment/actions";

/** DRAFT → PUBLISHED, after an explicit confirmation: from then the definition cannot change. */
export function SchemePublish({ id, version, year, dueDay }: { id: string; version: number; year: number; dueDay: string }) {
  const router = useRouter();
  const t = useTranslations("schemePublish");
  const [confirming, setConfirming] = useState(false);
  const form = useForm<{ id: string }>();
  const { run, summary, details } = useActionForm(form.setError);
  const publish = async () => {
    const notified = await run(() => publishSchemeAction({ id, version }));
    if (notified !== undefined) router.refresh();
  };
  return (
    <section className="card" aria-labelledby="publish-h">
      <h2 id="publish-h">{t("heading")}</h2>
      <FormSummary summary={summary} details={details} />
      <p>{t.rich("intro", { due: dueDay, year: String(year), b: (chunks) => <strong>{chunks}</strong> })}</p>
      {!confirming && (
        <div className="actions">
          <button type="button" onClick={() => setConfirming(true)}>
            {t("publish")}
          </button>
        </div>
      )}
      {confirming && (
        <div className="alert warn" role="alert">
          {t("confirmQ", { year: String(year) })}
          <div className="actions">
            <button type="button" onClick={() => void publish()} disabled={form.formState.isSubmitting}>
              {t("confirm")}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t("cancel")}
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
  const t = useTranslations("schemePublish");
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
      <h2 id="due-h">{t("dueHeading")}</h2>
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          {t("dueDone")}
        </p>
      )}
      <TextField label={t("newDue")} type="date" hint={t("dueHint", { due: dueDay })} error={formState.errors.reportDue?.message} {...register("reportDue")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("extend")}
        </button>
      </div>
    </form>
  );
}
