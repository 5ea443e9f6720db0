import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { listInNotice, listPublicFilings } from "@/lib/public/notices";
import { NOTICE_LIST, NOTICE_STATUSES } from "@/lib/public/notice-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge, noticeStatusLabel } from "@/components/public/notice-status";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("public.notices");
  return { title: t("title") };
}

// The 实施方案 dates from 2023; the first filings were made that year.
const FIRST_YEAR = 2023;

async function PublicNoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const list = NOTICE_LIST.parse(await searchParams);
  const filtered = Object.keys(list.query).length > 0;
  // The box of running notices only above the unfiltered directory: each filing is rendered once per
  // page at most twice (running and listed), never the whole directory twice.
  const [directory, inNotice, industries, t] = await Promise.all([
    listPublicFilings(list),
    filtered ? Promise.resolve(null) : listInNotice(),
    listIndustries(),
    getTranslations("public.notices"),
  ]);
  const { rows, total, page, pageSize } = directory;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {inNotice && (
        <section className="card" aria-labelledby="in-h">
          <h2 id="in-h">{t("inNotice", { count: inNotice.length })}</h2>
          {inNotice.length === 0 ? <p className="muted">{t("noneInNotice")}</p> : <NoticeTable rows={inNotice} />}
        </section>
      )}
      <section className="card" aria-labelledby="all-h">
        <h2 id="all-h">{t("directory")}</h2>
        <form className="filters" method="get" role="search" aria-label={t("searchLabel")}>
          <SearchField label={t("searchField")} value={list.q} />
          <FilterSelect
            name="status"
            label={t("status")}
            value={list.filters.status}
            choices={NOTICE_STATUSES.map((s) => ({ value: s, label: noticeStatusLabel(s) }))}
          />
          <FilterSelect
            name="industry"
            label={t("industry")}
            value={list.filters.industry}
            choices={industries.map((i) => ({ value: i.code, label: i.name }))}
          />
          <FilterSelect name="year" label={t("year")} value={list.query.year} choices={years.map((y) => ({ value: y, label: t("yearOption", { year: y }) }))} />
          <SortFields list={list} />
          <button type="submit">{t("search")}</button>
          {filtered && <Link href="/public/notices">{t("clear")}</Link>}
        </form>
        <ListStatus total={total} page={page} pageSize={pageSize} unit={t("unit")} problems={list.problems} />
        {rows.length === 0 ? <p className="muted">{t("empty")}</p> : <NoticeTable rows={rows} list={list} />}
        <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("pagerLabel")} />
      </section>
    </>
  );
}

type Row = Awaited<ReturnType<typeof listInNotice>>[number] | Awaited<ReturnType<typeof listPublicFilings>>["rows"][number];

async function NoticeTable({ rows, list }: { rows: readonly Row[]; list?: { sort: string; dir: "asc" | "desc"; query: Record<string, string> } }) {
  const t = await getTranslations("public");
  const head = (label: string, key: string) => (list ? <SortHeader label={label} sortKey={key} list={list} /> : <th scope="col">{label}</th>);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            {head(t("notices.number"), "number")}
            {head(t("notices.name"), "name")}
            {head(t("notices.industry"), "industry")}
            {head(t("notices.lead"), "lead")}
            {head(t("notices.filed"), "filed")}
            <th scope="col">{t("notices.noticePeriod")}</th>
            <th scope="col">{t("notices.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="filing-no">{r.number}</td>
              <td>
                <Link href={`/public/notices/${r.id}`}>{r.alliance.name}</Link>
              </td>
              <td className="nowrap">{industryName(r.alliance.industry)}</td>
              <td>{r.alliance.leadOrg.name}</td>
              <td className="nowrap">{formatDate(r.filedAt)}</td>
              <td className="nowrap">{t("period", { start: formatDate(r.noticeStartsOn), end: formatDate(r.noticeEndsOn) })}</td>
              <td>
                <NoticeStatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default withPageText("app/public/notices/page.tsx", PublicNoticesPage);
