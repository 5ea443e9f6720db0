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
        if (!r.ok) setError([te(r.code), ...(r.fieldErrors?._form ?? [])].join("："));
        else {
          setLinks(r.data);
          setSent(null);
          router.refresh();
        }
      } else {
        const r = await emailConfirmLinksAction({ allianceId });
        if (!r.ok) setError([te(r.code), ...(r.fieldErrors?._form ?? [])].join("："));
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
            <th scope="col">成员单位</th>
            <th scope="col">确认链接</th>
            <th scope="col">有效期至</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr key={l.membershipId}>
              <td>{l.name}</td>
              <td>
                <input type="text" readOnly value={l.url} aria-label={`${l.name}的确认链接`} size={60} onFocus={(e) => e.currentTarget.select()} />
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
      <h2 id="issue-h">发送确认链接</h2>
      <p className="muted small" data-testid="mail-mode">
        {mail.enabled ? t("mailOn", { days: mail.days }) : t("mailOff")}
      </p>
      {mail.enabled && pending > 0 && (
        <p className="muted small">
          {t("withEmail", { pending, withEmail: mail.withEmail, without: pending - mail.withEmail })} {t("limit", { limit: mail.limit })}
        </p>
      )}
      <p className="muted small">
        为尚未确认（或确认后信息已修改、有异议）的 {pending} 家成员单位各生成一个一次性链接，有效期 {mail.days}
        天；再次生成会使旧链接失效。链接只显示这一次，请复制后发给各成员单位的联系人。
      </p>
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
          生成确认链接
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
                    {s.name}：{t("sentTo", { to: s.to, expires: formatDateTime(new Date(s.expiresAt)) })}
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
      {links && copyTable(links, `本次生成的确认链接（${links.length} 个，仅显示一次）`, "issued-links")}
    </section>
  );
}
