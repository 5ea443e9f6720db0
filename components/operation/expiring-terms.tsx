import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("operation.expiring");
  const tc = useTranslations("operation.council");
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="expiring-terms-h">
      <h2 id="expiring-terms-h">{t("heading")}</h2>
      <p className="muted small">{t("intro", { days: withinDays })}</p>
      {rows.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">{rows.length < total ? t("captionPart", { total, shown: rows.length }) : t("caption", { total })}</caption>
            <thead>
              <tr>
                {head(t("alliance"), "name")}
                <th scope="col">{t("termNo")}</th>
                {head(t("endsOn"), "date")}
                <th scope="col">{t("state")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.allianceId}>
                  <td>
                    <Link href={`/alliances/${r.allianceId}/council`}>{r.allianceName}</Link>
                  </td>
                  <td className="nowrap">{r.termNo ? tc("term", { n: r.termNo }) : "—"}</td>
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
            {t("viewAll", { total })}
          </Link>
        </p>
      )}
    </section>
  );
}
