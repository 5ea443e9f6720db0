import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findAuditEvents, listAuditActors } from "@/lib/audit/find-events";
import { parseAuditParams } from "@/lib/audit/audit-list";
import { checkAuditChain, getAuditRetention } from "@/lib/audit/check-chain";
import { parseHead } from "@/lib/audit/verify";
import { listHref } from "@/lib/paging/list-params";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { formatDateTime } from "@/components/ui/format";
import { ChainCheck } from "@/components/audit/chain-check";
import { AuditFilters } from "@/components/audit/audit-filters";

export const metadata: Metadata = { title: "审计日志" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.audit);
  const raw = await searchParams;
  const list = parseAuditParams(raw);
  // 核验审计链 runs only when asked (?verify=1): it reads every event.
  const headText = typeof raw.head === "string" ? raw.head.trim().slice(0, 100) : "";
  const head = headText ? parseHead(headText) : undefined;
  const headError = headText !== "" && !head;
  const [chain, retention, log, actors] = await Promise.all([
    raw.verify === "1" && !headError ? checkAuditChain(user, head ?? undefined) : Promise.resolve(null),
    getAuditRetention(user),
    findAuditEvents(user, list),
    listAuditActors(user),
  ]);
  const { rows, total, page, pageSize } = log;
  return (
    <>
      <h1>审计日志</h1>
      <p className="alert info">审计记录只读，任何人（包括管理员）均不能在平台中修改或删除。</p>
      <ChainCheck report={chain} head={headText} headError={headError} retentionDays={retention.auditRetentionDays} oldestAt={retention.oldestAt} />
      <AuditFilters list={list} actors={actors} />
      <ListStatus total={total} page={page} pageSize={pageSize} unit="条" problems={list.problems} />
      {total > 0 && (
        <p className="actions small" data-testid="audit-export">
          导出筛选结果：
          <a href={listHref("/api/audit/export", list.query, { format: "xlsx", sort: undefined, dir: undefined })} download>
            Excel（.xlsx）
          </a>
          <a href={listHref("/api/audit/export", list.query, { format: "csv", sort: undefined, dir: undefined })} download>
            CSV
          </a>
          <span className="muted">（按时间倒序，单次最多 10000 条；导出本身也记入审计日志）</span>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="card">没有符合条件的审计记录。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader label="时间" sortKey="time" list={list} />
                <SortHeader label="操作人" sortKey="actor" list={list} />
                <th scope="col">角色</th>
                <SortHeader label="操作" sortKey="action" list={list} />
                <th scope="col">对象</th>
                <th scope="col">内容</th>
                <th scope="col">IP 地址</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td className="date">{formatDateTime(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>{e.roles}</td>
                  <td>{e.actionLabel}</td>
                  <td>{e.object}</td>
                  <td>{e.sentence}</td>
                  <td>{e.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label="审计记录分页" />
    </>
  );
}
