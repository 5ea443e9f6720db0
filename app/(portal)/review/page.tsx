import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findQueue, queueStatesOf } from "@/lib/review/queue";
import { listDivisions, listIndustries } from "@/lib/alliances/list-industries";
import { ZQueueParams } from "@/lib/validation/search-params";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate } from "@/components/ui/format";

const AGE_LABELS = { all: "全部", overdue: "已超期", gt7: "停留超过 7 天", gt30: "停留超过 30 天" } as const;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.review);
  const t = await getTranslations();
  const params = ZQueueParams.parse(await searchParams);
  const states = queueStatesOf(user);
  const [{ rows }, industries, divisions] = await Promise.all([
    findQueue(user, { state: params.state, industryCode: params.industry, divisionId: params.division, age: params.age }),
    listIndustries(),
    listDivisions(),
  ]);
  // A division reviewer only ever sees their own division's industries; the filter offers just those.
  const ownIndustries = user.divisionId ? industries.filter((i) => i.divisionId === user.divisionId) : industries;
  return (
    <>
      <h1>{t("nav.review")}</h1>
      <p className="muted">按进入当前环节的时间排序，最早的在前；超过办理时限的事项标红（时限由系统管理员在“办理时限设置”中配置）。</p>
      <form className="filters card" method="get" role="search">
        {states.length > 1 && <FilterSelect name="state" label="环节" value={params.state} choices={states.map((s) => ({ value: s, label: t(`states.${s}`) }))} />}
        <FilterSelect name="industry" label="产业" value={params.industry} choices={ownIndustries.map((i) => ({ value: i.code, label: i.name }))} />
        {!user.divisionId && <FilterSelect name="division" label="主管处室" value={params.division} choices={divisions.map((d) => ({ value: d.id, label: d.name }))} />}
        <div className="field">
          <label htmlFor="age">停留时间</label>
          <select id="age" name="age" defaultValue={params.age ?? "all"}>
            {Object.entries(AGE_LABELS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <button type="submit">筛选</button>
      </form>
      <p className="muted">共 {rows.length} 项{rows.some((r) => r.overdue) ? `，其中超期 ${rows.filter((r) => r.overdue).length} 项` : ""}</p>
      {rows.length === 0 ? (
        <p className="card">暂无待办事项</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="queue">
            <thead>
              <tr><th>联盟名称</th><th>产业</th><th>主管处室</th><th>牵头单位</th><th>环节</th><th>版本</th><th>进入环节</th><th>已停留</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.overdue ? "overdue" : undefined}>
                  <td><Link href={`/alliances/${r.id}`}>{r.name}</Link></td>
                  <td>{r.industry.name}</td>
                  <td>{r.industry.division?.name ?? ""}</td>
                  <td>{r.leadOrg.name}</td>
                  <td><StateBadge state={r.state} /></td>
                  <td>第 {r.currentVersionNo} 版{r.resubmitted ? "（重新提交）" : ""}</td>
                  <td>{formatDate(r.stateSince)}</td>
                  <td>{r.ageDays} 天{r.limitDays !== null && <span className="muted small"> / 时限 {r.limitDays} 天</span>}{r.overdue && <strong className="error-text"> 已超期</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
