import Link from "next/link";
import { listInNotice, listPublicFilings } from "@/lib/public/notices";
import { NOTICE_LIST, NOTICE_STATUSES } from "@/lib/public/notice-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge, NOTICE_STATUS_LABELS } from "@/components/public/notice-status";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";

export const metadata = { title: "吉林省重点产业科技创新联盟备案公示" };

// The 实施方案 dates from 2023; the first filings were made that year.
const FIRST_YEAR = 2023;

export default async function PublicNoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const list = NOTICE_LIST.parse(await searchParams);
  const filtered = Object.keys(list.query).length > 0;
  // The box of running notices only above the unfiltered directory: each filing is rendered once per
  // page at most twice (running and listed), never the whole directory twice.
  const [directory, inNotice, industries] = await Promise.all([listPublicFilings(list), filtered ? Promise.resolve(null) : listInNotice(), listIndustries()]);
  const { rows, total, page, pageSize } = directory;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  return (
    <>
      <h1>吉林省重点产业科技创新联盟备案公示</h1>
      <p>
        依据《吉林省重点产业科技创新联盟实施方案》七（三），经省科技厅厅务会审议，由省科技创新研究院予以备案的创新联盟在此公示。
        公示期内，任何单位和个人对公示联盟有异议的，可在线提交实名异议，写明事实和理由。
      </p>
      {inNotice && (
        <section className="card" aria-labelledby="in-h">
          <h2 id="in-h">正在公示（{inNotice.length} 个）</h2>
          {inNotice.length === 0 ? <p className="muted">当前没有处于公示期的联盟</p> : <NoticeTable rows={inNotice} />}
        </section>
      )}
      <section className="card" aria-labelledby="all-h">
        <h2 id="all-h">已备案联盟名录</h2>
        <form className="filters" method="get" role="search" aria-label="查询已备案联盟">
          <SearchField label="联盟名称、牵头单位或备案编号" value={list.q} />
          <FilterSelect
            name="status"
            label="状态"
            value={list.filters.status}
            choices={NOTICE_STATUSES.map((s) => ({ value: s, label: NOTICE_STATUS_LABELS[s] }))}
          />
          <FilterSelect name="industry" label="产业" value={list.filters.industry} choices={industries.map((i) => ({ value: i.code, label: i.name }))} />
          <FilterSelect name="year" label="备案年度" value={list.query.year} choices={years.map((y) => ({ value: y, label: `${y}年` }))} />
          <SortFields list={list} />
          <button type="submit">查询</button>
          {filtered && <Link href="/public/notices">清除条件</Link>}
        </form>
        <ListStatus total={total} page={page} pageSize={pageSize} unit="个" problems={list.problems} />
        {rows.length === 0 ? <p className="muted">没有符合条件的已备案联盟</p> : <NoticeTable rows={rows} list={list} />}
        <Pager page={page} total={total} pageSize={pageSize} params={list.query} label="已备案联盟名录分页" />
      </section>
    </>
  );
}

type Row = Awaited<ReturnType<typeof listInNotice>>[number] | Awaited<ReturnType<typeof listPublicFilings>>["rows"][number];

function NoticeTable({ rows, list }: { rows: readonly Row[]; list?: { sort: string; dir: "asc" | "desc"; query: Record<string, string> } }) {
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {head("备案编号", "number")}
            {head("联盟名称", "name")}
            {head("产业", "industry")}
            {head("牵头单位", "lead")}
            {head("备案日期", "filed")}
            <th scope="col">公示期</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{r.number}</td>
              <td>
                <Link href={`/public/notices/${r.id}`}>{r.alliance.name}</Link>
              </td>
              <td className="nowrap">{r.alliance.industry.name}</td>
              <td>{r.alliance.leadOrg.name}</td>
              <td className="nowrap">{formatDate(r.filedAt)}</td>
              <td className="nowrap">
                {formatDate(r.noticeStartsOn)} 至 {formatDate(r.noticeEndsOn)}
              </td>
              <td>
                <NoticeStatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
