import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { countAgendaCandidates, listMeetings } from "@/lib/meetings/meetings";
import { MEETING_LIST } from "@/lib/meetings/meeting-list";
import { formatDate } from "@/components/ui/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "厅务会" };

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const list = MEETING_LIST.parse(await searchParams);
  const [meetings, waiting] = await Promise.all([listMeetings(user, list), countAgendaCandidates(user)]);
  const { rows, total, page, pageSize } = meetings;
  const filtered = Object.keys(list.query).length > 0;
  return (
    <>
      <h1>厅务会审议</h1>
      <p className="muted">依据《实施方案》七（三）：省科技厅根据各处室提交材料和意见，经厅务会审议后，由省科技创新研究院予以备案。</p>
      <p className="no-print">
        <Link className="button" href="/meetings/new">
          安排会议议程
        </Link>
        <span className="muted">　待列入议程的申报：{waiting} 项</span>
      </p>
      <form className="filters card no-print" method="get" role="search" aria-label="查询厅务会">
        <SearchField label="会议届次、议题、联盟名称或备案编号" value={list.q} />
        <FilterSelect
          name="status"
          label="状态"
          value={list.filters.status}
          choices={[
            { value: "open", label: "进行中" },
            { value: "closed", label: "已结束" },
          ]}
        />
        <SortFields list={list} />
        <button type="submit">查询</button>
        {filtered && <Link href="/meetings">清除条件</Link>}
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit="次" problems={list.problems} />
      {rows.length === 0 ? (
        <p className="card">{total === 0 && !filtered ? "尚未安排厅务会" : "没有符合条件的厅务会"}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="meetings">
            <thead>
              <tr>
                <SortHeader label="会议届次" sortKey="session" list={list} />
                <SortHeader label="议题" sortKey="title" list={list} />
                <SortHeader label="会议日期" sortKey="held" list={list} />
                <SortHeader label="审议事项" sortKey="items" list={list} />
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => {
                const pending = m.decisions.filter((d) => d.outcome === "PENDING").length;
                return (
                  <tr key={m.id}>
                    <td className="nowrap">
                      <Link href={`/meetings/${m.id}`}>{m.sessionNo}</Link>
                    </td>
                    <td>{m.title}</td>
                    <td className="nowrap">{m.heldOn ? formatDate(m.heldOn) : "待定"}</td>
                    <td>
                      {m.decisions.length} 项{pending ? `（待登记 ${pending} 项）` : ""}
                    </td>
                    <td className="nowrap">{m.closedAt ? "已结束" : "进行中"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label="厅务会分页" />
    </>
  );
}
