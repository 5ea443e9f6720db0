"use client";

import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { confirmTotpAction } from "@/app/(portal)/account/two-factor/actions";

export function TotpConfirmForm() {
  const t = useTranslations("twoFactor");
  const { register, handleSubmit, setError, formState } = useForm<{ code: string }>({ defaultValues: { code: "" } });
  const { run, summary } = useActionForm(setError);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        // A full load: the layout and menus are read again now that the account is complete.
        if (await run(() => confirmTotpAction(values))) window.location.assign("/");
      })}
    >
      {summary && (
        <div className="alert error" role="alert">
          {summary}
        </div>
      )}
      <TextField
        label={t("codeLabel")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        hint={t("codeHint")}
        error={formState.errors.code?.message}
        {...register("code", { required: t("codeRequired"), pattern: { value: /^\s*\d{6}\s*$/, message: t("codeRequired") } })}
      />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("verifying") : t("verify")}
        </button>
      </div>
    </form>
  );
}
