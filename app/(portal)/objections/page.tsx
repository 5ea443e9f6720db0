import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listObjections } from "@/lib/public/objections";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { HandleObjectionForm } from "@/components/public/handle-objection-form";
import { maskContact, maskName } from "@/lib/privacy/mask";
import type { Metadata } from "next";
import { OBJECTION_LIST } from "@/lib/public/objection-list";
import { Pager } from "@/components/ui/pager";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField } from "@/components/ui/list-form";
import { FilterSelect } from "@/components/ui/filter-select";

const SORTS = [
  { value: "pending", label: "未处理的在前" },
  { value: "received", label: "按提交时间" },
  { value: "alliance", label: "按联盟名称" },
  { value: "number", label: "按备案编号" },
];

export const metadata: Metadata = { title: "公示异议" };

export default async function ObjectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.objections);
  const list = OBJECTION_LIST.parse(await searchParams);
  const { rows, total, page, pageSize, open } = await listObjections(user, list);
  return (
    <>
      <h1>公示异议处理</h1>
      <p className="muted">公示期内公众提交的异议。请核实后登记处理意见；处理意见记入审计日志。</p>
      <form className="filters card" method="get" role="search" aria-label="筛选公示异议">
        <SearchField label="联盟名称或备案编号" value={list.q} />
        <FilterSelect
          name="status"
          label="处理状态"
          value={list.filters.status}
          choices={[
            { value: "open", label: "未处理" },
            { value: "handled", label: "已处理" },
          ]}
        />
        <div className="field">
          <label htmlFor="sort">排序</label>
          <select id="sort" name="sort" defaultValue={list.sort}>
            {SORTS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">筛选</button>
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit="件" problems={list.problems} />
      {open > 0 && <p className="muted small">全部异议中尚未处理 {open} 件</p>}
      {rows.length === 0 && <p className="card">{total === 0 && Object.keys(list.query).length === 0 ? "暂无异议" : "没有符合条件的异议"}</p>}
      {rows.map((o) => (
        <article key={o.id} className="card" data-testid={`objection-${o.id}`}>
          <h2>
            <Link href={`/alliances/${o.filing.allianceId}`}>{o.filing.alliance.name}</Link>　
            <span className="muted small">
              {o.filing.number}，公示截止 {formatDate(o.filing.noticeEndsOn)}
            </span>
          </h2>
          <p className="small">
            提出人：{o.handledAt ? maskName(o.name) : o.name}　联系方式：{o.handledAt ? maskContact(o.contact) : o.contact}　提交时间：
            {formatDateTime(o.createdAt)}
          </p>
          <p style={{ whiteSpace: "pre-wrap" }}>{o.content}</p>
          {o.handledAt ? (
            <p className="alert ok">
              已处理（{formatDateTime(o.handledAt)}）：{o.handlingNote}
            </p>
          ) : (
            <HandleObjectionForm objectionId={o.id} />
          )}
        </article>
      ))}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label="公示异议分页" />
    </>
  );
}
