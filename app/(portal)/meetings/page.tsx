import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findAgendaCandidates, listMeetings } from "@/lib/meetings/meetings";
import { formatDate } from "@/components/ui/format";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "厅务会" };

export default async function MeetingsPage() {
  const user = await requirePageUser(PAGE_ROLES.meetings);
  const [meetings, waiting] = await Promise.all([listMeetings(user), findAgendaCandidates(user)]);
  return (
    <>
      <h1>厅务会审议</h1>
      <p className="muted">依据《实施方案》七（三）：省科技厅根据各处室提交材料和意见，经厅务会审议后，由省科技创新研究院予以备案。</p>
      <p className="no-print">
        <Link className="button" href="/meetings/new">
          安排会议议程
        </Link>
        <span className="muted">　待列入议程的申报：{waiting.length} 项</span>
      </p>
      {meetings.length === 0 ? (
        <p className="card">尚未安排厅务会</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>会议届次</th>
                <th>议题</th>
                <th>会议日期</th>
                <th>审议事项</th>
                <th>状态</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => {
                const pending = m.decisions.filter((d) => d.outcome === "PENDING").length;
                return (
                  <tr key={m.id}>
                    <td>
                      <Link href={`/meetings/${m.id}`}>{m.sessionNo}</Link>
                    </td>
                    <td>{m.title}</td>
                    <td>{m.heldOn ? formatDate(m.heldOn) : "待定"}</td>
                    <td>
                      {m.decisions.length} 项{pending ? `（待登记 ${pending} 项）` : ""}
                    </td>
                    <td>{m.closedAt ? "已结束" : "进行中"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
