"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { emailConfirmLinksAction } from "@/app/(portal)/alliances/[id]/confirmations/actions";
import { formatDateTime } from "@/components/ui/format";

/** 重新发送 for one member unit: a fresh link by e-mail (the old one stops working), limited per hour. */
export function ResendLink({ allianceId, membershipId, name }: { allianceId: string; membershipId: string; name: string }) {
  const router = useRouter();
  const te = useTranslations("errors");
  const t = useTranslations("memberMail");
  const tm = useTranslations("membership");
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  async function resend() {
    setBusy(true);
    setNote(null);
    try {
      const r = await emailConfirmLinksAction({ allianceId, membershipIds: [membershipId] });
      if (!r.ok) setNote({ error: true, text: r.fieldErrors?._form?.join(tm("messageSeparator")) ?? te(r.code) });
      else if (r.data.sent[0]) {
        setNote({ error: false, text: t("sentTo", { to: r.data.sent[0].to, expires: formatDateTime(new Date(r.data.sent[0].expiresAt)) }) });
        router.refresh();
      } else if (r.data.failed[0]) setNote({ error: true, text: tm("nameLine", { name: t("failedCaption", { count: 1 }), text: r.data.failed[0].url }) });
      else setNote({ error: true, text: te("CONFLICT") });
    } catch {
      setNote({ error: true, text: te("INTERNAL") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="secondary small" disabled={busy} aria-label={t("resendLabel", { name })} onClick={() => void resend()}>
        {busy ? t("sending") : t("resend")}
      </button>
      {note && (
        <div className={note.error ? "error small" : "small"} role={note.error ? "alert" : "status"}>
          {note.text}
        </div>
      )}
    </>
  );
}
