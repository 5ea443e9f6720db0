import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findRevocations } from "@/lib/assessment/revocation";
import { REVOCATION_RESULTS, revocationState } from "@/lib/assessment/revocation-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { listHref } from "@/lib/paging/list-params";
import { formatDate } from "@/components/ui/format";
import { RevocationActions } from "@/components/assessment/revocation-actions";
import { RevocationBasis } from "@/components/assessment/revocation-basis";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "取消备案建议" };

const RESULT_LABELS = { CONFIRMED: "已取消备案", DISMISSED: "不予撤销" } as const;

export default async function RevocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const list = revocationState(await searchParams);
  const [found, industries] = await Promise.all([findRevocations(user, list), listIndustries()]);
  const { rows, total, page, pageSize, view, openTotal, closedTotal } = found;
  const closed = view === "closed";
  // The two views keep the search and the industry; the outcome and the order belong to one view.
  const keep = { ...(list.q ? { q: list.q } : {}), ...(list.query.industry ? { industry: list.query.industry } : {}) };
  const searched = Boolean(list.q || list.filters.industry || list.filters.result);
  return (
    <>
      <h1>取消备案建议</h1>
      <p className="alert info small" role="note">
        依据八（四）“对连续两年考核结果不达标的创新联盟，取消备案资格”：发布年度考核结果时，系统对连续两个年度考核结果为“不合格”的联盟自动提出取消备案建议；
        服务中心核对依据后确认取消备案，或在申诉成立等情形下不予撤销（须说明理由）。
      </p>
      <nav className="tabs no-print" aria-label="取消备案建议的处理状态">
        <ul>
          <li>
            <Link href={listHref("/assessment/revocations", keep)} aria-current={closed ? undefined : "page"}>
              待处理（{openTotal}）
            </Link>
          </li>
          <li>
            <Link href={listHref("/assessment/revocations", { ...keep, status: "closed" })} aria-current={closed ? "page" : undefined}>
              处理记录（{closedTotal}）
            </Link>
          </li>
        </ul>
      </nav>
      <form className="filters card no-print" method="get" role="search" aria-label="查询取消备案建议">
        {closed && <input type="hidden" name="status" value="closed" />}
        <SearchField label="联盟名称、牵头单位或备案编号" value={list.q} />
        <FilterSelect name="industry" label="产业" value={list.filters.industry} choices={industries.map((i) => ({ value: i.code, label: i.name }))} />
        {closed && (
          <FilterSelect
            name="result"
            label="处理结果"
            value={list.filters.result}
            choices={REVOCATION_RESULTS.map((r) => ({ value: r, label: RESULT_LABELS[r] }))}
          />
        )}
        <SortFields list={list} />
        <button type="submit">查询</button>
        {searched && <Link href={closed ? "/assessment/revocations?status=closed" : "/assessment/revocations"}>清除条件</Link>}
      </form>
      <h2>{closed ? "处理记录" : "待处理"}</h2>
      <ListStatus total={total} page={page} pageSize={pageSize} unit="项" problems={list.problems} />
      {!closed &&
        (rows.length === 0 ? (
          <p className="card muted">{searched ? "没有符合条件的待处理建议。" : "当前没有待处理的取消备案建议。"}</p>
        ) : (
          rows.map((r) => (
            <section key={r.id} className="card" aria-labelledby={`rev-${r.id}`}>
              <h3 id={`rev-${r.id}`}>
                <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
              </h3>
              <p className="small muted">
                {r.alliance.industry.name}　牵头单位：{r.alliance.leadOrg.name}
                {r.alliance.filing && <span className="nowrap">　备案编号：{r.alliance.filing.number}</span>}　
                <span className="nowrap">提出日期：{formatDate(r.proposedAt)}</span>
              </p>
              <p>{r.reason}</p>
              <div className="small">
                <strong>考核依据：</strong>
                <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
              </div>
              {r.alliance.state === "FILED" ? (
                <RevocationActions revocationId={r.id} allianceVersion={r.alliance.version} allianceName={r.alliance.name} />
              ) : (
                <p className="alert warn small">该联盟已不处于“已备案”状态，只能不予撤销。</p>
              )}
            </section>
          ))
        ))}
      {closed &&
        (rows.length === 0 ? (
          <p className="card muted">{searched ? "没有符合条件的处理记录。" : "暂无处理记录。"}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="revocations-closed">
              <thead>
                <tr>
                  <SortHeader label="联盟名称" sortKey="name" list={list} />
                  <SortHeader label="产业" sortKey="industry" list={list} />
                  <th scope="col">备案编号</th>
                  <th scope="col">考核依据</th>
                  <th scope="col">处理结果</th>
                  <SortHeader label="提出日期" sortKey="proposed" list={list} />
                  <th scope="col">处理日期</th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                    </td>
                    <td className="nowrap">{r.alliance.industry.name}</td>
                    <td className="filing-no">{r.alliance.filing?.number ?? "—"}</td>
                    <td>
                      <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
                    </td>
                    <td className="state">
                      {r.status === "CONFIRMED" ? <span className="badge red">已取消备案</span> : <span className="badge grey">不予撤销</span>}
                    </td>
                    <td className="date">{formatDate(r.proposedAt)}</td>
                    <td className="date">{formatDate(r.confirmedAt ?? r.dismissedAt)}</td>
                    <td>{r.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={closed ? "处理记录分页" : "待处理建议分页"} />
    </>
  );
}
