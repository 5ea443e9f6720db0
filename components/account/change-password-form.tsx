"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signOutTo } from "@/components/auth/sign-out";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ZChangeOwnPasswordInput } from "@/lib/validation/user";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { changeOwnPasswordAction } from "@/app/(portal)/account/password/actions";

type Values = { current: string; next: string; confirm: string };

export function ChangePasswordForm() {
  const t = useTranslations("password");
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(ZChangeOwnPasswordInput),
    defaultValues: { current: "", next: "", confirm: "" },
  });
  const { run, summary } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="stack"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        // The change ends every session of this account, this one included: sign in again.
        if (await run(() => changeOwnPasswordAction(values))) await signOutTo("/login?reason=password");
      })}
    >
      {summary && (
        <div className="alert error" role="alert">
          {summary}
        </div>
      )}
      <TextField label={t("current")} type="password" autoComplete="current-password" error={e.current?.message} {...register("current")} />
      <TextField label={t("next")} type="password" autoComplete="new-password" hint={t("rules")} error={e.next?.message} {...register("next")} />
      <TextField label={t("confirm")} type="password" autoComplete="new-password" error={e.confirm?.message} {...register("confirm")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
