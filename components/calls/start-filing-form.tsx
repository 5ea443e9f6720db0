"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { startFilingAction } from "@/app/(portal)/calls/actions";

// Both names used in practice are accepted: 产业科技创新联盟 and 产业科技创新联合体.
export function StartFilingForm({ intentId }: { intentId: string }) {
  const t = useTranslations("calls");
  const te = useTranslations("errors");
  const router = useRouter();
  const [kind, setKind] = useState<"ALLIANCE" | "CONSORTIUM">("ALLIANCE");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="stack"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const r = await startFilingAction({ intentId, kind });
        setBusy(false);
        if (r.ok) router.push(`/alliances/${r.data.id}/edit`);
        else setError(te(r.code));
      }}
    >
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <fieldset className="field">
        <legend>{t("kind")}</legend>
        <label>
          <input type="radio" name="kind" checked={kind === "ALLIANCE"} onChange={() => setKind("ALLIANCE")} /> {t("kindAlliance")}
        </label>{" "}
        <label>
          <input type="radio" name="kind" checked={kind === "CONSORTIUM"} onChange={() => setKind("CONSORTIUM")} /> {t("kindConsortium")}
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t("startFiling")}
        </button>
      </div>
    </form>
  );
}
