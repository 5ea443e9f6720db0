"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { acknowledgeChangeAction } from "@/app/(portal)/alliances/[id]/members/actions";

export function AcknowledgeButton({ changeId, label }: { changeId: string; label: string }) {
  const router = useRouter();
  const te = useTranslations("errors");
  const t = useTranslations("membership");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function acknowledge() {
    setBusy(true);
    try {
      const r = await acknowledgeChangeAction({ changeId });
      if (r.ok) router.refresh();
      else setError([te(r.code), ...(r.fieldErrors?._form ?? [])].join(t("colon")));
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="secondary" disabled={busy} aria-label={t("acknowledgeLabel", { name: label })} onClick={() => void acknowledge()}>
        {t("acknowledge")}
      </button>
      {error && (
        <div className="error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}
