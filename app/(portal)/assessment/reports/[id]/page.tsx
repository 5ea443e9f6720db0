import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/http/authed-route";
import { getTranslations } from "next-intl/server";
import { getReportForScoring } from "@/lib/assessment/assess";
import { defaultCorrectionDue, findReportHistory } from "@/lib/assessment/report-return";
import { ZStoredAdjustments, ZStoredManualScores } from "@/lib/assessment/score";
import { fromJsonColumn } from "@/lib/validation/json-column";
import { formatDateTime } from "@/components/ui/format";
import { ScoreForm } from "@/components/assessment/score-form";
import { ScoreGradeBadge } from "@/components/assessment/score-grade-badge";
import { ReportReturnForm } from "@/components/assessment/report-return-form";
import { ReportReturnNotes, ReportVersionDiff, returnTargets } from "@/components/assessment/report-history";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessScore");
  return { title: t("title") };
}

const asRecord = (v: unknown): Record<string, number> =>
  v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === "number")) : {};

async function ScoreReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const report = await getReportForScoring(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const [history, defaultDue, t] = await Promise.all([findReportHistory(user, report.id), defaultCorrectionDue(), getTranslations("reportReturn")]);
  const a = report.assessment;
  const ts = await getTranslations("assessScore");
  const locked = Boolean(a?.publishedAt) || report.scheme.status === "FROZEN";
  const returned = report.status === "RETURNED";
  const targets = returnTargets(report.definition, { narrative: t("narrative"), nextYearPlan: t("nextYearPlan"), evidence: t("evidence") });
  const labels = Object.fromEntries(targets.map((x) => [x.value, x.label]));
  return (
    <>
      <p className="no-print small">
        <Link href={`/assessment/reports?scheme=${report.schemeId}`}>{ts("back", { year: String(report.year) })}</Link>
      </p>
      <h1>{ts("heading", { year: String(report.year), name: report.alliance.name })}</h1>
      <table className="kv card">
        <caption className="muted small" style={{ textAlign: "left" }}>
          {ts("overview")}
        </caption>
        <tbody>
          <tr>
            <th scope="row">{ts("industryLead")}</th>
            <td>
              {industryName(report.alliance.industry)} / {report.alliance.leadOrg.name}
            </td>
          </tr>
          <tr>
            <th scope="row">{ts("submitted")}</th>
            <td className="nowrap">{formatDateTime(report.submittedAt)}</td>
          </tr>
          <tr>
            <th scope="row">{ts("scheme")}</th>
            <td>{report.scheme.title}</td>
          </tr>
          <tr>
            <th scope="row">{ts("current")}</th>
            <td>
              {a ? (
                <>
                  <span className="nowrap">{ts("points", { score: a.score.toFixed(2) })}</span> <ScoreGradeBadge grade={a.grade} />
                  {ts("gap")}
                  <span className="nowrap">{a.publishedAt ? ts("publishedAt", { at: formatDateTime(a.publishedAt) }) : ts("notPublished")}</span>
                </>
              ) : (
                ts("notScored")
              )}
            </td>
          </tr>
        </tbody>
      </table>

      <section className="card" aria-labelledby="narrative-h">
        <h2 id="narrative-h">{ts("narrative")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{report.narrative || <span className="muted">{ts("notFilled")}</span>}</p>
        <h2>{ts("nextYearPlan")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{report.nextYearPlan || <span className="muted">{ts("notFilled")}</span>}</p>
      </section>

      <section className="card" aria-labelledby="evidence-h">
        <h2 id="evidence-h">{ts("evidence")}</h2>
        {report.evidence.length === 0 ? (
          <p className="muted">{ts("noEvidence")}</p>
        ) : (
          <ul>
            {report.evidence.map((d) => {
              const v = d.versions[0];
              return (
                <li key={d.id}>
                  {v ? <a href={`/api/reports/${report.id}/evidence/${v.id}`}>{ts("evidenceFile", { title: d.title, file: v.fileName })}</a> : d.title}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ReportVersionDiff history={history} />
      <ReportReturnNotes history={history} labels={labels} />
      {returned && history.openReturn && <p className="alert info">{t("returnedCenter", { due: history.openReturn.dueDay })}</p>}

      {locked && <p className="alert info">{ts("locked")}</p>}
      {locked && a?.comment && <p className="card">{ts("comment", { comment: a.comment })}</p>}
      {!returned && (
        <ScoreForm
          reportId={report.id}
          version={report.version}
          definition={report.definition}
          figures={asRecord(report.figures)}
          initial={{
            manualScores: fromJsonColumn(ZStoredManualScores, a?.manualScores) ?? {},
            adjustments: fromJsonColumn(ZStoredAdjustments, a?.adjustments) ?? [],
            comment: a?.comment ?? "",
          }}
          locked={locked}
        />
      )}
      {!locked && !returned && report.scheme.status === "PUBLISHED" && (
        <ReportReturnForm reportId={report.id} version={report.version} defaultDue={defaultDue} targets={targets} />
      )}
    </>
  );
}

export default withPageText("app/(portal)/assessment/reports/[id]/page.tsx", ScoreReportPage);
