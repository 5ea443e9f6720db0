import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AUDIT_PAGE_SIZE, findAuditEvents } from "@/lib/audit/find-events";
import { AUDIT_ACTIONS } from "@/lib/audit/events";
import { ZAuditParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/ui/pager";
import { formatDateTime } from "@/components/ui/format";
import { checkAuditChain, getAuditRetention } from "@/lib/audit/check-chain";
import { parseHead } from "@/lib/audit/verify";
import { redactPersonalData } from "@/lib/privacy/redact";
import { ChainCheck } from "@/components/audit/chain-check";


function shanghaiMidnight(date: string, plusDays = 0): Date {
  const d = new Date(`${date}T00:00:00+08:00`);
  return new Date(d.getTime() + plusDays * 86_400_000);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.audit);
  const t = await getTranslations("audit");
  const raw = await searchParams;
  const p = ZAuditParams.parse(raw);
  // 核验审计链 runs only when asked (?verify=1): it reads every event.
  const headText = typeof raw.head === "string" ? raw.head.trim().slice(0, 100) : "";
  const head = headText ? parseHead(headText) : undefined;
  const headError = headText !== "" && !head;
  const chain = raw.verify === "1" && !headError ? await checkAuditChain(user, head ?? undefined) : null;
  const retention = await getAuditRetention(user);
  const { rows, total, page } = await findAuditEvents(user, {
    action: p.action,
    actor: p.actor,
    entityType: p.entityType,
    from: p.from ? shanghaiMidnight(p.from) : undefined,
    to: p.to ? shanghaiMidnight(p.to, 1) : undefined,
    page: p.page,
  });
  const actionLabel = (a: string) => (t.has(`actions.${a}`) ? t(`actions.${a}`) : a);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="alert info">{t("readonly")}</p>
      <ChainCheck report={chain} head={headText} headError={headError} retentionDays={retention.auditRetentionDays} oldestAt={retention.oldestAt} />
      <form className="filters card" method="get" role="search">
        <div className="field">
          <label htmlFor="action">{t("action")}</label>
          <select id="action" name="action" defaultValue={p.action ?? ""}>
            <option value="" />
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{actionLabel(a)}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="actor">{t("actor")}</label><input id="actor" name="actor" type="search" defaultValue={p.actor ?? ""} /></div>
        <div className="field"><label htmlFor="from">{t("from")}</label><input id="from" name="from" type="date" defaultValue={p.from ?? ""} /></div>
        <div className="field"><label htmlFor="to">{t("to")}</label><input id="to" name="to" type="date" defaultValue={p.to ?? ""} /></div>
        <button type="submit">{t("apply")}</button>
        <a href="/audit">{t("reset")}</a>
      </form>
      <p className="muted">{t("total", { total })}</p>
      {rows.length === 0 ? <p className="card">{t("empty")}</p> : (
        <div className="table-wrap">
          <table>
            <thead><tr><th>{t("time")}</th><th>{t("actor")}</th><th>{t("role")}</th><th>{t("action")}</th><th>{t("entity")}</th><th>{t("summary")}</th><th>{t("ip")}</th></tr></thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id.toString()}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{e.actorName}</td>
                  <td>{e.actorRole ?? ""}</td>
                  <td>{actionLabel(e.action)}</td>
                  <td>{e.entityType}{e.entityId ? ` ${e.entityId.slice(0, 8)}` : ""}</td>
                  <td><pre className="json">{redactPersonalData(JSON.stringify(e.summary))}</pre></td>
                  <td>{e.ip ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={AUDIT_PAGE_SIZE} params={{ action: p.action, actor: p.actor, from: p.from, to: p.to }} />
    </>
  );
}
