import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findRevocations } from "@/lib/assessment/revocation";
import { REVOCATION_RESULTS, revocationState } from "@/lib/assessment/revocation-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { listHref } from "@/lib/paging/list-params";
import { formatDate } from "@/components/ui/format";
import { RevocationActions } from "@/components/assessment/revocation-actions";
import { RevocationBasis } from "@/components/assessment/revocation-basis";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessRevocations");
  return { title: t("title") };
}

async function RevocationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const list = revocationState(await searchParams);
  const [found, industries] = await Promise.all([findRevocations(user, list), listIndustries()]);
  const { rows, total, page, pageSize, view, openTotal, closedTotal } = found;
  const closed = view === "closed";
  const t = await getTranslations("assessRevocations");
  // The two views keep the search and the industry; the outcome and the order belong to one view.
  const keep = { ...(list.q ? { q: list.q } : {}), ...(list.query.industry ? { industry: list.query.industry } : {}) };
  const searched = Boolean(list.q || list.filters.industry || list.filters.result);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="alert info small" role="note">
        {t("rule")}
      </p>
      <nav className="tabs no-print" aria-label={t("tabsLabel")}>
        <ul>
          <li>
            <Link href={listHref("/assessment/revocations", keep)} aria-current={closed ? undefined : "page"}>
              {t("openTab", { n: openTotal })}
            </Link>
          </li>
          <li>
            <Link href={listHref("/assessment/revocations", { ...keep, status: "closed" })} aria-current={closed ? "page" : undefined}>
              {t("closedTab", { n: closedTotal })}
            </Link>
          </li>
        </ul>
      </nav>
      <form className="filters card no-print" method="get" role="search" aria-label={t("searchLabel")}>
        {closed && <input type="hidden" name="status" value="closed" />}
        <SearchField label={t("search")} value={list.q} />
        <FilterSelect name="industry" label={t("industry")} value={list.filters.industry} choices={industries.map((i) => ({ value: i.code, label: i.name }))} />
        {closed && (
          <FilterSelect
            name="result"
            label={t("resultLabel")}
            value={list.filters.result}
            choices={REVOCATION_RESULTS.map((r) => ({ value: r, label: t(`result.${r}`) }))}
          />
        )}
        <SortFields list={list} />
        <button type="submit">{t("submit")}</button>
        {searched && <Link href={closed ? "/assessment/revocations?status=closed" : "/assessment/revocations"}>{t("clear")}</Link>}
      </form>
      <h2>{closed ? t("closed") : t("open")}</h2>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("unit")} problems={list.problems} />
      {!closed &&
        (rows.length === 0 ? (
          <p className="card muted">{searched ? t("noOpenMatch") : t("noOpen")}</p>
        ) : (
          rows.map((r) => (
            <section key={r.id} className="card" aria-labelledby={`rev-${r.id}`}>
              <h3 id={`rev-${r.id}`}>
                <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
              </h3>
              <p className="small muted">
                {t("industryLead", { industry: industryName(r.alliance.industry), lead: r.alliance.leadOrg.name })}
                {r.alliance.filing && <span className="nowrap">{t("filingNo", { n: r.alliance.filing.number })}</span>}
                {t("gap")}
                <span className="nowrap">{t("proposedOn", { date: formatDate(r.proposedAt) })}</span>
              </p>
              <p>{r.reason}</p>
              <div className="small">
                <strong>{t("basis")}</strong>
                <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
              </div>
              {r.alliance.state === "FILED" ? (
                <RevocationActions revocationId={r.id} allianceVersion={r.alliance.version} allianceName={r.alliance.name} />
              ) : (
                <p className="alert warn small">{t("notFiled")}</p>
              )}
            </section>
          ))
        ))}
      {closed &&
        (rows.length === 0 ? (
          <p className="card muted">{searched ? t("noClosedMatch") : t("noClosed")}</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="revocations-closed">
              <thead>
                <tr>
                  <SortHeader label={t("col.name")} sortKey="name" list={list} />
                  <SortHeader label={t("col.industry")} sortKey="industry" list={list} />
                  <th scope="col">{t("col.filingNo")}</th>
                  <th scope="col">{t("col.basis")}</th>
                  <th scope="col">{t("col.result")}</th>
                  <SortHeader label={t("col.proposed")} sortKey="proposed" list={list} />
                  <th scope="col">{t("col.decided")}</th>
                  <th scope="col">{t("col.note")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                    </td>
                    <td className="nowrap">{industryName(r.alliance.industry)}</td>
                    <td className="filing-no">{r.alliance.filing?.number ?? "—"}</td>
                    <td>
                      <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
                    </td>
                    <td className="state">
                      {r.status === "CONFIRMED" ? (
                        <span className="badge red">{t("result.CONFIRMED")}</span>
                      ) : (
                        <span className="badge grey">{t("result.DISMISSED")}</span>
                      )}
                    </td>
                    <td className="date">{formatDate(r.proposedAt)}</td>
                    <td className="date">{formatDate(r.confirmedAt ?? r.dismissedAt)}</td>
                    <td>{r.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={closed ? t("closedPager") : t("openPager")} />
    </>
  );
}

export default withPageText("app/(portal)/assessment/revocations/page.tsx", RevocationsPage);
