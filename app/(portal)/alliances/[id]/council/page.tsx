import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { findCouncil } from "@/lib/operation/council";
import { findCharterVersions } from "@/lib/operation/charter";
import { findDissolutionVotes } from "@/lib/operation/dissolution";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { TermBadge } from "@/components/operation/term-badge";
import { CouncilTermForm } from "@/components/operation/council-term-form";
import { CharterAmendForm } from "@/components/operation/charter-amend-form";
import { DissolutionVoteForm } from "@/components/operation/dissolution-vote-form";
import { ConfirmDissolutionButton } from "@/components/operation/confirm-dissolution-button";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return allianceMetadata(params, "理事会与章程");
}

const ROLE_LABEL = { CHAIR: "理事长单位", VICE_CHAIR: "副理事长单位", COUNCIL: "理事单位", MEMBER: "成员单位" } as const;

export default async function CouncilPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const [council, charter, dissolution] = await Promise.all([findCouncil(user, id), findCharterVersions(user, id), findDissolutionVotes(user, id)]);
  const current = council.current;
  return (
    <>
      <p className="muted small no-print"><Link href={`/alliances/${id}`}>{alliance.name}</Link></p>
      <h1>{alliance.name}：理事会、章程与解散</h1>
      <OperationTabs allianceId={id} current="/council" />
      {alliance.state !== "FILED" && <p className="alert info">联盟{alliance.state === "DISSOLVED" ? "已解散" : "已取消备案"}，以下记录仅供查阅。</p>}

      <section className="card" aria-labelledby="terms-h">
        <h2 id="terms-h">理事会任期</h2>
        <p className="muted small">理事会成员数额在联盟成员总数的三分之一左右，每届任期三年，换届时由全体成员选举产生（附件2 第十三条（二））。任期届满前 90 天和 30 天，系统提醒牵头单位和服务中心。</p>
        {current ? (
          <p data-testid="current-term">
            当前为第 {current.termNo} 届，任期 {formatDate(current.startsOn)} 至 {formatDate(current.endsOn)}　<TermBadge status={current.status} daysLeft={current.daysLeft} />
          </p>
        ) : (
          <p className="alert warn">尚未登记理事会任期。</p>
        )}
        {council.r5.status === "warn" && <p className="alert warn">{council.r5.message}（{council.r5.clause}）</p>}
        {council.terms.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption className="muted small">历届理事会任期</caption>
              <thead><tr><th scope="col">届次</th><th scope="col">任期起始</th><th scope="col">任期届满</th><th scope="col">换届选举日期</th><th scope="col">席位数</th><th scope="col">备注</th></tr></thead>
              <tbody>
                {council.terms.map((t) => (
                  <tr key={t.id}>
                    <td>第 {t.termNo} 届</td>
                    <td>{formatDate(t.startsOn)}</td>
                    <td>{formatDate(t.endsOn)}</td>
                    <td>{t.electedOn ? formatDate(t.electedOn) : "—"}</td>
                    <td>{t.seats}</td>
                    <td>{t.note ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {council.canEdit && <CouncilTermForm allianceId={id} nextTermNo={(council.terms[0]?.termNo ?? 0) + 1} councilCount={council.councilMembers.length} memberCount={council.memberCount} />}

      <section className="card" aria-labelledby="council-members-h">
        <h2 id="council-members-h">理事会成员（{council.councilMembers.length} 家，在册成员 {council.memberCount} 家）</h2>
        <p className="muted small">理事长由联盟发起组织单位担任（附件2 第十三条（二））。成员的加入、退出及理事会组成变化请在“成员变更”中办理。</p>
        <div className="table-wrap">
          <table>
            <caption className="muted small">当前理事会成员单位</caption>
            <thead><tr><th scope="col">序号</th><th scope="col">单位名称</th><th scope="col">理事会职务</th></tr></thead>
            <tbody>
              {council.councilMembers.map((m, i) => (
                <tr key={m.id}><td>{i + 1}</td><td>{m.organization.name}</td><td>{ROLE_LABEL[m.role]}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="charter-h">
        <h2 id="charter-h">联盟章程及修正案</h2>
        <p className="muted small">本联盟章程的修改，须经成员大会表决通过方可生效，并报联盟理事会秘书处备案（附件2 第十九条）。</p>
        {charter.versions.length === 0 ? (
          <p className="muted">尚无章程文件。</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="muted small">章程各版本（最新在前）</caption>
              <thead><tr><th scope="col">版本</th><th scope="col">文件</th><th scope="col">成员大会通过</th><th scope="col">修改说明</th><th scope="col">上传</th></tr></thead>
              <tbody>
                {charter.versions.map((v, i) => (
                  <tr key={v.id}>
                    <td>第 {v.versionNo} 版{i === 0 && <> <span className="badge green">现行</span></>}</td>
                    <td><a href={v.downloadHref}>{v.fileName}</a></td>
                    <td>{v.approvedOn ? `${formatDate(v.approvedOn)}，${v.approvedBy ?? ""}` : <span className="muted">申报时提交（组建时章程）</span>}</td>
                    <td>{v.note ?? ""}</td>
                    <td className="small">{v.uploadedBy}<br />{formatDateTime(v.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {charter.canAmend && <CharterAmendForm allianceId={id} />}

      <section className="card" aria-labelledby="dissolution-h">
        <h2 id="dissolution-h">解散表决</h2>
        <p className="muted small">解散须经理事会表决且五分之四以上（含）同意（附件3 第十一条），由服务中心确认后终止备案。</p>
        {dissolution.votes.length === 0 ? (
          <p className="muted">尚无解散表决记录。</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="muted small">解散表决记录</caption>
              <thead><tr><th scope="col">表决日期</th><th scope="col">表决结果</th><th scope="col">议案</th><th scope="col">状态</th></tr></thead>
              <tbody>
                {dissolution.votes.map((v) => (
                  <tr key={v.id}>
                    <td>{formatDate(v.votedOn)}</td>
                    <td>{v.message}</td>
                    <td className="small">{v.proposal}</td>
                    <td>
                      {!v.passed && <span className="badge grey">未通过</span>}
                      {v.passed && v.confirmedAt && <span className="badge red">已确认解散（{formatDate(v.confirmedAt)}）</span>}
                      {v.passed && !v.confirmedAt && (
                        <>
                          <span className="badge amber">已通过，待服务中心确认</span>
                          {dissolution.canConfirm && <div><ConfirmDissolutionButton voteId={v.id} allianceVersion={alliance.version} allianceName={alliance.name} /></div>}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {dissolution.canRecord && <DissolutionVoteForm allianceId={id} councilCount={council.councilMembers.length} />}
    </>
  );
}
