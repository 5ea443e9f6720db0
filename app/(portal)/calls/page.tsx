import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findCalls } from "@/lib/calls/find-calls";
import { CALL_LIST } from "@/lib/calls/call-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { formatDate } from "@/components/ui/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls");
  return { title: t("listTitle") };
}

async function CallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.calls);
  const t = await getTranslations("calls");
  const list = CALL_LIST.parse(await searchParams);
  const [calls, industries] = await Promise.all([findCalls(user, list), listIndustries()]);
  const { rows, total, page, pageSize } = calls;
  const staff = !user.roles.includes("ENTERPRISE_FILER");
  const filtered = Object.keys(list.query).length > 0;
  // A division reviewer sees only its own division's calls; the filter offers just those industries.
  const ownIndustries =
    user.roles.includes("DIVISION_REVIEWER") && !user.roles.includes("DEPARTMENT_SECRETARY") && user.divisionId
      ? industries.filter((i) => i.divisionId === user.divisionId)
      : industries;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="muted small">{t("clause")}</p>
      {staff && (
        <p>
          <Link className="button" href="/calls/new">
            {t("new")}
          </Link>
        </p>
      )}
      <form className="filters card" method="get" role="search" aria-label={t("searchLabel")}>
        <SearchField label={t("searchField")} value={list.q} />
        <FilterSelect
          name="status"
          label={t("status")}
          value={list.filters.status}
          choices={[
            { value: "open", label: t("open") },
            { value: "closed", label: t("closed") },
          ]}
        />
        <FilterSelect
          name="industry"
          label={t("industry")}
          value={list.filters.industry}
          choices={ownIndustries.map((i) => ({ value: i.code, label: i.name }))}
        />
        <SortFields list={list} />
        <button type="submit">{t("search")}</button>
        {filtered && <Link href="/calls">{t("clear")}</Link>}
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("unit")} problems={list.problems} />
      {rows.length === 0 ? (
        <p className="card">{total === 0 && !filtered ? t("empty") : t("noMatch")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="calls">
            <thead>
              <tr>
                <SortHeader label={t("title")} sortKey="title" list={list} />
                <SortHeader label={t("industry")} sortKey="industry" list={list} />
                <SortHeader label={t("deadline")} sortKey="deadline" list={list} />
                <th scope="col">{t("status")}</th>
                <th scope="col">{staff ? t("pending") : t("myIntent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const mine = c.intents[0];
                return (
                  <tr key={c.id}>
                    <td>
                      <Link href={`/calls/${c.id}`}>{c.title}</Link>
                    </td>
                    <td className="nowrap">{industryName(c.industry)}</td>
                    <td className="nowrap">{formatDate(c.deadline)}</td>
                    <td className="nowrap">
                      <span className={`badge ${c.open ? "blue" : "grey"}`}>{c.open ? t("open") : t("closed")}</span>
                    </td>
                    <td className="nowrap">{staff ? c._count.intents : mine ? t(`intentStatus.${mine.status}`) : t("noIntent")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("pagerLabel")} />
    </>
  );
}

export default withPageText("app/(portal)/calls/page.tsx", CallsPage);
