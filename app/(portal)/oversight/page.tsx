import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findOversightItems, findOversightSection, TERM_WINDOW_DAYS } from "@/lib/oversight/find-oversight";
import { OVERSIGHT_LIST, OVERSIGHT_SECTIONS, type OversightListState, type OversightSection } from "@/lib/oversight/oversight-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { RevocationSummary } from "@/components/assessment/revocation-summary";
import { FlaggedChanges } from "@/components/membership/flagged-changes";
import { ExpiringTerms } from "@/components/operation/expiring-terms";
import { PendingDissolutions } from "@/components/operation/pending-dissolutions";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("oversight");
  return { title: t("title") };
}

async function OversightPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.oversight);
  const list = OVERSIGHT_LIST.parse(await searchParams);
  const section = list.filters.section;
  const t = await getTranslations("oversight");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {t.rich("intro", {
          assessment: (chunks) => <Link href="/assessment">{chunks}</Link>,
          dashboard: (chunks) => <Link href="/dashboard">{chunks}</Link>,
        })}
      </p>
      <nav className="tabs no-print" aria-label={t("tabsLabel")}>
        <ul>
          <li>
            <Link href="/oversight" aria-current={section ? undefined : "page"}>
              {t("overview")}
            </Link>
          </li>
          {OVERSIGHT_SECTIONS.map((s) => (
            <li key={s}>
              <Link href={`/oversight?section=${s}`} aria-current={section === s ? "page" : undefined}>
                {t(`sections.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section ? <SectionList user={user} list={list} section={section} /> : <Overview user={user} problems={list.problems} />}
    </>
  );
}

type User = Awaited<ReturnType<typeof requirePageUser>>;

async function Overview({ user, problems }: { user: User; problems: Record<string, string> }) {
  const items = await findOversightItems(user);
  const t = await getTranslations("oversight");
  return (
    <>
      {Object.keys(problems).length > 0 && (
        <div className="alert warn small" role="status" data-testid="param-problems">
          {t("paramProblems", { list: Object.values(problems).join(t("listSep")) })}
        </div>
      )}
      <RevocationSummary rows={items.revocations.rows} total={items.revocations.total} />
      <PendingDissolutions rows={items.dissolutions.rows} total={items.dissolutions.total} more="/oversight?section=dissolutions" />
      <FlaggedChanges rows={items.flaggedChanges.rows} total={items.flaggedChanges.total} more="/oversight?section=flagged" />
      <ExpiringTerms rows={items.expiringTerms.rows} total={items.expiringTerms.total} withinDays={TERM_WINDOW_DAYS} more="/oversight?section=terms" />
    </>
  );
}

async function SectionList({ user, list: state, section }: { user: User; list: OversightListState; section: OversightSection }) {
  const [found, industries] = await Promise.all([findOversightSection(user, state), listIndustries()]);
  const { total, page, pageSize } = found;
  const searched = Boolean(state.q || state.filters.industry);
  const t = await getTranslations("oversight");
  const sectionLabel = t(`sections.${section}`);
  return (
    <>
      <form className="filters card no-print" method="get" role="search" aria-label={t("searchLabel", { section: sectionLabel })}>
        <input type="hidden" name="section" value={section} />
        <SearchField label={t("search")} value={state.q} />
        <FilterSelect
          name="industry"
          label={t("industry")}
          value={state.filters.industry}
          choices={industries.map((i) => ({ value: i.code, label: i.name }))}
        />
        <SortFields list={state} />
        <button type="submit">{t("submit")}</button>
        {searched && <Link href={`/oversight?section=${section}`}>{t("clear")}</Link>}
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("unit")} problems={state.problems} />
      {found.section === "revocations" && <RevocationSummary rows={found.rows} total={found.total} list={state} />}
      {found.section === "dissolutions" && <PendingDissolutions rows={found.rows} total={found.total} list={state} />}
      {found.section === "flagged" && <FlaggedChanges rows={found.rows} total={found.total} list={state} />}
      {found.section === "terms" && <ExpiringTerms rows={found.rows} total={found.total} withinDays={TERM_WINDOW_DAYS} list={state} />}
      <Pager page={page} total={total} pageSize={pageSize} params={state.query} label={t("pagerLabel", { section: sectionLabel })} />
    </>
  );
}

export default withPageText("app/(portal)/oversight/page.tsx", OversightPage);
