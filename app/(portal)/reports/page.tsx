import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findReportTasks } from "@/lib/assessment/reports";
import { formatDate } from "@/components/ui/format";
import { ReportStatusBadge } from "@/components/assessment/report-status-badge";
import { ScoreGradeBadge } from "@/components/assessment/score-grade-badge";
import { findOwnPublishedResults } from "@/lib/assessment/published-results";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("annualReports");
  return { title: t("title") };
}

async function ReportsPage() {
  const user = await requirePageUser(PAGE_ROLES.reports);
  const [tasks, results] = await Promise.all([findReportTasks(user), findOwnPublishedResults(user)]);
  const tr = await getTranslations("annualReports");
  return (
    <>
      <h1>{tr("title")}</h1>
      <p className="muted">{tr("intro")}</p>
      <div className="table-wrap">
        <table>
          <caption>{tr("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("col.alliance")}</th>
              <th scope="col">{tr("col.year")}</th>
              <th scope="col">{tr("col.status")}</th>
              <th scope="col">{tr("col.due")}</th>
              <th scope="col">{tr("col.daysLeft")}</th>
              <th scope="col">{tr("col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  {tr("empty")}
                </td>
              </tr>
            )}
            {tasks.map((t) => {
              if (t.notCovered) {
                // Issue 17 item 4: the year's assessment does not cover this alliance; no report is due.
                return (
                  <tr key={`${t.allianceId}-${t.year}`} data-testid="report-not-covered">
                    <td>{t.allianceName}</td>
                    <td>{t.year}</td>
                    <td colSpan={3}>
                      <span className="badge grey">{tr("notCovered")}</span> <span className="small">{t.notCovered}</span>
                    </td>
                    <td>{t.status === "NONE" ? "—" : <Link href={`/alliances/${t.allianceId}/reports/${t.year}`}>{tr("view")}</Link>}</td>
                  </tr>
                );
              }
              const open = t.status === "NONE" || t.status === "DRAFT" || t.status === "RETURNED";
              return (
                <tr key={`${t.allianceId}-${t.year}`}>
                  <td>{t.allianceName}</td>
                  <td>{t.year}</td>
                  <td>
                    <ReportStatusBadge status={t.status} />
                  </td>
                  <td className="nowrap">{formatDate(t.reportDue)}</td>
                  <td>
                    {!open ? (
                      "—"
                    ) : t.daysLeft < 0 ? (
                      <span className="badge red">{tr("overdue")}</span>
                    ) : t.daysLeft <= 7 ? (
                      <span className="badge amber">{tr("days", { n: t.daysLeft })}</span>
                    ) : (
                      tr("days", { n: t.daysLeft })
                    )}
                  </td>
                  <td>
                    <Link href={`/alliances/${t.allianceId}/reports/${t.year}`}>{open && t.daysLeft >= 0 ? tr("fill") : tr("view")}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {results.length > 0 && (
        // Leads on from an empty list: each filed alliance's latest published result and its history.
        <section className="card" aria-labelledby="results-h">
          <h2 id="results-h">{tr("resultsHeading")}</h2>
          <ul className="plain">
            {results.map((a) => (
              <li key={a.id}>
                {tr("allianceName", { name: a.name })}
                {a.assessments[0] ? (
                  <>
                    {tr("year", { year: String(a.assessments[0].year) })} <ScoreGradeBadge grade={a.assessments[0].grade} />
                  </>
                ) : (
                  <span className="muted">{tr("noResult")}</span>
                )}{" "}
                <Link href={`/alliances/${a.id}/reports`}>{tr("history")}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

export default withPageText("app/(portal)/reports/page.tsx", ReportsPage);
