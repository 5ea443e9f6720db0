"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { refileAction } from "@/app/(portal)/alliances/[id]/refile-actions";

/** Starts the new cycle and opens its editor; the server copies the record and says why it refuses. */
export function RefileButton({ allianceId }: { allianceId: string }) {
  const t = useTranslations("refile");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="actions">
      <button
        type="button"
        disabled={busy}
        data-testid="refile"
        onClick={() => {
          setBusy(true);
          setError(null);
          void refileAction({ allianceId }).then(
            (r) => {
              if (r.ok) router.push(`/alliances/${r.data.id}/edit`);
              else {
                setError(r.fieldErrors?._form?.join(t("messageSeparator")) ?? tErr(r.code));
                setBusy(false);
              }
            },
            () => {
              setError(tErr("INTERNAL"));
              setBusy(false);
            },
          );
        }}
      >
        {busy ? t("working") : t("start")}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
