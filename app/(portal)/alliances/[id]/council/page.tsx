import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { findCouncil } from "@/lib/operation/council";
import { findCharterVersions } from "@/lib/operation/charter";
import { findDissolutionVotes } from "@/lib/operation/dissolution";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { formatDate } from "@/components/ui/format";
import { TermBadge } from "@/components/operation/term-badge";
import { CouncilTermForm } from "@/components/operation/council-term-form";
import { CharterAmendForm } from "@/components/operation/charter-amend-form";
import { DissolutionVoteForm } from "@/components/operation/dissolution-vote-form";
import { CharterVersionsTable, CouncilMembersTable, CouncilTermsTable, DissolutionVotesTable } from "@/components/operation/council-tables";
import { CharterWithdrawCard, TermReminderCard } from "@/components/operation/council-corrections";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return allianceMetadata(params, "理事会与章程");
}

export default async function CouncilPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const [council, charter, dissolution] = await Promise.all([findCouncil(user, id), findCharterVersions(user, id), findDissolutionVotes(user, id)]);
  const current = council.current;
  return (
    <>
      <p className="muted small no-print">
        <Link href={`/alliances/${id}`}>{alliance.name}</Link>
      </p>
      <h1>{alliance.name}：理事会、章程与解散</h1>
      <OperationTabs allianceId={id} current="/council" />
      {alliance.state !== "FILED" && <p className="alert info">联盟{alliance.state === "DISSOLVED" ? "已解散" : "已取消备案"}，以下记录仅供查阅。</p>}

      <section className="card" aria-labelledby="terms-h">
        <h2 id="terms-h">理事会任期</h2>
        <p className="muted small">
          理事会成员数额在联盟成员总数的三分之一左右，每届任期三年，换届时由全体成员选举产生（附件2 第十三条（二））。任期届满前 90 天和 30
          天，系统提醒牵头单位和服务中心。
        </p>
        {current ? (
          <p data-testid="current-term">
            当前为第 {current.termNo} 届，任期 {formatDate(current.startsOn)} 至 {formatDate(current.endsOn)}　
            <TermBadge status={current.status} daysLeft={current.daysLeft} />
          </p>
        ) : (
          <p className="alert warn">尚未登记理事会任期。</p>
        )}
        {council.r5.status === "warn" && (
          <p className="alert warn">
            {council.r5.message}（{council.r5.clause}）
          </p>
        )}
        <CouncilTermsTable terms={council.terms} />
      </section>
      {council.canRemind && <TermReminderCard allianceId={id} />}
      {council.canEdit && (
        <CouncilTermForm
          allianceId={id}
          nextTermNo={(council.terms[0]?.termNo ?? 0) + 1}
          councilCount={council.councilMembers.length}
          memberCount={council.memberCount}
        />
      )}

      <section className="card" aria-labelledby="council-members-h">
        <h2 id="council-members-h">
          理事会成员（{council.councilMembers.length} 家，在册成员 {council.memberCount} 家）
        </h2>
        <p className="muted small">理事长由联盟发起组织单位担任（附件2 第十三条（二））。成员的加入、退出及理事会组成变化请在“成员变更”中办理。</p>
        <CouncilMembersTable members={council.councilMembers} />
      </section>

      <section className="card" aria-labelledby="charter-h">
        <h2 id="charter-h">联盟章程及修正案</h2>
        <p className="muted small">本联盟章程的修改，须经成员大会表决通过方可生效，并报联盟理事会秘书处备案（附件2 第十九条）。</p>
        <CharterVersionsTable versions={charter.versions} />
      </section>
      <CharterWithdrawCard latest={charter.latest} canWithdraw={charter.canWithdraw} isFiler={charter.isLeadFiler} />
      {charter.canAmend && <CharterAmendForm allianceId={id} />}

      <section className="card" aria-labelledby="dissolution-h">
        <h2 id="dissolution-h">解散表决</h2>
        <p className="muted small">解散须经理事会表决且五分之四以上（含）同意（附件3 第十一条），由服务中心确认后终止备案。</p>
        <DissolutionVotesTable votes={dissolution.votes} canConfirm={dissolution.canConfirm} alliance={alliance} />
      </section>
      {dissolution.canRecord && <DissolutionVoteForm allianceId={id} councilCount={council.councilMembers.length} />}
    </>
  );
}
