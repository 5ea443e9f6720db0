"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { LEAD_CONDITIONS, ZIntentSubmitInput, type TIntentSubmitInput } from "@/lib/validation/calls";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { submitIntentAction } from "@/app/(portal)/calls/actions";

export function IntentForm({ callId }: { callId: string }) {
  const t = useTranslations("calls");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TIntentSubmitInput>(
    { callId },
    { resolver: zodResolver(ZIntentSubmitInput), defaultValues: { evidence: { legalEntity: "", influence: "", rnd: "", cooperation: "", management: "" } } },
  );
  const { run, summary, details, done } = useActionForm(setError);
  const errs = formState.errors.evidence;
  return (
    <form
      className="stack"
      style={{ maxWidth: 820 }}
      noValidate
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => submitIntentAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      {done && (
        <div className="alert ok" role="status">
          {t("submitted")}
        </div>
      )}
      {LEAD_CONDITIONS.map((c) => {
        const err = errs?.[c.key]?.message;
        return (
          <div className="field" key={c.key}>
            <label htmlFor={`ev-${c.key}`}>
              {c.clause} {c.title}
            </label>
            <textarea
              id={`ev-${c.key}`}
              rows={3}
              aria-invalid={err ? true : undefined}
              aria-describedby={`ev-${c.key}-hint`}
              {...register(`evidence.${c.key}`)}
            />
            <div className="hint" id={`ev-${c.key}-hint`}>
              {c.hint}
            </div>
            {err && (
              <div className="error" role="alert">
                {err}
              </div>
            )}
          </div>
        );
      })}
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submitIntent")}
        </button>
      </div>
    </form>
  );
}
