import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage, notFoundOnMissing } from "@/lib/alliances/page-alliance";
import { findAllianceReports } from "@/lib/assessment/reports";
import { GRADE_LABELS } from "@/lib/assessment/scheme";
import { formatDate } from "@/components/ui/format";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { ReportStatusBadge } from "@/components/assessment/report-status-badge";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { canRunFiledAlliance } from "@/lib/authz/alliance-abilities";

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return allianceMetadata(params, "年度报告");
}

export default async function AllianceReportsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const rows = await findAllianceReports(user, alliance.id).catch(notFoundOnMissing);
  const writes = canRunFiledAlliance(user, alliance);
  return (
    <>
      <OperationTabs allianceId={alliance.id} current="/reports" />
      <h1>{alliance.name}：年度报告与考核</h1>
      <p className="muted">
        依据《实施方案》八（四），服务中心对备案联盟定期进行考核；连续两年考核结果不达标的，取消备案资格。考核结果经服务中心公布后在此显示。
      </p>
      <div className="table-wrap">
        <table>
          <caption>各年度报告与考核结果</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">考核方案</th>
              <th scope="col">报告状态</th>
              <th scope="col">提交截止日期</th>
              <th scope="col">提交时间</th>
              <th scope="col">得分</th>
              <th scope="col">等级</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  暂无年度报告
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
                    <span className="badge grey">不参加本年度考核</span> <span className="small">{r.notCovered}</span>
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
                      <span className="muted">未公布</span>
                    )}
                  </td>
                  <td>
                    <Link href={`/alliances/${alliance.id}/reports/${r.year}`}>
                      {writes && !r.notCovered && (r.status === "NONE" || r.status === "DRAFT" || r.status === "RETURNED") ? "填报" : "查看"}
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
