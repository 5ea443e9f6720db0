"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { sendReportRemindersAction } from "@/app/(portal)/assessment/actions";
import { sendTermReminderAction } from "@/app/(portal)/alliances/[id]/council/actions";

/** A reminder the service center sends when it chooses: a button, a confirm step, then what was sent (or why not). */
function RemindNow({ ns, warning, send }: { ns: "remindReports" | "remindTerm"; warning: string; send: () => Promise<string | undefined> }) {
  const t = useTranslations(`corrections.${ns}`);
  const back = useTranslations("corrections");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const go = async () => {
    setBusy(true);
    setOutcome(null);
    const text = await send();
    setBusy(false);
    setConfirming(false);
    if (text) setOutcome(text);
  };
  return (
    <div className="stack no-print">
      {!confirming && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {t("button")}
          </button>
        </div>
      )}
      {confirming && (
        <div className="alert warn" role="alert">
          {warning}
          <div className="actions">
            <button type="button" onClick={() => void go()} disabled={busy}>
              {busy ? back("working") : t("confirm")}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {back("back")}
            </button>
          </div>
        </div>
      )}
      {outcome && (
        <p className="alert info" role="status">
          {outcome}
        </p>
      )}
    </div>
  );
}

/** 八（四）: remind now every alliance that still owes the year's report. */
export function ReportRemindersNow({ schemeId, year }: { schemeId: string; year: number }) {
  const t = useTranslations("corrections.remindReports");
  const form = useForm();
  const { run, summary, details } = useActionForm(form.setError);
  return (
    <>
      <FormSummary summary={summary} details={details} />
      <RemindNow
        ns="remindReports"
        warning={t("warning", { year })}
        send={async () => {
          const r = await run(() => sendReportRemindersAction({ schemeId }));
          if (!r) return undefined;
          if (r.owing === 0) return t("none");
          return [r.reminded > 0 ? t("sent", { reminded: r.reminded }) : "", r.alreadyToday > 0 ? t("already", { already: r.alreadyToday }) : ""].join("");
        }}
      />
    </>
  );
}

/** 附件2 第十三条（二）: remind the lead enterprise now that its council term is ending. */
export function TermReminderNow({ allianceId }: { allianceId: string }) {
  const t = useTranslations("corrections.remindTerm");
  const form = useForm();
  const { run, summary, details } = useActionForm(form.setError);
  return (
    <>
      <FormSummary summary={summary} details={details} />
      <RemindNow
        ns="remindTerm"
        warning={t("warning")}
        send={async () => {
          const r = await run(() => sendTermReminderAction({ allianceId }));
          if (!r) return undefined;
          return r.sent ? t("sent", { notified: r.notified }) : t("already");
        }}
      />
    </>
  );
}
