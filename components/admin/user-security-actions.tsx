"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ZPasswordResetInput } from "@/lib/validation/user";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { resetPasswordAction, resetTotpAction, unlockUserAction } from "@/app/(portal)/admin/users/actions";

export function UserSecurityActions({ userId, locked, totpEnabled }: { userId: string; locked: boolean; totpEnabled: boolean }) {
  const t = useTranslations("users");
  const te = useTranslations("errors");
  const router = useRouter();
  const [unlockMsg, setUnlockMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useRecordForm<{ id: string; newPassword: string }>(
    { id: userId },
    { resolver: zodResolver(ZPasswordResetInput), defaultValues: { newPassword: "" } },
  );
  const { run, summary, done } = useActionForm(setError);

  return (
    <>
      {locked && (
        <div className="actions" style={{ marginBottom: 16 }}>
          <button
            type="button"
            onClick={async () => {
              const r = await unlockUserAction({ id: userId });
              setUnlockMsg(r.ok ? { ok: true, text: t("unlocked") } : { ok: false, text: te(r.code) });
              if (r.ok) router.refresh();
            }}
          >
            {t("unlock")}
          </button>
        </div>
      )}
      {/* Outside the locked-only block: the refresh after unlocking must not take the confirmation away. */}
      {unlockMsg && (
        <p role={unlockMsg.ok ? "status" : "alert"} className={`alert ${unlockMsg.ok ? "ok" : "error"}`}>
          {unlockMsg.text}
        </p>
      )}
      {totpEnabled && (
        <div className="actions" style={{ marginBottom: 16 }}>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (!window.confirm(t("resetTotpConfirm"))) return;
              const r = await resetTotpAction({ id: userId });
              setUnlockMsg(r.ok ? { ok: true, text: t("resetTotpDone") } : { ok: false, text: te(r.code) });
              if (r.ok) router.refresh();
            }}
          >
            {t("resetTotp")}
          </button>
        </div>
      )}
      <h2>{t("resetHeading")}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={handleSubmit(async (values) => {
          // Cleared only on success: a refused password stays for the user to correct.
          if (await run(() => resetPasswordAction(values))) reset({ id: userId, newPassword: "" });
        })}
      >
        {summary && (
          <div className="alert error" role="alert">
            {summary}
          </div>
        )}
        {done && (
          <div className="alert ok" role="status">
            {t("resetDone")}
          </div>
        )}
        <input type="hidden" {...register("id")} />
        <TextField
          label={t("newPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("initialPasswordHint")}
          error={formState.errors.newPassword?.message}
          {...register("newPassword")}
        />
        <div className="actions">
          <button type="submit" className="danger" disabled={formState.isSubmitting}>
            {t("resetPassword")}
          </button>
        </div>
      </form>
    </>
  );
}
