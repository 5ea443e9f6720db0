import Link from "next/link";
import type { ExpiringTermRow } from "@/lib/operation/council";
import { formatDate } from "@/components/ui/format";
import { TermBadge } from "./term-badge";
import { SortHeader } from "@/components/ui/sort-header";
import type { SortDir } from "@/lib/paging/list-params";

/** In a section's full list the name and date columns sort (see lib/oversight/oversight-list.ts). */
type Sortable = { sort: string; dir: SortDir; query: Record<string, string> };

/**
 * Council terms ending within 90 days (or ended), and filed alliances with none recorded. `total` is the true
 * total when `rows` is one page of it; `more` links to the whole list; `list` makes name and date sortable.
 */
export function ExpiringTerms({
  rows,
  withinDays = 90,
  total = rows.length,
  more,
  list,
}: {
  rows: ExpiringTermRow[];
  withinDays?: number;
  total?: number;
  more?: string;
  list?: Sortable;
}) {
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="expiring-terms-h">
      <h2 id="expiring-terms-h">理事会任期提醒</h2>
      <p className="muted small">
        理事会每届任期三年，换届时由全体成员选举产生（附件2 第十三条（二））。列出 {withinDays} 天内届满、已届满和未登记任期的已备案联盟。
      </p>
      {rows.length === 0 ? (
        <p className="muted">暂无需要关注的理事会任期。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">
              {rows.length < total ? `理事会任期届满提醒，共 ${total} 个联盟，此处显示 ${rows.length} 个` : `理事会任期届满提醒，共 ${total} 个联盟`}
            </caption>
            <thead>
              <tr>
                {head("联盟", "name")}
                <th scope="col">届次</th>
                {head("任期届满日", "date")}
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.allianceId}>
                  <td>
                    <Link href={`/alliances/${r.allianceId}/council`}>{r.allianceName}</Link>
                  </td>
                  <td className="nowrap">{r.termNo ? `第 ${r.termNo} 届` : "—"}</td>
                  <td className="date">{r.endsOn ? formatDate(r.endsOn) : "—"}</td>
                  <td className="state">
                    <TermBadge status={r.status} daysLeft={r.daysLeft} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && rows.length < total && (
        <p className="actions">
          <Link className="button secondary" href={more}>
            查看全部 {total} 个
          </Link>
        </p>
      )}
    </section>
  );
}
