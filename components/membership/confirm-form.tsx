"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ZDisputeMemberInput, type TDisputeMemberInput } from "@/lib/validation/membership";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { confirmMemberAction, disputeMemberAction } from "@/app/public/confirm/[token]/actions";

/** 确认无误 or 信息有误 (with a note): either answer uses up the link. */
export function ConfirmForm({ token }: { token: string }) {
  const t = useTranslations("membership.confirmForm");
  const [answered, setAnswered] = useState<"confirmed" | "disputed" | null>(null);
  const [disputing, setDisputing] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<TDisputeMemberInput>({
    resolver: zodResolver(ZDisputeMemberInput),
    defaultValues: { token, note: "" },
  });
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;

  if (answered) {
    return (
      <p className="alert ok" role="status">
        {answered === "confirmed" ? t("confirmedDone") : t("disputedDone")}
      </p>
    );
  }
  return (
    <div className="card stack">
      <FormSummary summary={summary} details={details} />
      <div className="actions">
        <button
          type="button"
          disabled={formState.isSubmitting}
          onClick={() => void run(() => confirmMemberAction({ token })).then((ok) => ok && setAnswered("confirmed"))}
        >
          {t("confirm")}
        </button>
        <button type="button" className="secondary" aria-expanded={disputing} aria-controls="dispute-form" onClick={() => setDisputing(true)}>
          {t("dispute")}
        </button>
      </div>
      {disputing && (
        <form
          id="dispute-form"
          noValidate
          aria-label={t("disputeLabel")}
          onSubmit={handleSubmit(async (v) => {
            if (await run(() => disputeMemberAction(v))) setAnswered("disputed");
          })}
        >
          <div className="field">
            <label htmlFor="dispute-note">{t("note")}</label>
            <textarea
              id="dispute-note"
              rows={3}
              aria-invalid={e.note ? true : undefined}
              aria-describedby={e.note ? "dispute-note-error" : undefined}
              {...register("note")}
            />
            {e.note && (
              <div className="error" id="dispute-note-error" role="alert">
                {e.note.message}
              </div>
            )}
          </div>
          <div className="actions">
            <button type="submit" disabled={formState.isSubmitting}>
              {t("submit")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
