import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findOversightItems, findOversightSection, TERM_WINDOW_DAYS } from "@/lib/oversight/find-oversight";
import { OVERSIGHT_LIST, type OversightListState, type OversightSection } from "@/lib/oversight/oversight-list";
import { listIndustries } from "@/lib/alliances/list-industries";
import { RevocationSummary } from "@/components/assessment/revocation-summary";
import { FlaggedChanges } from "@/components/membership/flagged-changes";
import { ExpiringTerms } from "@/components/operation/expiring-terms";
import { PendingDissolutions } from "@/components/operation/pending-dissolutions";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "运行监管" };

const SECTION_LABELS: Record<OversightSection, string> = {
  revocations: "取消备案建议",
  dissolutions: "待确认的解散",
  flagged: "成员变更预警",
  terms: "理事会任期提醒",
};

export default async function OversightPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.oversight);
  const list = OVERSIGHT_LIST.parse(await searchParams);
  const section = list.filters.section;
  return (
    <>
      <h1>运行监管</h1>
      <p className="muted">
        省科技厅委托服务中心对备案的创新联盟实行动态管理（《实施方案》八（四））。以下是需要服务中心处理或知悉的事项；年度考核见
        <Link href="/assessment">年度考核</Link>，全省统计见<Link href="/dashboard">统计分析</Link>。
      </p>
      <nav className="tabs no-print" aria-label="监管事项">
        <ul>
          <li>
            <Link href="/oversight" aria-current={section ? undefined : "page"}>
              概览
            </Link>
          </li>
          {(Object.keys(SECTION_LABELS) as OversightSection[]).map((s) => (
            <li key={s}>
              <Link href={`/oversight?section=${s}`} aria-current={section === s ? "page" : undefined}>
                {SECTION_LABELS[s]}
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
  return (
    <>
      {Object.keys(problems).length > 0 && (
        <div className="alert warn small" role="status" data-testid="param-problems">
          地址中的查询条件有误：{Object.values(problems).join("；")}。
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
  return (
    <>
      <form className="filters card no-print" method="get" role="search" aria-label={`查询${SECTION_LABELS[section]}`}>
        <input type="hidden" name="section" value={section} />
        <SearchField label="联盟名称或备案编号" value={state.q} />
        <FilterSelect name="industry" label="产业" value={state.filters.industry} choices={industries.map((i) => ({ value: i.code, label: i.name }))} />
        <SortFields list={state} />
        <button type="submit">查询</button>
        {searched && <Link href={`/oversight?section=${section}`}>清除条件</Link>}
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit="项" problems={state.problems} />
      {found.section === "revocations" && <RevocationSummary rows={found.rows} total={found.total} list={state} />}
      {found.section === "dissolutions" && <PendingDissolutions rows={found.rows} total={found.total} list={state} />}
      {found.section === "flagged" && <FlaggedChanges rows={found.rows} total={found.total} list={state} />}
      {found.section === "terms" && <ExpiringTerms rows={found.rows} total={found.total} withinDays={TERM_WINDOW_DAYS} list={state} />}
      <Pager page={page} total={total} pageSize={pageSize} params={state.query} label={`${SECTION_LABELS[section]}分页`} />
    </>
  );
}
