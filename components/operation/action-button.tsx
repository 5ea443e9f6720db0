"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";

/** One-click row action (remove, mark adopted, confirm): asks first, then shows the refusal next to the button. */
export function ActionButton<I>({
  action,
  input,
  label,
  confirm,
  secondary = true,
}: {
  action: (raw: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  confirm?: string;
  secondary?: boolean;
}) {
  const router = useRouter();
  const te = useTranslations("errors");
  const t = useTranslations("operation");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setError(null);
    const result = await action(input).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      router.refresh();
      return;
    }
    const reasons = result ? Object.values(result.fieldErrors ?? {}).flat() : [];
    setError(reasons.length > 0 ? reasons.join(t("errorSeparator")) : te(result?.code ?? "INTERNAL"));
  }
  return (
    <span>
      <button type="button" className={secondary ? "button secondary" : "button"} disabled={busy} onClick={() => void run()}>
        {label}
      </button>
      {error && (
        <span className="error-text small" role="alert">
          　{error}
        </span>
      )}
    </span>
  );
}
