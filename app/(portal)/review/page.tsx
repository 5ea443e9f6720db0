import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findQueue, queueStatesOf } from "@/lib/review/queue";
import { QUEUE_LIST } from "@/lib/review/queue-list";
import { listDivisions, listIndustries } from "@/lib/alliances/list-industries";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "待办审核" };

const AGE_LABELS = { overdue: "已超期", gt7: "停留超过 7 天", gt30: "停留超过 30 天" } as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.review);
  const t = await getTranslations();
  const list = QUEUE_LIST.parse(await searchParams);
  const states = queueStatesOf(user);
  const [queue, industries, divisions] = await Promise.all([findQueue(user, list), listIndustries(), listDivisions()]);
  const { rows, total, page, pageSize, overdueTotal } = queue;
  const f = list.filters;
  // A division reviewer only ever sees their own division's industries; the filter offers just those.
  const ownIndustries = user.divisionId ? industries.filter((i) => i.divisionId === user.divisionId) : industries;
  return (
    <>
      <h1>{t("nav.review")}</h1>
      <p className="muted">
        默认按进入当前环节的时间排序，最早的在前；超过办理时限的事项标红（时限由系统管理员在“办理时限设置”中配置）。点击列标题可改变排序。
      </p>
      <form className="filters card" method="get" role="search" aria-label="筛选待办事项">
        <SearchField label="联盟或牵头单位名称" value={list.q} />
        {states.length > 1 && <FilterSelect name="state" label="环节" value={f.state} choices={states.map((s) => ({ value: s, label: t(`states.${s}`) }))} />}
        <FilterSelect name="industry" label="产业" value={f.industry} choices={ownIndustries.map((i) => ({ value: i.code, label: i.name }))} />
        {!user.divisionId && (
          <FilterSelect name="division" label="主管处室" value={f.division} choices={divisions.map((d) => ({ value: d.id, label: d.name }))} />
        )}
        <FilterSelect name="age" label="停留时间" value={f.age} choices={Object.entries(AGE_LABELS).map(([value, label]) => ({ value, label }))} />
        <SortFields list={list} />
        <button type="submit">筛选</button>
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit="项" problems={list.problems} />
      {overdueTotal > 0 && (
        <p className="muted small" data-testid="queue-overdue">
          其中超期 {overdueTotal} 项
        </p>
      )}
      <p className="muted small">{t("serviceTime.note")}</p>
      {rows.length === 0 ? (
        <p className="card">{total === 0 && Object.keys(list.query).length === 0 ? "暂无待办事项" : "没有符合条件的待办事项"}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="queue">
            <thead>
              <tr>
                <SortHeader label="联盟名称" sortKey="name" list={list} />
                <SortHeader label="产业" sortKey="industry" list={list} />
                <th scope="col">主管处室</th>
                <SortHeader label="牵头单位" sortKey="lead" list={list} />
                <SortHeader label="环节" sortKey="state" list={list} />
                <SortHeader label="版本" sortKey="version" list={list} />
                <SortHeader label="进入环节" sortKey="since" list={list} />
                <th scope="col">已停留</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.overdue ? "overdue" : undefined}>
                  <td>
                    <Link href={`/alliances/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{r.industry.name}</td>
                  <td>{r.industry.division?.name ?? ""}</td>
                  <td>{r.leadOrg.name}</td>
                  <td>
                    <StateBadge state={r.state} />
                  </td>
                  <td>
                    第 {r.currentVersionNo} 版{r.resubmitted ? "（重新提交）" : ""}
                  </td>
                  <td className="date">{formatDate(r.stateSince)}</td>
                  <td>
                    {t("serviceTime.queueAge", { days: r.workingDays })}
                    {r.limitDays !== null && r.dueOn && (
                      <span className="muted small">{t("serviceTime.queueLimit", { limit: r.limitDays, due: r.dueOn })}</span>
                    )}
                    {r.overdue && <strong className="error-text"> 已超期</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label="待办事项分页" />
    </>
  );
}
