import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findAlliances } from "@/lib/alliances/find-alliances";
import { ALLIANCE_LIST } from "@/lib/alliances/alliance-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { STATES } from "@/lib/workflow/states";
import { StateBadge } from "@/components/ui/state-badge";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { formatDateTime } from "@/components/ui/format";

import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliances");
  return { title: t("heading") };
}

async function AlliancesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const t = await getTranslations();
  const list = ALLIANCE_LIST.parse(await searchParams);
  const [{ rows, total, page, pageSize }, industries] = await Promise.all([findAlliances(user, list), listIndustries()]);
  return (
    <>
      <h1>{t("alliances.heading")}</h1>
      <form className="filters card" method="get" role="search" aria-label={t("alliances.filterLabel")}>
        <SearchField label={t("alliances.searchLabel")} value={list.q} />
        <FilterSelect
          name="state"
          label={t("alliances.state")}
          value={list.filters.state}
          choices={STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        />
        <FilterSelect
          name="industry"
          label={t("alliances.industry")}
          value={list.filters.industry}
          choices={industries.map((i) => ({ value: i.code, label: i.name }))}
        />
        <SortFields list={list} />
        <button type="submit">{t("alliances.filter")}</button>
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("alliances.listUnit")} problems={list.problems} />
      {rows.length === 0 ? (
        <p className="card">{t("alliances.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <SortHeader label={t("alliances.name")} sortKey="name" list={list} />
                <SortHeader label={t("alliances.industry")} sortKey="industry" list={list} />
                <SortHeader label={t("alliances.lead")} sortKey="lead" list={list} />
                <SortHeader label={t("alliances.members")} sortKey="members" list={list} />
                <SortHeader label={t("alliances.state")} sortKey="state" list={list} />
                <SortHeader label={t("alliances.filingNo")} sortKey="number" list={list} />
                <SortHeader label={t("alliances.updated")} sortKey="updated" list={list} />
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/alliances/${a.id}`}>{a.name}</Link>
                  </td>
                  <td className="nowrap">{industryName(a.industry)}</td>
                  <td>{a.leadOrg.name}</td>
                  <td className="num">{a._count.memberships}</td>
                  <td>
                    <StateBadge state={a.state} />
                  </td>
                  <td className="filing-no">{a.filing?.number ?? ""}</td>
                  <td className="nowrap">{formatDateTime(a.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("alliances.pagerLabel")} />
    </>
  );
}

export default withPageText("app/(portal)/alliances/page.tsx", AlliancesPage);
