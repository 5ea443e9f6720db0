import { withPageText } from "@/lib/i18n/page-text";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("heading") };
}

async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
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
  const t = await getTranslations("audit");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="alert info">{t("readonly")}</p>
      <ChainCheck report={chain} head={headText} headError={headError} retentionDays={retention.auditRetentionDays} oldestAt={retention.oldestAt} />
      <AuditFilters list={list} actors={actors} />
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("page.unit")} problems={list.problems} />
      {total > 0 && (
        <p className="actions small" data-testid="audit-export">
          {t("page.exportLead")}
          <a href={listHref("/api/audit/export", list.query, { format: "xlsx", sort: undefined, dir: undefined })} download>
            {t("page.exportXlsx")}
          </a>
          <a href={listHref("/api/audit/export", list.query, { format: "csv", sort: undefined, dir: undefined })} download>
            CSV
          </a>
          <span className="muted">{t("page.exportNote")}</span>
        </p>
      )}
      {rows.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader label={t("time")} sortKey="time" list={list} />
                <SortHeader label={t("actor")} sortKey="actor" list={list} />
                <th scope="col">{t("role")}</th>
                <SortHeader label={t("action")} sortKey="action" list={list} />
                <th scope="col">{t("entity")}</th>
                <th scope="col">{t("summary")}</th>
                <th scope="col">{t("ip")}</th>
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
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("page.pagerLabel")} />
    </>
  );
}

export default withPageText("app/(portal)/audit/page.tsx", AuditPage);
