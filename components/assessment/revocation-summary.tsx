import Link from "next/link";
import type { RevocationRow } from "@/lib/assessment/revocation";
import { formatDate } from "@/components/ui/format";
import { RevocationBasis } from "./revocation-basis";
import { SortHeader } from "@/components/ui/sort-header";
import type { SortDir } from "@/lib/paging/list-params";

/** In a section's full list the name and date columns sort (see lib/oversight/oversight-list.ts). */
type Sortable = { sort: string; dir: SortDir; query: Record<string, string> };

/**
 * Open revocation proposals (八（四）) for the oversight page: alliance, the two failing years and a link
 * to decide. `rows` may be one page of them: `total` is then the true total; `list` makes name and date sortable.
 */
export function RevocationSummary({ rows, total = rows.length, list }: { rows: RevocationRow[]; total?: number; list?: Sortable }) {
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="revocation-summary-h">
      <h2 id="revocation-summary-h">待确认的取消备案建议（八（四））</h2>
      {rows.length === 0 ? (
        <p className="muted">当前没有连续两年考核不达标、待确认取消备案的联盟。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">
              {rows.length < total ? `共 ${total} 项（此处显示 ${rows.length} 项）` : `共 ${total} 项`}，依据连续两年的考核结果自动提出，由服务中心确认
            </caption>
            <thead>
              <tr>
                {head("联盟名称", "name")}
                <th scope="col">产业</th>
                <th scope="col">考核依据</th>
                {head("提出日期", "date")}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                  </td>
                  <td className="nowrap">{r.alliance.industry.name}</td>
                  <td>
                    <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
                  </td>
                  <td className="nowrap">{formatDate(r.proposedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="actions">
        <Link className="button secondary" href="/assessment/revocations">
          {rows.length < total ? `处理全部 ${total} 项取消备案建议` : "处理取消备案建议"}
        </Link>
      </p>
    </section>
  );
}
