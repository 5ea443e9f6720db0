import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findSchemes } from "@/lib/assessment/schemes";
import { formatDate } from "@/components/ui/format";
import { SchemeStatusBadge } from "@/components/assessment/scheme-status-badge";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "年度考核" };

export default async function AssessmentPage() {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const schemes = await findSchemes(user);
  return (
    <>
      <h1>年度考核</h1>
      <p className="muted">
        省科技厅委托服务中心对备案的创新联盟实行动态管理，定期进行考核；连续两年考核结果不达标的，取消备案资格（《实施方案》八（四））。每年设置一个考核方案，发布后各联盟据此提交年度报告。
      </p>
      <p className="actions">
        <Link className="button" href="/assessment/schemes/new">
          新建年度考核方案
        </Link>
      </p>
      <div className="table-wrap">
        <table>
          <caption>各年度考核方案</caption>
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">方案名称</th>
              <th scope="col">状态</th>
              <th scope="col">报告截止日期</th>
              <th scope="col">已提交报告 / 已备案联盟</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {schemes.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  尚未设置考核方案
                </td>
              </tr>
            )}
            {schemes.map((s) => (
              <tr key={s.id}>
                <td>{s.year}</td>
                <td>
                  <Link href={`/assessment/schemes/${s.id}`}>{s.title}</Link>
                </td>
                <td>
                  <SchemeStatusBadge status={s.status} />
                </td>
                <td className="nowrap">{formatDate(s.reportDue)}</td>
                <td>{s.status === "DRAFT" ? <span className="muted">未发布</span> : `${s.submitted} / ${s.filed}`}</td>
                <td>
                  <Link href={`/assessment/schemes/${s.id}`}>{s.status === "DRAFT" ? "编辑、发布" : "查看方案"}</Link>
                  {s.status !== "DRAFT" && (
                    <>
                      　<Link href={`/assessment/reports?scheme=${s.id}`}>报告与评分</Link>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
