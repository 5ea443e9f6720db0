import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listObjections } from "@/lib/public/objections";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { HandleObjectionForm } from "@/components/public/handle-objection-form";
import { maskContact, maskName } from "@/lib/privacy/mask";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "公示异议" };

export default async function ObjectionsPage() {
  const user = await requirePageUser(PAGE_ROLES.objections);
  const rows = await listObjections(user);
  return (
    <>
      <h1>公示异议处理</h1>
      <p className="muted">公示期内公众提交的异议。请核实后登记处理意见；处理意见记入审计日志。</p>
      {rows.length === 0 && <p className="card">暂无异议</p>}
      {rows.map((o) => (
        <article key={o.id} className="card" data-testid={`objection-${o.id}`}>
          <h2><Link href={`/alliances/${o.filing.allianceId}`}>{o.filing.alliance.name}</Link>　<span className="muted small">{o.filing.number}，公示截止 {formatDate(o.filing.noticeEndsOn)}</span></h2>
          <p className="small">提出人：{o.handledAt ? maskName(o.name) : o.name}　联系方式：{o.handledAt ? maskContact(o.contact) : o.contact}　提交时间：{formatDateTime(o.createdAt)}</p>
          <p style={{ whiteSpace: "pre-wrap" }}>{o.content}</p>
          {o.handledAt ? (
            <p className="alert ok">已处理（{formatDateTime(o.handledAt)}）：{o.handlingNote}</p>
          ) : (
            <HandleObjectionForm objectionId={o.id} />
          )}
        </article>
      ))}
    </>
  );
}
