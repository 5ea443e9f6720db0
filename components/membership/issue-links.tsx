"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { emailConfirmLinksAction, issueConfirmLinksAction } from "@/app/(portal)/alliances/[id]/confirmations/actions";
import { formatDateTime } from "@/components/ui/format";

type Link = { membershipId: string; name: string; url: string; expiresAt: string };
type Sent = { membershipId: string; name: string; to: string; expiresAt: string };
type Skipped = { membershipId: string; name: string; reason: "NO_EMAIL" | "RATE_LIMITED" };
type Props = { allianceId: string; pending: number; mail: { enabled: boolean; withEmail: number; limit: number; days: number } };

/**
 * Sends the one-time links by e-mail when the portal has a mail server (issue #17 item 9), and always offers
 * the copy-the-link flow: links are shown once and cannot be shown again, only replaced by new ones.
 */
export function IssueLinks({ allianceId, pending, mail }: Props) {
  const router = useRouter();
  const te = useTranslations("errors");
  const t = useTranslations("memberMail");
  const tm = useTranslations("membership");
  const [links, setLinks] = useState<Link[] | null>(null);
  const [sent, setSent] = useState<{ sent: Sent[]; failed: Link[]; skipped: Skipped[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(kind: "email" | "links") {
    setBusy(true);
    setError(null);
    try {
      if (kind === "links") {
        const r = await issueConfirmLinksAction({ allianceId });
        if (!r.ok) setError([te(r.code), ...(r.fieldErrors?._form ?? [])].join(tm("colon")));
        else {
          setLinks(r.data);
          setSent(null);
          router.refresh();
        }
      } else {
        const r = await emailConfirmLinksAction({ allianceId });
        if (!r.ok) setError([te(r.code), ...(r.fieldErrors?._form ?? [])].join(tm("colon")));
        else {
          setSent(r.data);
          setLinks(null);
          router.refresh();
        }
      }
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setBusy(false);
    }
  }

  const copyTable = (rows: Link[], caption: string, testId: string) => (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("member")}</th>
            <th scope="col">{t("link")}</th>
            <th scope="col">{t("expiresAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr key={l.membershipId}>
              <td>{l.name}</td>
              <td>
                <input type="text" readOnly value={l.url} aria-label={t("linkOf", { name: l.name })} size={60} onFocus={(e) => e.currentTarget.select()} />
              </td>
              <td className="date">{formatDateTime(new Date(l.expiresAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section className="card no-print" aria-labelledby="issue-h">
      <h2 id="issue-h">{t("heading")}</h2>
      <p className="muted small" data-testid="mail-mode">
        {mail.enabled ? t("mailOn", { days: mail.days }) : t("mailOff")}
      </p>
      {mail.enabled && pending > 0 && (
        <p className="muted small">
          {t("withEmail", { pending, withEmail: mail.withEmail, without: pending - mail.withEmail })} {t("limit", { limit: mail.limit })}
        </p>
      )}
      <p className="muted small">{t("linksIntro", { pending, days: mail.days })}</p>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <div className="actions">
        {mail.enabled && (
          <button type="button" disabled={busy || mail.withEmail === 0} onClick={() => void run("email")}>
            {busy ? t("sending") : t("send")}
          </button>
        )}
        <button type="button" className={mail.enabled ? "secondary" : undefined} disabled={busy || pending === 0} onClick={() => void run("links")}>
          {t("issue")}
        </button>
      </div>
      {sent && (
        <div role="status" data-testid="sent-mails">
          {sent.sent.length > 0 && (
            <>
              <p>{t("sentCaption", { count: sent.sent.length })}</p>
              <ul className="small">
                {sent.sent.map((s) => (
                  <li key={s.membershipId}>
                    {tm("nameLine", { name: s.name, text: t("sentTo", { to: s.to, expires: formatDateTime(new Date(s.expiresAt)) }) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {sent.skipped.length > 0 && (
            <ul className="small muted">
              {sent.skipped.map((s) => (
                <li key={s.membershipId}>
                  {s.reason === "NO_EMAIL" ? t("skippedNoEmail", { name: s.name }) : t("skippedLimit", { name: s.name, limit: mail.limit })}
                </li>
              ))}
            </ul>
          )}
          {sent.failed.length > 0 && copyTable(sent.failed, t("failedCaption", { count: sent.failed.length }), "failed-links")}
        </div>
      )}
      {links && copyTable(links, t("issuedCaption", { count: links.length }), "issued-links")}
    </section>
  );
}
