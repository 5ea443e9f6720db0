import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getAllianceForPage } from "@/lib/alliances/page-alliance";
import { confirmStatusOf } from "@/lib/membership/confirm-status";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { ConfirmBadge, ConfirmSummary } from "@/components/membership/confirm-status";
import { IssueLinks } from "@/components/membership/issue-links";
import { ROLE_LABEL } from "@/components/membership/labels";
import type { Metadata } from "next";
import { allianceMetadata } from "@/lib/alliances/alliance-title";
import { canIssueConfirmations } from "@/lib/authz/alliance-abilities";
import { CONFIRM_LINK_DAYS } from "@/lib/membership/confirm-links";
import { emailEnabled } from "@/lib/notifications/email";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { seesFullContact } from "@/lib/privacy/full-contact";
import { maskEmail } from "@/lib/privacy/mask";
import { ResendLink } from "@/components/membership/resend-link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("alliances.pageTitles");
  return allianceMetadata(params, t("confirmations"));
}

async function ConfirmationsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.alliances);
  const { id } = await params;
  const alliance = await getAllianceForPage(user, id);
  const members = alliance.memberships;
  const canIssue = canIssueConfirmations(user, alliance);
  const open = members.filter((m) => confirmStatusOf(m) !== "CONFIRMED");
  const pending = open.length;
  const t = await getTranslations("memberMail");
  const tc = await getTranslations("alliances.confirmations");
  // Issue #17 item 9: links go by e-mail when the portal has a mail server; otherwise they are copied by hand.
  const mail = {
    enabled: emailEnabled(),
    withEmail: open.filter((m) => m.contactEmail).length,
    limit: RATE_LIMITS.confirmEmail.limit,
    days: CONFIRM_LINK_DAYS,
  };
  const fullContact = seesFullContact(user, alliance);
  return (
    <>
      <p className="no-print">
        <Link href={`/alliances/${alliance.id}`}>← {tc("back")}</Link>
      </p>
      <h1>{tc("heading", { name: alliance.name })}</h1>
      <p className="muted">{tc("intro")}</p>
      <ConfirmSummary members={members} />
      {canIssue && <IssueLinks allianceId={alliance.id} pending={pending} mail={mail} />}
      <section className="card" aria-labelledby="status-h">
        <h2 id="status-h">{tc("statusHeading")}</h2>
        <div className="table-wrap">
          <table data-testid="confirmations">
            <caption>{tc("caption", { count: members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{tc("member")}</th>
                <th scope="col">{tc("role")}</th>
                <th scope="col">{tc("status")}</th>
                <th scope="col">{tc("answeredAt")}</th>
                <th scope="col">{tc("disputeNote")}</th>
                <th scope="col">{t("emailColumn")}</th>
                <th scope="col">{t("emailedColumn")}</th>
                <th scope="col">{tc("linkExpiry")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>{m.organization.name}</td>
                  <td>{ROLE_LABEL[m.role]}</td>
                  <td>
                    <ConfirmBadge member={m} />
                  </td>
                  <td className="date">{formatDateTime(m.disputedAt ?? m.confirmedAt)}</td>
                  <td>{m.disputeNote ?? ""}</td>
                  <td>{m.contactEmail ? fullContact ? m.contactEmail : maskEmail(m.contactEmail) : <span className="muted">{t("noEmail")}</span>}</td>
                  <td>
                    <span className="date">{m.confirmEmailedAt ? formatDateTime(m.confirmEmailedAt) : m.contactEmail ? t("notEmailed") : "—"}</span>
                    {canIssue && mail.enabled && m.contactEmail && confirmStatusOf(m) !== "CONFIRMED" && (
                      <div>
                        <ResendLink allianceId={alliance.id} membershipId={m.id} name={m.organization.name} />
                      </div>
                    )}
                  </td>
                  <td className="nowrap">
                    {m.confirmTokenHash && m.confirmTokenExpires ? tc("linkSentUntil", { date: formatDate(m.confirmTokenExpires) }) : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

export default withPageText("app/(portal)/alliances/[id]/confirmations/page.tsx", ConfirmationsPage);
