import Link from "next/link";
import type { PendingDissolutionRow } from "@/lib/operation/dissolution";
import { formatDate } from "@/components/ui/format";
import { ConfirmDissolutionButton } from "./confirm-dissolution-button";
import { SortHeader } from "@/components/ui/sort-header";
import type { SortDir } from "@/lib/paging/list-params";

/** In a section's full list the name and date columns sort (see lib/oversight/oversight-list.ts). */
type Sortable = { sort: string; dir: SortDir; query: Record<string, string> };

/**
 * Passed dissolution votes awaiting the service center (附件3 第十一条). `total` is the true total when `rows`
 * is one page of it; `more` links to the whole list; `list` makes the name and date columns sortable.
 */
export function PendingDissolutions({
  rows,
  total = rows.length,
  more,
  list,
}: {
  rows: PendingDissolutionRow[];
  total?: number;
  more?: string;
  list?: Sortable;
}) {
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="pending-dissolutions-h">
      <h2 id="pending-dissolutions-h">待确认的解散</h2>
      <p className="muted small">理事会表决且五分之四以上（含）同意的解散议案（附件3 第十一条）。确认后联盟状态变为“已解散”，备案终止。</p>
      {rows.length === 0 ? (
        <p className="muted">暂无待确认的解散。</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">
              {rows.length < total ? `待确认解散，共 ${total} 项，此处显示 ${rows.length} 项` : `待确认解散，共 ${total} 项`}
            </caption>
            <thead>
              <tr>
                {head("联盟", "name")}
                {head("表决日期", "date")}
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
      {more && rows.length < total && (
        <p className="actions">
          <Link className="button secondary" href={more}>
            查看全部 {total} 项
          </Link>
        </p>
      )}
    </section>
  );
}
