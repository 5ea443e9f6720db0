"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormSummary } from "@/components/ui/form-summary";
import { submitFilingAction } from "@/app/(portal)/alliances/actions";

export function SubmitFilingButton({ allianceId, version, disabled }: { allianceId: string; version: number; disabled: boolean }) {
  const t = useTranslations("filing");
  const te = useTranslations("errors");
  const router = useRouter();
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ summary: string; details: string[] } | null>(null);
  return (
    <div className="stack">
      <FormSummary summary={error?.summary ?? null} details={error?.details} />
      <div className="actions">
        <button
          type="button"
          disabled={disabled || pending}
          onClick={async () => {
            // A double click submits once: the second click finds the first in flight.
            if (busy.current) return;
            busy.current = true;
            setPending(true);
            const r = await submitFilingAction({ allianceId, version });
            if (r.ok) {
              router.push(`/alliances/${allianceId}?submitted=1`);
              return;
            }
            busy.current = false;
            setPending(false);
            setError({ summary: te(r.code), details: Object.values(r.fieldErrors ?? {}).flat() });
          }}
        >
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </div>
  );
}
