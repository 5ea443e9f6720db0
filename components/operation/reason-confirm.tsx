"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/safe-action";
import { ZReasonOnly, type TReasonOnly } from "@/lib/validation/corrections";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";

/**
 * Taking a record back (a draft scheme, a charter amendment, a project's adoption): a button, then a second step with
 * what will happen, a required reason (checked at the field, in the browser and again on the server) and the confirm.
 */
export function ReasonConfirm<I extends object>({
  action,
  input,
  texts,
  redirectTo,
}: {
  action: (raw: I & { reason: string }) => Promise<ActionResult<unknown>>;
  input: I;
  texts: { button: string; warning: string; confirm: string };
  /** Where to go once done (the record's own page is gone); otherwise the page refreshes. */
  redirectTo?: string;
}) {
  const t = useTranslations("corrections");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { register, handleSubmit, setError, formState, reset } = useForm<TReasonOnly>({ resolver: zodResolver(ZReasonOnly), defaultValues: { reason: "" } });
  const { run, summary, details } = useActionForm(setError);
  if (!open) {
    return (
      <button type="button" className="secondary no-print" onClick={() => setOpen(true)}>
        {texts.button}
      </button>
    );
  }
  return (
    <form
      className="stack no-print"
      noValidate
      aria-label={texts.confirm}
      onSubmit={handleSubmit(async (v) => {
        const done = await run(() => action({ ...input, reason: v.reason }));
        if (done === undefined) return;
        if (redirectTo) router.push(redirectTo);
        else {
          setOpen(false);
          reset();
          router.refresh();
        }
      })}
    >
      <div className="alert warn" role="note">
        {texts.warning}
      </div>
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t("reason")} *</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          aria-invalid={formState.errors.reason ? true : undefined}
          aria-describedby={`${id}-hint`}
          {...register("reason")}
        />
        <div className="hint" id={`${id}-hint`}>
          {t("reasonHint")}
        </div>
        {formState.errors.reason && (
          <div className="error" role="alert">
            {formState.errors.reason.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="danger" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("working") : texts.confirm}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("back")}
        </button>
      </div>
    </form>
  );
}
