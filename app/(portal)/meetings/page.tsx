import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { countAgendaCandidates, listMeetings } from "@/lib/meetings/meetings";
import { MEETING_LIST } from "@/lib/meetings/meeting-list";
import { formatDate } from "@/components/ui/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.list");
  return { title: t("title") };
}

async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const list = MEETING_LIST.parse(await searchParams);
  const [meetings, waiting, t] = await Promise.all([listMeetings(user, list), countAgendaCandidates(user), getTranslations("meetings.list")]);
  const { rows, total, page, pageSize } = meetings;
  const filtered = Object.keys(list.query).length > 0;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="muted">{t("intro")}</p>
      <p className="no-print">
        <Link className="button" href="/meetings/new">
          {t("schedule")}
        </Link>
        <span className="muted">{t("waiting", { count: String(waiting) })}</span>
      </p>
      <form className="filters card no-print" method="get" role="search" aria-label={t("searchLabel")}>
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
        <SortFields list={list} />
        <button type="submit">{t("search")}</button>
        {filtered && <Link href="/meetings">{t("clear")}</Link>}
      </form>
      <ListStatus total={total} page={page} pageSize={pageSize} unit={t("unit")} problems={list.problems} />
      {rows.length === 0 ? (
        <p className="card">{total === 0 && !filtered ? t("none") : t("noMatch")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="meetings">
            <thead>
              <tr>
                <SortHeader label={t("session")} sortKey="session" list={list} />
                <SortHeader label={t("topic")} sortKey="title" list={list} />
                <SortHeader label={t("heldOn")} sortKey="held" list={list} />
                <SortHeader label={t("items")} sortKey="items" list={list} />
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => {
                const pending = m.decisions.filter((d) => d.outcome === "PENDING").length;
                return (
                  <tr key={m.id}>
                    <td className="nowrap">
                      <Link href={`/meetings/${m.id}`}>{m.sessionNo}</Link>
                    </td>
                    <td>{m.title}</td>
                    <td className="nowrap">{m.heldOn ? formatDate(m.heldOn) : t("tbd")}</td>
                    <td>{t("itemCount", { count: String(m.decisions.length), pending: String(pending) })}</td>
                    <td className="nowrap">{m.closedAt ? t("closed") : t("open")}</td>
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

export default withPageText("app/(portal)/meetings/page.tsx", MeetingsPage);
