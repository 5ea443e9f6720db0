import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { getMeeting } from "@/lib/meetings/meetings";
import { isUuid } from "@/lib/http/authed-route";
import { isPdfAvailable } from "@/lib/documents/pdf";
import { StateBadge } from "@/components/ui/state-badge";
import { formatDate } from "@/components/ui/format";
import { DecisionForm } from "@/components/meetings/decision-form";
import { meetingDateDefault } from "@/lib/meetings/meeting-date";
import { chinaTodayIso } from "@/lib/validation/membership";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "厅务会议程" };

const OUTCOME = { PENDING: "待登记", APPROVE: "审议通过", REJECT: "不予通过", DEFER: "暂缓审议" } as const;

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const meeting = await getMeeting(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  // The form pre-fills a date the rule accepts: the planned date once it has come, else today (七（三）).
  const dateDefault = meetingDateDefault(meeting.heldOn ? meeting.heldOn.toISOString().slice(0, 10) : null, chinaTodayIso());
  const pdf = await isPdfAvailable();
  return (
    <>
      <h1>
        {meeting.sessionNo}厅务会：{meeting.title}
      </h1>
      <p>
        会议日期：{meeting.heldOn ? formatDate(meeting.heldOn) : "待定"}　状态：{meeting.closedAt ? "已结束" : "进行中"}
      </p>
      <p className="no-print">
        <a className="button secondary" href={`/api/meetings/${meeting.id}/packet`}>
          下载审议材料（.docx）
        </a>
        {pdf && (
          <>
            　
            <a className="button secondary" href={`/api/meetings/${meeting.id}/packet?format=pdf`}>
              下载审议材料（PDF）
            </a>
          </>
        )}
        <span className="muted small">　含每项申报的基本情况、政策符合性检查结果、各环节审核意见及退回后修改情况</span>
      </p>
      {!pdf && <p className="muted small no-print">本服务器未安装 PDF 转换组件（LibreOffice），暂只提供 .docx 文件。</p>}
      <div className="table-wrap">
        <table data-testid="agenda">
          <thead>
            <tr>
              <th>序号</th>
              <th>联盟名称</th>
              <th>产业</th>
              <th>牵头单位</th>
              <th>审议版本</th>
              <th>当前状态</th>
              <th>审议结论</th>
            </tr>
          </thead>
          <tbody>
            {meeting.decisions.map((d, i) => (
              <tr key={d.id}>
                <td>{i + 1}</td>
                <td>
                  <Link href={`/alliances/${d.alliance.id}`}>{d.alliance.name}</Link>
                </td>
                <td className="nowrap">{d.alliance.industry.name}</td>
                <td>{d.alliance.leadOrg.name}</td>
                <td>第 {d.versionNo} 版</td>
                <td>
                  <StateBadge state={d.alliance.state} />
                </td>
                <td>
                  {OUTCOME[d.outcome]}
                  {d.note ? `：${d.note}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!meeting.closedAt &&
        meeting.decisions
          .filter((d) => d.outcome === "PENDING")
          .map((d) => (
            <DecisionForm
              key={d.id}
              meetingId={meeting.id}
              allianceId={d.alliance.id}
              allianceName={d.alliance.name}
              version={d.alliance.version}
              heldOn={dateDefault.value}
              plannedOn={dateDefault.plannedInFuture && meeting.heldOn ? meeting.heldOn.toISOString().slice(0, 10) : null}
              today={chinaTodayIso()}
            />
          ))}
    </>
  );
}
