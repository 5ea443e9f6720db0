import { withPageText } from "@/lib/i18n/page-text";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { findMemberHistory } from "@/lib/membership/find-history";
import { OperationTabs } from "@/components/alliances/operation-tabs";
import { StateBadge } from "@/components/ui/state-badge";
import { ChangeList, CurrentMembers, FormerMembers } from "@/components/membership/member-tables";
import { JoinForm } from "@/components/membership/join-form";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { canRunFiledAlliance } from "@/lib/authz/alliance-abilities";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("members"));
}

async function AllianceMembersPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const history = await findMemberHistory(user, alliance.id);
  // Only the lead unit's filer acts, and only while the alliance is filed; everyone in scope reads.
  const canAct = canRunFiledAlliance(user, alliance);
  const pending = history.changes.filter((c) => c.status === "PENDING");
  const decided = history.changes.filter((c) => c.status !== "PENDING");
  const t = await getTranslations("alliances.memberChanges");
  return (
    <>
      <OperationTabs allianceId={alliance.id} current="/members" />
      <h1>
        {t("heading", { name: alliance.name })} <StateBadge state={alliance.state} />
      </h1>
      <p className="muted">{t("intro")}</p>
      <section className="card" aria-labelledby="pending-h">
        <h2 id="pending-h">{t("pendingHeading")}</h2>
        <ChangeList changes={pending} caption={t("pendingHeading")} canDecide={canAct} testId="pending-changes" />
      </section>
      <section className="card" aria-labelledby="current-h">
        <h2 id="current-h">{t("currentHeading")}</h2>
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
        <h2 id="history-h">{t("historyHeading")}</h2>
        <ChangeList changes={decided} caption={t("decidedCaption")} canDecide={false} testId="decided-changes" />
        <h3>{t("formerHeading")}</h3>
        <FormerMembers members={history.former} />
      </section>
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/members/page.tsx", AllianceMembersPage);
