import Link from "next/link";
import { listPublicFilings } from "@/lib/public/notices";
import { formatDate } from "@/components/ui/format";
import { NoticeStatusBadge } from "@/components/public/notice-status";

export const metadata = { title: "吉林省重点产业科技创新联盟备案公示" };

export default async function PublicNoticesPage() {
  const rows = await listPublicFilings();
  const inNotice = rows.filter((r) => r.status === "IN_NOTICE");
  return (
    <>
      <h1>吉林省重点产业科技创新联盟备案公示</h1>
      <p>
        依据《吉林省重点产业科技创新联盟实施方案》七（三），经省科技厅厅务会审议，由省科技创新研究院予以备案的创新联盟在此公示。
        公示期内，任何单位和个人对公示联盟有异议的，可在线提交实名异议，写明事实和理由。
      </p>
      <section className="card" aria-labelledby="in-h">
        <h2 id="in-h">正在公示（{inNotice.length} 个）</h2>
        {inNotice.length === 0 ? <p className="muted">当前没有处于公示期的联盟</p> : <NoticeTable rows={inNotice} />}
      </section>
      <section className="card" aria-labelledby="all-h">
        <h2 id="all-h">已备案联盟名录</h2>
        <NoticeTable rows={rows} />
      </section>
    </>
  );
}

function NoticeTable({ rows }: { rows: Awaited<ReturnType<typeof listPublicFilings>> }) {
  return (
    <div className="table-wrap">
      <table>
        <thead><tr><th>备案编号</th><th>联盟名称</th><th>产业</th><th>牵头单位</th><th>备案日期</th><th>公示期</th><th>状态</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.number}</td>
              <td><Link href={`/public/notices/${r.id}`}>{r.alliance.name}</Link></td>
              <td>{r.alliance.industry.name}</td>
              <td>{r.alliance.leadOrg.name}</td>
              <td>{formatDate(r.filedAt)}</td>
              <td>{formatDate(r.noticeStartsOn)} 至 {formatDate(r.noticeEndsOn)}</td>
              <td><NoticeStatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
