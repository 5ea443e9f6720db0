"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { WorkflowSettings } from "@/lib/settings/settings";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { updateSettingsAction } from "@/app/(portal)/admin/settings/actions";

interface Field {
  key: keyof WorkflowSettings;
  label: string;
  min: number;
  max: number;
  default: number;
}

export function SettingsForm({ fields, values }: { fields: Field[]; values: WorkflowSettings }) {
  const t = useTranslations("workflowSettings");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<WorkflowSettings>({ defaultValues: values });
  const { run, summary, details, done } = useActionForm(setError);
  return (
    <form
      className="card stack"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => updateSettingsAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          {t("saved")}
        </p>
      )}
      {fields.map((f) => (
        <TextField
          key={f.key}
          label={f.label}
          type="number"
          inputMode="numeric"
          min={f.min}
          max={f.max}
          hint={t("hint", { min: String(f.min), max: String(f.max), default: String(f.default) })}
          error={formState.errors[f.key]?.message}
          {...register(f.key)}
        />
      ))}
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
