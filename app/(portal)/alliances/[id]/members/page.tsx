import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { findMemberHistory } from "@/lib/membership/find-history";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { StateBadge } from "@/components/ui/state-badge";
import { ChangeList, CurrentMembers, FormerMembers } from "@/components/membership/member-tables";
import { JoinForm } from "@/components/membership/join-form";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { canRunFiledAlliance } from "@/lib/authz/alliance-abilities";

export function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return allianceMetadata(params, "成员变更");
}

export default async function AllianceMembersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const history = await findMemberHistory(user, alliance.id);
  // Only the lead unit's filer acts, and only while the alliance is filed; everyone in scope reads.
  const canAct = canRunFiledAlliance(user, alliance);
  const pending = history.changes.filter((c) => c.status === "PENDING");
  const decided = history.changes.filter((c) => c.status !== "PENDING");
  return (
    <>
      <OperationTabs allianceId={alliance.id} current="/members" />
      <h1>
        {alliance.name}：成员变更 <StateBadge state={alliance.state} />
      </h1>
      <p className="muted">
        成员加入须经秘书处初审、理事会审查批准（附件2 第十七条），退出须书面申请并经理事会批准（附件2 第十八条）。 变更后成员单位应不少于 10 家、企业不低于
        60%、包含产业链上下游企业（六（二）1）；不符合的将提示服务中心。
      </p>
      <section className="card" aria-labelledby="pending-h">
        <h2 id="pending-h">待理事会决定的申请</h2>
        <ChangeList changes={pending} caption="待理事会决定的申请" canDecide={canAct} testId="pending-changes" />
      </section>
      <section className="card" aria-labelledby="current-h">
        <h2 id="current-h">现有成员单位</h2>
        <CurrentMembers
          members={history.current}
          leadOrgId={history.leadOrgId}
          allianceId={alliance.id}
          canRequest={canAct}
          pendingOrgIds={pending.map((c) => c.organizationId)}
        />
      </section>
      {canAct && <JoinForm allianceId={alliance.id} />}
      <section className="card" aria-labelledby="history-h">
        <h2 id="history-h">变更记录</h2>
        <ChangeList changes={decided} caption="已决定的成员变更" canDecide={false} testId="decided-changes" />
        <h3>已退出的成员单位</h3>
        <FormerMembers members={history.former} />
      </section>
    </>
  );
}
