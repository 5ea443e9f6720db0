import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findQueue, queueStatesOf } from "@/lib/review/queue";
import { QUEUE_LIST } from "@/lib/review/queue-list";
import { listDivisions, listIndustries } from "@/lib/alliances/list-industries";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";
import { divisionName } from "@/lib/review/units";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.queue");
  return { title: t("title") };
}

const AGES = ["overdue", "gt7", "gt30"] as const;

async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.review);
  const t = await getTranslations();
  const list = QUEUE_LIST.parse(await searchParams);
  const states = queueStatesOf(user);
  const [queue, industries, divisions] = await Promise.all([findQueue(user, list), listIndustries(), listDivisions()]);
  const { rows, total, page, pageSize, overdueTotal } = queue;
  const f = list.filters;
  // A division reviewer only ever sees their own division's industries; the filter offers just those.
  const ownIndustries = user.divisionId ? industries.filter((i) => i.divisionId === user.divisionId) : industries;
  return (
    <>
      <h1>{t("nav.review")}</h1>
      <p className="muted">{t("review.queue.intro")}</p>
      <form className="filters card" method="get" role="search" aria-label={t("review.queue.filterLabel")}>
        <SearchField label={t("review.queue.searchField")} value={list.q} />
        {states.length > 1 && (
          <FilterSelect name="state" label={t("review.queue.stage")} value={f.state} choices={states.map((s) => ({ value: s, label: t(`states.${s}`) }))} />
        )}
        <FilterSelect
          name="industry"
          label={t("review.queue.industry")}
          value={f.industry}
          choices={ownIndustries.map((i) => ({ value: i.code, label: i.name }))}
        />
        {!user.divisionId && (
          <FilterSelect
            name="division"
            label={t("review.queue.division")}
            value={f.division}
            choices={divisions.map((d) => ({ value: d.id, label: d.name }))}
          />
        )}
        <FilterSelect
          name="age"
          label={t("review.queue.age")}
          value={f.age}
          choices={AGES.map((value) => ({ value, label: t(`review.queue.ages.${value}`) }))}
        />
        <SortFields list={list} />
        <button type="submit">{t("review.queue.filter")}</button>
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("review.queue.unit")} problems={list.problems} />
      {overdueTotal > 0 && (
        <p className="muted small" data-testid="queue-overdue">
          {t("review.queue.overdueTotal", { count: String(overdueTotal) })}
        </p>
      )}
      <p className="muted small">{t("serviceTime.note")}</p>
      {rows.length === 0 ? (
        <p className="card">{total === 0 && Object.keys(list.query).length === 0 ? t("review.queue.none") : t("review.queue.noMatch")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="queue">
            <thead>
              <tr>
                <SortHeader label={t("review.queue.name")} sortKey="name" list={list} />
                <SortHeader label={t("review.queue.industry")} sortKey="industry" list={list} />
                <th scope="col">{t("review.queue.division")}</th>
                <SortHeader label={t("review.queue.lead")} sortKey="lead" list={list} />
                <SortHeader label={t("review.queue.stage")} sortKey="state" list={list} />
                <SortHeader label={t("review.queue.version")} sortKey="version" list={list} />
                <SortHeader label={t("review.queue.since")} sortKey="since" list={list} />
                <th scope="col">{t("review.queue.stayed")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.overdue ? "overdue" : undefined}>
                  <td>
                    <Link href={`/alliances/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{industryName(r.industry)}</td>
                  <td>{r.industry.division ? divisionName(r.industry.division) : ""}</td>
                  <td>{r.leadOrg.name}</td>
                  <td>
                    <StateBadge state={r.state} />
                  </td>
                  <td>{t("review.queue.versionNo", { version: r.currentVersionNo, resubmitted: r.resubmitted ? "yes" : "no" })}</td>
                  <td className="date">{formatDate(r.stateSince)}</td>
                  <td>
                    {t("serviceTime.queueAge", { days: r.workingDays })}
                    {r.limitDays !== null && r.dueOn && (
                      <span className="muted small">{t("serviceTime.queueLimit", { limit: r.limitDays, due: r.dueOn })}</span>
                    )}
                    {r.overdue && <strong className="error-text">{t("review.queue.overdueMark")}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={total} pageSize={pageSize} params={list.query} label={t("review.queue.pagerLabel")} />
    </>
  );
}

export default withPageText("app/(portal)/review/page.tsx", ReviewQueuePage);
