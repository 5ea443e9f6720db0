"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ZExitRequestInput, type TExitRequestInput } from "@/lib/validation/membership";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { requestExitAction } from "@/app/(portal)/alliances/[id]/members/actions";

/** 附件2 第十八条: a unit's written request to leave, for the council to approve. Opens in place on its row. */
export function ExitForm({ allianceId, membershipId, name }: { allianceId: string; membershipId: string; name: string }) {
  const router = useRouter();
  const t = useTranslations("membership.exit");
  const [open, setOpen] = useState(false);
  const { register, handleSubmit, setError, formState } = useRecordForm<TExitRequestInput>(
    { allianceId, membershipId },
    { resolver: zodResolver(ZExitRequestInput), defaultValues: { kind: "EXIT", reason: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const id = `exit-${membershipId.slice(0, 8)}`;
  if (!open)
    return (
      <button type="button" className="secondary small" onClick={() => setOpen(true)} aria-label={t("openLabel", { name })}>
        {t("open")}
      </button>
    );
  return (
    <form
      noValidate
      aria-label={t("formLabel", { name })}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => requestExitAction(v))) {
          setOpen(false);
          router.refresh();
        }
      })}
    >
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={id}>{t("reason")}</label>
        <textarea
          id={id}
          rows={2}
          aria-invalid={formState.errors.reason ? true : undefined}
          aria-describedby={formState.errors.reason ? `${id}-error` : undefined}
          {...register("reason")}
        />
        {formState.errors.reason && (
          <div className="error" id={`${id}-error`} role="alert">
            {formState.errors.reason.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
