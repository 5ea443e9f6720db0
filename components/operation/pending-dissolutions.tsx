import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("operation.pending");
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="pending-dissolutions-h">
      <h2 id="pending-dissolutions-h">{t("heading")}</h2>
      <p className="muted small">{t("intro")}</p>
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">{rows.length < total ? t("captionPart", { total, shown: rows.length }) : t("caption", { total })}</caption>
            <thead>
              <tr>
                {head(t("alliance"), "name")}
                {head(t("votedOn"), "date")}
                <th scope="col">{t("result")}</th>
                <th scope="col">{t("proposal")}</th>
                <th scope="col">{t("actions")}</th>
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
            {t("viewAll", { total })}
          </Link>
        </p>
      )}
    </section>
  );
}
