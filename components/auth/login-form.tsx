"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ZLoginInput } from "@/lib/validation/user";
import { TextField } from "@/components/ui/text-field";

type TLogin = z.input<typeof ZLoginInput>;
const KNOWN = ["INVALID", "LOCKED", "DISABLED"] as const;

export function LoginForm() {
  const t = useTranslations("login");
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<TLogin>({ resolver: zodResolver(ZLoginInput), defaultValues: { username: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      const code = KNOWN.find((k) => k === res?.error) ?? "UNKNOWN";
      setError(t(`errors.${code}`));
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
      <TextField label={t("username")} autoComplete="username" error={formState.errors.username?.message} {...register("username")} />
      <TextField label={t("password")} type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      <button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
