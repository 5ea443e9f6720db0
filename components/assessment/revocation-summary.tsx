import Link from "next/link";
import type { RevocationRow } from "@/lib/assessment/revocation";
import { formatDate } from "@/components/ui/format";
import { RevocationBasis } from "./revocation-basis";

/**
 * Open revocation proposals (八（四）) for the oversight page: alliance, the two failing years and a link
 * to decide. Pass the rows of findOpenRevocations(user).
 */
export function RevocationSummary({ rows }: { rows: RevocationRow[] }) {
  return (
    <section className="card" aria-labelledby="revocation-summary-h">
      <h2 id="revocation-summary-h">待确认的取消备案建议（八（四））</h2>
      {rows.length === 0 ? (
        <p className="muted">当前没有连续两年考核不达标、待确认取消备案的联盟。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">共 {rows.length} 项，依据连续两年的考核结果自动提出，由服务中心确认</caption>
            <thead>
              <tr>
                <th>联盟名称</th>
                <th>产业</th>
                <th>考核依据</th>
                <th>提出日期</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                  </td>
                  <td>{r.alliance.industry.name}</td>
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
          处理取消备案建议
        </Link>
      </p>
    </section>
  );
}
