"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ZIntentDecisionInput, type TIntentDecisionInput } from "@/lib/validation/calls";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { decideIntentAction } from "@/app/(portal)/calls/actions";

export function IntentDecisionForm({ intentId, version }: { intentId: string; version: number }) {
  const t = useTranslations("calls");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TIntentDecisionInput>(
    { intentId, version },
    { resolver: zodResolver(ZIntentDecisionInput), defaultValues: { decision: "QUALIFIED", reason: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => decideIntentAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      <fieldset className="field">
        <legend>{t("decision")}</legend>
        <label>
          <input type="radio" value="QUALIFIED" {...register("decision")} /> {t("qualify")}
        </label>{" "}
        <label>
          <input type="radio" value="DECLINED" {...register("decision")} /> {t("decline")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`reason-${intentId}`}>{t("reason")}</label>
        <textarea id={`reason-${intentId}`} rows={2} aria-invalid={e.reason ? true : undefined} {...register("reason")} />
        {e.reason && (
          <div className="error" role="alert">
            {e.reason.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("decide")}
        </button>
      </div>
    </form>
  );
}
