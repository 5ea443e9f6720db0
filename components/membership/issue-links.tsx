"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { issueConfirmLinksAction } from "@/app/(portal)/alliances/[id]/confirmations/actions";

type Link = { membershipId: string; name: string; url: string; expiresAt: string };

/** Issues one-time links and shows them once: they cannot be shown again, only replaced by new ones. */
export function IssueLinks({ allianceId, pending }: { allianceId: string; pending: number }) {
  const router = useRouter();
  const te = useTranslations("errors");
  const [links, setLinks] = useState<Link[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function issue() {
    setBusy(true);
    setError(null);
    try {
      const r = await issueConfirmLinksAction({ allianceId });
      if (!r.ok) setError([te(r.code), ...(r.fieldErrors?._form ?? [])].join("："));
      else {
        setLinks(r.data);
        router.refresh();
      }
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card no-print" aria-labelledby="issue-h">
      <h2 id="issue-h">发送确认链接</h2>
      <p className="muted small">
        为尚未确认（或确认后信息已修改、有异议）的 {pending} 家成员单位各生成一个一次性链接，有效期 30
        天；再次生成会使旧链接失效。链接只显示这一次，请复制后发给各成员单位的联系人。
      </p>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <div className="actions">
        <button type="button" disabled={busy || pending === 0} onClick={() => void issue()}>
          生成确认链接
        </button>
      </div>
      {links && (
        <div className="table-wrap">
          <table data-testid="issued-links">
            <caption>本次生成的确认链接（{links.length} 个，仅显示一次）</caption>
            <thead>
              <tr>
                <th scope="col">成员单位</th>
                <th scope="col">确认链接</th>
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.membershipId}>
                  <td>{l.name}</td>
                  <td>
                    <input type="text" readOnly value={l.url} aria-label={`${l.name}的确认链接`} size={60} onFocus={(e) => e.currentTarget.select()} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
