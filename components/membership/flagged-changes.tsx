import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { FlaggedChange } from "@/lib/membership/find-history";
import { failingConditions } from "@/lib/membership/change-rules";
import { formatDate } from "@/components/ui/format";
import { CHANGE_STATUS_BADGE, CHANGE_STATUS_LABEL, KIND_LABEL } from "./labels";
import { RuleWarnings } from "./rule-warnings";
import { AcknowledgeButton } from "./acknowledge-button";
import { SortHeader } from "@/components/ui/sort-header";
import type { SortDir } from "@/lib/paging/list-params";

/** In a section's full list the name and date columns sort (see lib/oversight/oversight-list.ts). */
type Sortable = { sort: string; dir: SortDir; query: Record<string, string> };

/**
 * For the service center's oversight page (八（一）): membership changes after which an alliance no longer meets
 * the formation conditions of 六（二）1. Load rows with findFlaggedChanges(user) from lib/membership/find-history.
 */
export function FlaggedChanges({
  rows,
  total = rows.length,
  more,
  list,
}: {
  rows: Pick<FlaggedChange, "id" | "alliance" | "organizationName" | "kind" | "status" | "councilApprovedOn" | "rules" | "createdAt">[];
  /** The true total when `rows` is one page of it; `more` links to the whole list; `list` makes name and date sortable. */
  total?: number;
  more?: string;
  list?: Sortable;
}) {
  const t = useTranslations("membership.flagged");
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <section className="card" aria-labelledby="flagged-h" data-testid="flagged-changes">
      <h2 id="flagged-h">{t("heading")}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{rows.length < total ? t("captionPart", { total, shown: rows.length }) : t("caption", { total })}</caption>
            <thead>
              <tr>
                {head(t("alliance"), "name")}
                <th scope="col">{t("unitAndChange")}</th>
                {head(t("requestedOn"), "date")}
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("failing")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/alliances/${r.alliance.id}/members`}>{r.alliance.name}</Link>
                  </td>
                  <td>
                    {r.organizationName}
                    <br />
                    <span className="small">{KIND_LABEL[r.kind]}</span>
                  </td>
                  <td className="date">{formatDate(r.createdAt)}</td>
                  <td>
                    <span className={`badge ${CHANGE_STATUS_BADGE[r.status]}`}>{CHANGE_STATUS_LABEL[r.status]}</span>
                    {r.councilApprovedOn && <div className="small nowrap">{formatDate(r.councilApprovedOn)}</div>}
                  </td>
                  <td>
                    <RuleWarnings results={failingConditions(r.rules)} />
                  </td>
                  <td>
                    <AcknowledgeButton changeId={r.id} label={`${r.alliance.name} ${r.organizationName}`} />
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
