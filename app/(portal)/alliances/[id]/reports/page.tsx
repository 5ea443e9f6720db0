import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage, notFoundOnMissing } from "@/lib/alliances/page-alliance";
import { findAllianceReports } from "@/lib/assessment/reports";
import { GRADE_LABELS } from "@/lib/assessment/scheme";
import { formatDate } from "@/components/ui/format";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { ReportStatusBadge } from "@/components/assessment/report-status-badge";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { canRunFiledAlliance } from "@/lib/authz/alliance-abilities";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("reports"));
}

async function AllianceReportsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const rows = await findAllianceReports(user, alliance.id).catch(notFoundOnMissing);
  const writes = canRunFiledAlliance(user, alliance);
  const t = await getTranslations("alliances.reports");
  return (
    <>
      <OperationTabs allianceId={alliance.id} current="/reports" />
      <h1>{t("heading", { name: alliance.name })}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="table-wrap">
        <table>
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col">{t("plan")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("due")}</th>
              <th scope="col">{t("submittedAt")}</th>
              <th scope="col">{t("score")}</th>
              <th scope="col">{t("grade")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {t("none")}
                </td>
              </tr>
            )}
            {rows.map((r) =>
              r.notCovered && r.status === "NONE" ? (
                // Issue 17 item 4: the year's assessment does not cover this alliance; no report is due.
                <tr key={r.year} data-testid="report-not-covered">
                  <td>{r.year}</td>
                  <td>{r.title}</td>
                  <td colSpan={6}>
                    <span className="badge grey">{t("notCovered")}</span> <span className="small">{r.notCovered}</span>
                  </td>
                </tr>
              ) : (
                <tr key={r.year}>
                  <td>{r.year}</td>
                  <td>{r.title}</td>
                  <td>
                    <ReportStatusBadge status={r.status} />
                  </td>
                  <td className="date">{formatDate(r.reportDue)}</td>
                  <td className="date">{formatDate(r.submittedAt)}</td>
                  <td className="num">{r.result ? r.result.score.toFixed(2) : <span className="muted">—</span>}</td>
                  <td>
                    {r.result ? (
                      <span className={`badge ${r.result.grade === "FAIL" ? "red" : "green"}`}>{GRADE_LABELS[r.result.grade]}</span>
                    ) : (
                      <span className="muted">{t("notPublished")}</span>
                    )}
                  </td>
                  <td>
                    <Link href={`/alliances/${alliance.id}/reports/${r.year}`}>
                      {writes && !r.notCovered && (r.status === "NONE" || r.status === "DRAFT" || r.status === "RETURNED") ? t("fill") : t("view")}
                    </Link>
                    {r.notCovered && <div className="small muted">{r.notCovered}</div>}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/reports/page.tsx", AllianceReportsPage);
