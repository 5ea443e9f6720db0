import { useTranslations } from "next-intl";
import type { MemberHistory } from "@/lib/membership/find-history";
import { formatDate } from "@/components/ui/format";
import { CHAIN_LABEL, CHANGE_STATUS_BADGE, CHANGE_STATUS_LABEL, KIND_LABEL, ORG_TYPE_LABEL, ROLE_LABEL } from "./labels";
import { RuleWarnings } from "./rule-warnings";
import { ExitForm } from "./exit-form";
import { DecideForm } from "./decide-form";

type Member = MemberHistory["current"][number];
type Change = MemberHistory["changes"][number];

/** Current members; the filer may start an exit for any unit except the lead unit (附件2 第十三条（二）). */
export function CurrentMembers({
  members,
  leadOrgId,
  allianceId,
  canRequest,
  pendingOrgIds,
}: {
  members: Member[];
  leadOrgId: string;
  allianceId: string;
  canRequest: boolean;
  pendingOrgIds: string[];
}) {
  const t = useTranslations("membership.tables");
  return (
    <div className="table-wrap">
      <table data-testid="current-members">
        <caption>{t("currentCaption", { count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("orgName")}</th>
            <th scope="col">{t("orgType")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("chain")}</th>
            <th scope="col">{t("joinedOn")}</th>
            {canRequest && <th scope="col">{t("actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                {m.organization.name}
                {m.organizationId === leadOrgId && (
                  <>
                    {" "}
                    <span className="badge blue">{t("lead")}</span>
                  </>
                )}
              </td>
              <td>{ORG_TYPE_LABEL[m.organization.type]}</td>
              <td>{ROLE_LABEL[m.role]}</td>
              <td>{m.chainPosition ? CHAIN_LABEL[m.chainPosition] : "—"}</td>
              <td className="nowrap">{formatDate(m.joinedOn)}</td>
              {canRequest && (
                <td>
                  {m.organizationId === leadOrgId || m.role === "CHAIR" ? (
                    <span className="muted small">{t("leadCannotLeave")}</span>
                  ) : pendingOrgIds.includes(m.organizationId) ? (
                    <span className="muted small">{t("hasPending")}</span>
                  ) : (
                    <ExitForm allianceId={allianceId} membershipId={m.id} name={m.organization.name} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Changes with their council decision and the rule results of the list after the change. A pending change's check is
 * of today's list with this change alone, and beside it all pending changes together (issue 17).
 */
export function ChangeList({ changes, caption, canDecide, testId }: { changes: Change[]; caption: string; canDecide: boolean; testId: string }) {
  const t = useTranslations("membership");
  const tt = useTranslations("membership.tables");
  if (changes.length === 0) return <p className="muted">{tt("noneYet", { caption })}</p>;
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tt("unit")}</th>
            <th scope="col">{tt("change")}</th>
            <th scope="col">{tt("dateAndReason")}</th>
            <th scope="col">{tt("statusAndDecision")}</th>
            <th scope="col">{tt("conditionsAfter")}</th>
            {canDecide && <th scope="col">{tt("recordDecision")}</th>}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => {
            const name = c.organization?.name ?? tt("unknownUnit");
            // Shown inside the message's <time>, which keeps it on one line.
            const acknowledgedOn = c.acknowledgedAt ? formatDate(c.acknowledgedAt) : "";
            return (
              <tr key={c.id}>
                <td>{name}</td>
                <td>{KIND_LABEL[c.kind]}</td>
                <td>
                  <span className="nowrap">{formatDate(c.createdAt)}</span>
                  <br />
                  <span className="small">{c.reason}</span>
                </td>
                <td>
                  <span className={`badge ${CHANGE_STATUS_BADGE[c.status]}`}>{CHANGE_STATUS_LABEL[c.status]}</span>
                  {c.councilApprovedOn && (
                    <div className="small">
                      <span className="nowrap">{formatDate(c.councilApprovedOn)}</span>
                      {tt("afterDate", { text: c.councilResolution ?? "" })}
                    </div>
                  )}
                  {c.flagged && !c.acknowledgedAt && (
                    <div>
                      <span className="badge red">{tt("flagged")}</span>
                    </div>
                  )}
                  {c.acknowledgedAt && <div className="muted small">{tt.rich("acknowledged", { date: acknowledgedOn, time: (x) => <time>{x}</time> })}</div>}
                </td>
                <td>
                  {c.status === "PENDING" && <div className="muted small">{t("aloneNow")}</div>}
                  <RuleWarnings results={c.rules} />
                  {c.combined && (
                    <div className="small" data-testid="combined-check">
                      <div className="muted">{t("combined", { others: c.combined.others })}</div>
                      <RuleWarnings results={c.combined.results} />
                    </div>
                  )}
                </td>
                {canDecide && <td>{c.status === "PENDING" && <DecideForm changeId={c.id} version={c.version} label={name} />}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function FormerMembers({ members }: { members: Member[] }) {
  const t = useTranslations("membership.tables");
  if (members.length === 0) return <p className="muted">{t("noFormer")}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="former-members">
        <caption>{t("formerCaption", { count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("orgName")}</th>
            <th scope="col">{t("orgType")}</th>
            <th scope="col">{t("formerRole")}</th>
            <th scope="col">{t("joinedOn")}</th>
            <th scope="col">{t("leftOn")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.organization.name}</td>
              <td>{ORG_TYPE_LABEL[m.organization.type]}</td>
              <td>{ROLE_LABEL[m.role]}</td>
              <td className="nowrap">{formatDate(m.joinedOn)}</td>
              <td className="nowrap">{formatDate(m.leftOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
