"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ZHandleObjectionInput, type THandleObjectionInput } from "@/lib/validation/review";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { handleObjectionAction } from "@/app/(portal)/objections/actions";

export function HandleObjectionForm({ objectionId }: { objectionId: string }) {
  const router = useRouter();
  const t = useTranslations("public.objection");
  const { register, handleSubmit, setError, formState } = useRecordForm<THandleObjectionInput>(
    { objectionId },
    { resolver: zodResolver(ZHandleObjectionInput), defaultValues: { note: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const id = `handle-${objectionId.slice(0, 8)}`;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => handleObjectionAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor={id}>{t("handleNote")}</label>
        <textarea id={id} rows={3} aria-invalid={formState.errors.note ? true : undefined} {...register("note")} />
        {formState.errors.note && (
          <div className="error" role="alert">
            {formState.errors.note.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("handleSubmit")}
        </button>
      </div>
    </form>
  );
}
