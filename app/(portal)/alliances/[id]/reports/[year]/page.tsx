import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { notFoundOnMissing } from "@/lib/alliances/page-alliance";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/http/authed-route";
import { getTranslations } from "next-intl/server";
import { openReport } from "@/lib/assessment/reports";
import { findReportHistory } from "@/lib/assessment/report-return";
import { ReportReturnNotes, ReportVersionDiff, returnTargets } from "@/components/assessment/report-history";
import { formatDate } from "@/components/ui/format";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { ReportForm } from "@/components/assessment/report-form";
import { ReportEvidence } from "@/components/assessment/report-evidence";
import { ReportStatusBadge } from "@/components/assessment/report-status-badge";
import { ReportView, reportFieldsOf } from "@/components/assessment/report-view";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string; year: string }> }): Promise<Metadata> {
  const { id, year } = await params;
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(Promise.resolve({ id }), /^\d{4}$/.test(year) ? t("reportOfYear", { year }) : t("report"));
}

async function AnnualReportPage({ params }: { params: Promise<{ id: string; year: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id, year } = await params;
  if (!isUuid(id) || !/^\d{4}$/.test(year)) notFound();
  const page = await openReport(user, id, Number(year)).catch((err: unknown) => {
    // Issue 17 item 4: a year whose assessment does not cover the alliance has no report; the server says why.
    if (AppError.is(err, "FORBIDDEN")) return { refused: err.message };
    return notFoundOnMissing(err);
  });
  const tr = await getTranslations("alliances.report");
  if ("refused" in page) {
    return (
      <>
        <OperationTabs allianceId={id} current="/reports" />
        <p className="no-print">
          <Link href={`/alliances/${id}/reports`}>← {tr("back")}</Link>
        </p>
        <h1>{tr("yearHeading", { year })}</h1>
        <p className="alert info" role="status" data-testid="report-not-covered">
          {page.refused}
        </p>
      </>
    );
  }
  const { scheme, report } = page;
  const fields = reportFieldsOf(page.definition, page.counts);
  const [history, t] = await Promise.all([report ? findReportHistory(user, report.id) : Promise.resolve(null), getTranslations("reportReturn")]);
  const labels = Object.fromEntries(
    returnTargets(page.definition, { narrative: t("narrative"), nextYearPlan: t("nextYearPlan"), evidence: t("evidence") }).map((x) => [x.value, x.label]),
  );
  return (
    <>
      <OperationTabs allianceId={page.alliance.id} current="/reports" />
      <p className="no-print">
        <Link href={`/alliances/${page.alliance.id}/reports`}>← {tr("back")}</Link>
      </p>
      <h1>
        {tr("heading", { name: page.alliance.name, year: String(scheme.year) })} <ReportStatusBadge status={report?.status ?? "NONE"} />
      </h1>
      <p className="muted">
        {tr("basis", { title: scheme.title, due: formatDate(scheme.reportDue) })}
        {scheme.returned && ` · ${t("correctionDueLine", { due: scheme.dueDay })}`}
        {page.editable && !page.pastDue && tr("daysLeft", { days: scheme.daysLeft })}
      </p>
      {page.editable && page.pastDue && (
        <p className="alert error" role="alert">
          {tr("pastDue", { year: String(scheme.year), due: scheme.dueDay })}
        </p>
      )}
      {!report && <p className="alert info">{tr("notFiled", { year: String(scheme.year) })}</p>}
      {page.notCovered && (
        <p className="alert info" role="status" data-testid="report-not-covered">
          {page.notCovered}
        </p>
      )}
      {history?.openReturn && (
        <p className="alert error" role="status" data-testid="report-returned">
          {t("returnedNotice", { due: history.openReturn.dueDay })}
        </p>
      )}
      {history && <ReportReturnNotes history={history} labels={labels} />}
      {report && page.editable && (
        <ReportForm
          reportId={report.id}
          version={report.version}
          dueDay={scheme.dueDay}
          fields={fields}
          initial={{
            figures: Object.fromEntries(fields.map((f) => [f.code, f.counted ? f.counted.count : (report.figures[f.code] ?? null)])),
            narrative: report.narrative,
            nextYearPlan: report.nextYearPlan,
          }}
        />
      )}
      {report && !page.editable && (
        <>
          {report.status === "DRAFT" && <p className="alert info">{tr("draftShown")}</p>}
          <ReportView
            fields={fields}
            figures={report.figures}
            narrative={report.narrative}
            nextYearPlan={report.nextYearPlan}
            submittedAt={report.submittedAt}
            assessment={page.assessment}
          />
        </>
      )}
      {history && history.submissions.length > 1 && <ReportVersionDiff history={history} />}
      {report && (
        <ReportEvidence
          reportId={report.id}
          editable={page.editable}
          items={page.evidence.map((e) => ({ documentId: e.documentId, id: e.id, fileName: e.fileName, byteSize: e.byteSize }))}
        />
      )}
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/reports/[year]/page.tsx", AnnualReportPage);
