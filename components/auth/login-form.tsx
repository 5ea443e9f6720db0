"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ZLoginInput } from "@/lib/validation/user";
import { TextField } from "@/components/ui/text-field";

type TLogin = z.input<typeof ZLoginInput>;
const KNOWN = ["INVALID", "LOCKED", "DISABLED", "TOTP_REQUIRED", "TOTP_INVALID", "RATE_LIMITED", "DB_UNAVAILABLE"] as const;

export function LoginForm() {
  const t = useTranslations("login");
  const [error, setError] = useState<string | null>(null);
  // The normal second step is a request, not a failure: it is shown as information, not as a red error.
  const [ask, setAsk] = useState<string | null>(null);
  // Shown once the password is accepted for an account with two-factor sign-in; username and password stay filled.
  const [needTotp, setNeedTotp] = useState(false);
  const [totpAsked, setTotpAsked] = useState(0);
  const { register, handleSubmit, formState, resetField, setFocus } = useForm<TLogin>({
    resolver: zodResolver(ZLoginInput),
    defaultValues: { username: "", password: "", totp: "" },
  });

  // After each request for a code, the cursor goes to the code field (it is cleared after a wrong one).
  useEffect(() => {
    if (totpAsked > 0) setFocus("totp");
  }, [totpAsked, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setAsk(null);
    const res = await signIn("credentials", { ...values, totp: needTotp ? (values.totp ?? "").trim() : "", redirect: false });
    if (!res || res.error) {
      const code = KNOWN.find((k) => k === res?.error) ?? "UNKNOWN";
      if (code === "TOTP_REQUIRED" || code === "TOTP_INVALID") {
        setNeedTotp(true);
        resetField("totp");
        setTotpAsked((n) => n + 1);
      }
      if (code === "TOTP_REQUIRED") setAsk(t(`errors.${code}`));
      else setError(t(`errors.${code}`));
      return;
    }
    // A full load, so every server component reads the new session.
    window.location.assign("/");
  });

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {ask && (
        <div className="alert info" role="status" data-testid="totp-request">
          {ask}
        </div>
      )}
      <TextField label={t("username")} autoComplete="username" error={formState.errors.username?.message} {...register("username")} />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      {needTotp && <TextField label={t("totp")} inputMode="numeric" autoComplete="one-time-code" maxLength={6} hint={t("totpHint")} {...register("totp")} />}
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
