import Link from "next/link";
import type { PendingDissolutionRow } from "@/lib/operation/dissolution";
import { formatDate } from "@/components/ui/format";
import { ConfirmDissolutionButton } from "./confirm-dissolution-button";

/** Passed dissolution votes awaiting the service center (附件3 第十一条); rows from findPendingDissolutions. */
export function PendingDissolutions({ rows }: { rows: PendingDissolutionRow[] }) {
  return (
    <section className="card" aria-labelledby="pending-dissolutions-h">
      <h2 id="pending-dissolutions-h">待确认的解散</h2>
      <p className="muted small">理事会表决且五分之四以上（含）同意的解散议案（附件3 第十一条）。确认后联盟状态变为“已解散”，备案终止。</p>
      {rows.length === 0 ? (
        <p className="muted">暂无待确认的解散。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">待确认解散，共 {rows.length} 项</caption>
            <thead>
              <tr>
                <th scope="col">联盟</th>
                <th scope="col">表决日期</th>
                <th scope="col">表决结果</th>
                <th scope="col">议案</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.voteId}>
                  <td>
                    <Link href={`/alliances/${r.allianceId}/council`}>{r.allianceName}</Link>
                  </td>
                  <td className="nowrap">{formatDate(r.votedOn)}</td>
                  <td>{r.message}</td>
                  <td className="small">{r.proposal}</td>
                  <td>
                    <ConfirmDissolutionButton voteId={r.voteId} allianceVersion={r.allianceVersion} allianceName={r.allianceName} />
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
