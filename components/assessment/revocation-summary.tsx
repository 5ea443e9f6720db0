import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { RevocationRow } from "@/lib/assessment/revocation";
import { formatDate } from "@/components/ui/format";
import { RevocationBasis } from "./revocation-basis";
import { SortHeader } from "@/components/ui/sort-header";
import type { SortDir } from "@/lib/paging/list-params";
import { industryName } from "@/lib/rules/industries";

/** In a section's full list the name and date columns sort (see lib/oversight/oversight-list.ts). */
type Sortable = { sort: string; dir: SortDir; query: Record<string, string> };

/**
 * Open revocation proposals (八（四）) for the oversight page: alliance, the two failing years and a link
 * to decide. `rows` may be one page of them: `total` is then the true total; `list` makes name and date sortable.
 */
export function RevocationSummary({ rows, total = rows.length, list }: { rows: RevocationRow[]; total?: number; list?: Sortable }) {
  const t = useTranslations("revocationSummary");
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="revocation-summary-h">
      <h2 id="revocation-summary-h">{t("heading")}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">{rows.length < total ? t("captionPart", { total, shown: rows.length }) : t("captionAll", { total })}</caption>
            <thead>
              <tr>
                {head(t("name"), "name")}
                <th scope="col">{t("industry")}</th>
                <th scope="col">{t("basis")}</th>
                {head(t("proposed"), "date")}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                  </td>
                  <td className="nowrap">{industryName(r.alliance.industry)}</td>
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
          {rows.length < total ? t("handleAll", { total }) : t("handle")}
        </Link>
      </p>
    </section>
  );
}
