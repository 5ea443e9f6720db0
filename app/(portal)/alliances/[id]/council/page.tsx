import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
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
import { getTranslations } from "next-intl/server";
import { allianceMetadata } from "@/lib/alliances/alliance-title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("council"));
}

async function CouncilPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id, { operation: true });
  const [council, charter, dissolution] = await Promise.all([findCouncil(user, id), findCharterVersions(user, id), findDissolutionVotes(user, id)]);
  const current = council.current;
  const t = await getTranslations("alliances.council");
  const ta = await getTranslations("alliances");
  return (
    <>
      <p className="muted small no-print">
        <Link href={`/alliances/${id}`}>{alliance.name}</Link>
      </p>
      <h1>{t("heading", { name: alliance.name })}</h1>
      <OperationTabs allianceId={id} current="/council" />
      {alliance.state !== "FILED" && <p className="alert info">{ta(alliance.state === "DISSOLVED" ? "readOnlyDissolved" : "readOnlyRevoked")}</p>}

      <section className="card" aria-labelledby="terms-h">
        <h2 id="terms-h">{t("termsHeading")}</h2>
        <p className="muted small">{t("termsNote")}</p>
        {current ? (
          <p data-testid="current-term">
            {t("currentTerm", { term: current.termNo, start: formatDate(current.startsOn), end: formatDate(current.endsOn) })}
            <TermBadge status={current.status} daysLeft={current.daysLeft} />
          </p>
        ) : (
          <p className="alert warn">{t("noTerm")}</p>
        )}
        {council.r5.status === "warn" && <p className="alert warn">{t("ruleWithClause", { message: council.r5.message, clause: council.r5.clause })}</p>}
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
        <h2 id="council-members-h">{t("membersHeading", { council: council.councilMembers.length, members: council.memberCount })}</h2>
        <p className="muted small">{t("membersNote")}</p>
        <CouncilMembersTable members={council.councilMembers} />
      </section>

      <section className="card" aria-labelledby="charter-h">
        <h2 id="charter-h">{t("charterHeading")}</h2>
        <p className="muted small">{t("charterNote")}</p>
        <CharterVersionsTable versions={charter.versions} />
      </section>
      <CharterWithdrawCard latest={charter.latest} canWithdraw={charter.canWithdraw} isFiler={charter.isLeadFiler} />
      {charter.canAmend && <CharterAmendForm allianceId={id} />}

      <section className="card" aria-labelledby="dissolution-h">
        <h2 id="dissolution-h">{t("dissolutionHeading")}</h2>
        <p className="muted small">{t("dissolutionNote")}</p>
        <DissolutionVotesTable votes={dissolution.votes} canConfirm={dissolution.canConfirm} alliance={alliance} />
      </section>
      {dissolution.canRecord && <DissolutionVoteForm allianceId={id} councilCount={council.councilMembers.length} />}
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/council/page.tsx", CouncilPage);
