"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ZDecideChangeInput, chinaTodayIso, type TDecideChangeInput } from "@/lib/validation/membership";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { decideChangeAction } from "@/app/(portal)/alliances/[id]/members/actions";

/** The filer records the council's decision on a change (附件2 第十七条（三）、第十八条). */
export function DecideForm({ changeId, version, label }: { changeId: string; version: number; label: string }) {
  const router = useRouter();
  const t = useTranslations("membership.decide");
  const { register, handleSubmit, setError, setValue, formState } = useRecordForm<TDecideChangeInput>(
    { changeId, version },
    { resolver: zodResolver(ZDecideChangeInput), defaultValues: { approved: true, councilApprovedOn: "", councilResolution: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  const safe = changeId.slice(0, 8);
  const submit = (approved: boolean) => {
    setValue("approved", approved);
    return handleSubmit(async (v) => {
      if (await run(() => decideChangeAction(v))) router.refresh();
    })();
  };
  return (
    <form
      noValidate
      aria-label={t("formLabel", { name: label })}
      data-testid={`decide-${safe}`}
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit(true);
      }}
    >
      <FormSummary summary={summary} details={details} />
      <TextField
        label={t("date")}
        type="date"
        id={`on-${safe}`}
        max={chinaTodayIso()}
        error={e.councilApprovedOn?.message}
        {...register("councilApprovedOn")}
      />
      <TextField
        label={t("resolution")}
        id={`res-${safe}`}
        placeholder={t("resolutionPlaceholder")}
        error={e.councilResolution?.message}
        {...register("councilResolution")}
      />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("approve")}
        </button>
        <button type="button" className="secondary" disabled={formState.isSubmitting} onClick={() => void submit(false)}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}
