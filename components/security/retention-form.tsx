"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { TSecuritySettings } from "@/lib/settings/security-settings";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { updateSecuritySettingsAction } from "@/app/(portal)/security/actions";

export function RetentionForm({ values, min, max }: { values: TSecuritySettings; min: number; max: number }) {
  const t = useTranslations("securitySettings");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<TSecuritySettings>({ defaultValues: values });
  const { run, summary, details, done } = useActionForm(setError);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => updateSecuritySettingsAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          {t("saved")}
        </p>
      )}
      <TextField
        label={t("label")}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        hint={t("hint", { min: String(min), max: String(max) })}
        error={formState.errors.auditRetentionDays?.message}
        {...register("auditRetentionDays")}
      />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
