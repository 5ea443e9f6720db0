import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { listCalendarDays } from "@/lib/calendar/calendar";
import { chinaDateOf } from "@/lib/calendar/working-days";
import { CalendarDayForm, RemoveCalendarDayButton } from "@/components/admin/calendar-form";
import { formatDate } from "@/components/ui/format";
import { StoredText } from "@/components/ui/stored-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

async function CalendarPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.calendar);
  const t = await getTranslations("calendar");
  const thisYear = Number(chinaDateOf(new Date()).slice(0, 4));
  const asked = Number((await searchParams).year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2099 ? asked : thisYear;
  const days = await listCalendarDays(user, year);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <nav className="actions" aria-label={t("year")}>
        <Link href={`/admin/calendar?year=${year - 1}`}>‹ {year - 1}</Link>
        <strong>{year}</strong>
        <Link href={`/admin/calendar?year=${year + 1}`}>{year + 1} ›</Link>
      </nav>
      {days.length === 0 ? (
        <p className="card">{t("empty", { year })}</p>
      ) : (
        <>
          <p className="muted small">
            {t("count", { year, holidays: days.filter((d) => d.kind === "HOLIDAY").length, workdays: days.filter((d) => d.kind === "WORKDAY").length })}
          </p>
          <div className="table-wrap">
            <table data-testid="calendar-days">
              <thead>
                <tr>
                  <th>{t("date")}</th>
                  <th>{t("weekday")}</th>
                  <th>{t("kind")}</th>
                  <th>{t("name")}</th>
                  <th>{t("updatedBy")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.date}>
                    <td className="date">{formatDate(new Date(`${d.date}T00:00:00+08:00`))}</td>
                    <td className="nowrap">{t("weekdayShort", { day: String(new Date(`${d.date}T00:00:00Z`).getUTCDay()) })}</td>
                    <td className="nowrap">{d.kind === "WORKDAY" ? <span className="badge">{t("WORKDAY")}</span> : t("HOLIDAY")}</td>
                    <td>
                      <StoredText text={d.name} />
                    </td>
                    <td>{d.updatedBy}</td>
                    <td>
                      <RemoveCalendarDayButton date={d.date} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{t("add")}</h2>
      <CalendarDayForm year={year} />
    </>
  );
}

export default withPageText("app/(portal)/admin/calendar/page.tsx", CalendarPage);
