import Link from "next/link";
import type { ExpiringTermRow } from "@/lib/operation/council";
import { formatDate } from "@/components/ui/format";
import { TermBadge } from "./term-badge";

/** Council terms ending within 90 days (or ended), and filed alliances with none recorded; rows from findExpiringTerms. */
export function ExpiringTerms({ rows, withinDays = 90 }: { rows: ExpiringTermRow[]; withinDays?: number }) {
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
            <caption className="muted small">理事会任期届满提醒，共 {rows.length} 个联盟</caption>
            <thead>
              <tr>
                <th scope="col">联盟</th>
                <th scope="col">届次</th>
                <th scope="col">任期届满日</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.allianceId}>
                  <td>
                    <Link href={`/alliances/${r.allianceId}/council`}>{r.allianceName}</Link>
                  </td>
                  <td>{r.termNo ? `第 ${r.termNo} 届` : "—"}</td>
                  <td>{r.endsOn ? formatDate(r.endsOn) : "—"}</td>
                  <td>
                    <TermBadge status={r.status} daysLeft={r.daysLeft} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
