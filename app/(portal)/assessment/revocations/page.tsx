import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { findClosedRevocations, findOpenRevocations } from "@/lib/assessment/revocation";
import { formatDate } from "@/components/ui/format";
import { RevocationActions } from "@/components/assessment/revocation-actions";
import { RevocationBasis } from "@/components/assessment/revocation-basis";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "取消备案建议" };

export default async function RevocationsPage() {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const [open, closed] = await Promise.all([findOpenRevocations(user), findClosedRevocations(user)]);
  return (
    <>
      <h1>取消备案建议</h1>
      <p className="alert info small" role="note">
        依据八（四）“对连续两年考核结果不达标的创新联盟，取消备案资格”：发布年度考核结果时，系统对连续两个年度考核结果为“不合格”的联盟自动提出取消备案建议；
        服务中心核对依据后确认取消备案，或在申诉成立等情形下不予撤销（须说明理由）。
      </p>

      <h2>待处理（{open.length}）</h2>
      {open.length === 0 && <p className="card muted">当前没有待处理的取消备案建议。</p>}
      {open.map((r) => (
        <section key={r.id} className="card" aria-labelledby={`rev-${r.id}`}>
          <h3 id={`rev-${r.id}`}>
            <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
          </h3>
          <p className="small muted">
            {r.alliance.industry.name}　牵头单位：{r.alliance.leadOrg.name}　提出日期：{formatDate(r.proposedAt)}
          </p>
          <p>{r.reason}</p>
          <div className="small">
            <strong>考核依据：</strong>
            <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
          </div>
          {r.alliance.state === "FILED" ? (
            <RevocationActions revocationId={r.id} allianceVersion={r.alliance.version} allianceName={r.alliance.name} />
          ) : (
            <p className="alert warn small">该联盟已不处于“已备案”状态，只能不予撤销。</p>
          )}
        </section>
      ))}

      <div className="table-wrap">
        <table>
          <caption>处理记录（{closed.length}）</caption>
          <thead>
            <tr>
              <th>联盟名称</th>
              <th>考核依据</th>
              <th>处理结果</th>
              <th>处理日期</th>
              <th>说明</th>
            </tr>
          </thead>
          <tbody>
            {closed.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  暂无
                </td>
              </tr>
            )}
            {closed.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                </td>
                <td>
                  <RevocationBasis basis={r.basis} allianceId={r.alliance.id} />
                </td>
                <td>{r.status === "CONFIRMED" ? <span className="badge red">已取消备案</span> : <span className="badge grey">不予撤销</span>}</td>
                <td className="nowrap">{formatDate(r.confirmedAt ?? r.dismissedAt)}</td>
                <td>{r.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
