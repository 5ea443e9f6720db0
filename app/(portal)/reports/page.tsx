import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findReportTasks } from "@/lib/assessment/reports";
import { formatDate } from "@/components/ui/format";
import { ReportStatusBadge } from "@/components/assessment/report-status-badge";
import { ScoreGradeBadge } from "@/components/assessment/score-grade-badge";
import { findOwnPublishedResults } from "@/lib/assessment/published-results";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "年度报告" };

export default async function ReportsPage() {
  const user = await requirePageUser(PAGE_ROLES.reports);
  const [tasks, results] = await Promise.all([findReportTasks(user), findOwnPublishedResults(user)]);
  return (
    <>
      <h1>年度报告</h1>
      <p className="muted">
        服务中心对备案的创新联盟定期进行考核，连续两年考核结果不达标的取消备案资格（《实施方案》八（四））。请在截止日期前填报各联盟的年度报告并上传佐证材料。
      </p>
      <div className="table-wrap">
        <table>
          <caption>待填报的年度报告</caption>
          <thead>
            <tr>
              <th scope="col">联盟</th>
              <th scope="col">年度</th>
              <th scope="col">状态</th>
              <th scope="col">提交截止日期</th>
              <th scope="col">剩余天数</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {tasks.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  当前没有需要填报的年度报告：服务中心发布下一年度考核方案后，这里会列出待填报的报告。
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
                      <span className="badge grey">不参加本年度考核</span> <span className="small">{t.notCovered}</span>
                    </td>
                    <td>{t.status === "NONE" ? "—" : <Link href={`/alliances/${t.allianceId}/reports/${t.year}`}>查看</Link>}</td>
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
                      <span className="badge red">已过期</span>
                    ) : t.daysLeft <= 7 ? (
                      <span className="badge amber">{t.daysLeft} 天</span>
                    ) : (
                      `${t.daysLeft} 天`
                    )}
                  </td>
                  <td>
                    <Link href={`/alliances/${t.allianceId}/reports/${t.year}`}>{open && t.daysLeft >= 0 ? "填报" : "查看"}</Link>
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
          <h2 id="results-h">已发布的考核结果</h2>
          <ul className="plain">
            {results.map((a) => (
              <li key={a.id}>
                {a.name}：
                {a.assessments[0] ? (
                  <>
                    {a.assessments[0].year} 年度 <ScoreGradeBadge grade={a.assessments[0].grade} />
                  </>
                ) : (
                  <span className="muted">尚无已发布的考核结果</span>
                )}{" "}
                <Link href={`/alliances/${a.id}/reports`}>查看历年年度报告与考核结果</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
