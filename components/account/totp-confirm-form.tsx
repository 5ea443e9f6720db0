"use client";

import { useForm } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { confirmTotpAction } from "@/app/(portal)/account/two-factor/actions";

export function TotpConfirmForm() {
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
        label="动态口令"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        hint="6 位数字，每 30 秒更新"
        error={formState.errors.code?.message}
        {...register("code", { required: "请输入 6 位数字的动态口令。", pattern: { value: /^\s*\d{6}\s*$/, message: "请输入 6 位数字的动态口令。" } })}
      />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "正在验证…" : "验证并启用"}
        </button>
      </div>
    </form>
  );
}
