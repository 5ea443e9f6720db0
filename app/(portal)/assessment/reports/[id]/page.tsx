import Link from "next/link";
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

export const metadata: Metadata = { title: "考核评分" };

const asRecord = (v: unknown): Record<string, number> =>
  v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => typeof e[1] === "number")) : {};

export default async function ScoreReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const report = await getReportForScoring(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const [history, defaultDue, t] = await Promise.all([findReportHistory(user, report.id), defaultCorrectionDue(), getTranslations("reportReturn")]);
  const a = report.assessment;
  const locked = Boolean(a?.publishedAt) || report.scheme.status === "FROZEN";
  const returned = report.status === "RETURNED";
  const targets = returnTargets(report.definition, { narrative: t("narrative"), nextYearPlan: t("nextYearPlan"), evidence: t("evidence") });
  const labels = Object.fromEntries(targets.map((x) => [x.value, x.label]));
  return (
    <>
      <p className="no-print small">
        <Link href={`/assessment/reports?scheme=${report.schemeId}`}>← 返回{report.year}年度报告列表</Link>
      </p>
      <h1>
        {report.year}年度报告评分：{report.alliance.name}
      </h1>
      <table className="kv card">
        <caption className="muted small" style={{ textAlign: "left" }}>
          报告概况
        </caption>
        <tbody>
          <tr>
            <th scope="row">产业 / 牵头单位</th>
            <td>
              {report.alliance.industry.name} / {report.alliance.leadOrg.name}
            </td>
          </tr>
          <tr>
            <th scope="row">提交时间</th>
            <td className="nowrap">{formatDateTime(report.submittedAt)}</td>
          </tr>
          <tr>
            <th scope="row">考核方案</th>
            <td>{report.scheme.title}</td>
          </tr>
          <tr>
            <th scope="row">当前结果</th>
            <td>
              {a ? (
                <>
                  <span className="nowrap">{a.score.toFixed(2)} 分</span> <ScoreGradeBadge grade={a.grade} />　
                  <span className="nowrap">{a.publishedAt ? `已于 ${formatDateTime(a.publishedAt)} 发布` : "未发布"}</span>
                </>
              ) : (
                "尚未评分"
              )}
            </td>
          </tr>
        </tbody>
      </table>

      <section className="card" aria-labelledby="narrative-h">
        <h2 id="narrative-h">年度工作总结</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{report.narrative || <span className="muted">（未填写）</span>}</p>
        <h2>下一年度工作计划</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{report.nextYearPlan || <span className="muted">（未填写）</span>}</p>
      </section>

      <section className="card" aria-labelledby="evidence-h">
        <h2 id="evidence-h">佐证材料</h2>
        {report.evidence.length === 0 ? (
          <p className="muted">未上传佐证材料。</p>
        ) : (
          <ul>
            {report.evidence.map((d) => {
              const v = d.versions[0];
              return (
                <li key={d.id}>
                  {v ? (
                    <a href={`/api/reports/${report.id}/evidence/${v.id}`}>
                      {d.title}（{v.fileName}）
                    </a>
                  ) : (
                    d.title
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ReportVersionDiff history={history} />
      <ReportReturnNotes history={history} labels={labels} />
      {returned && history.openReturn && <p className="alert info">{t("returnedCenter", { due: history.openReturn.dueDay })}</p>}

      {locked && <p className="alert info">本年度考核结果已发布，评分不能再修改。</p>}
      {locked && a?.comment && <p className="card">考核意见：{a.comment}</p>}
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
