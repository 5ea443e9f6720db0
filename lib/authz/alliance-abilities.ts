import type { AllianceState, Role } from "../db/generated/enums";

// Who may do what on an alliance, said once. Reads are already limited by allianceScope (a row outside it is
// not found); these decide which actions an alliance the user can see offers, and the data layer checks the
// same functions again before it writes.

interface Actor {
  roles: readonly Role[];
  organizationId: string | null;
}

interface AllianceHead {
  leadOrgId: string;
  state: AllianceState;
}

/** 七（二）: the filing is edited before submission and after a return only. */
export const EDITABLE_STATES: AllianceState[] = ["DRAFT", "RETURNED"];

/** The lead enterprise's own filer: the only one who acts for the alliance. */
export function isLeadFiler(user: Actor, alliance: { leadOrgId: string }): boolean {
  return user.roles.includes("ENTERPRISE_FILER") && user.organizationId !== null && user.organizationId === alliance.leadOrgId;
}

/** Edit 附件1 and its attachments. */
export function canEditFiling(user: Actor, alliance: AllianceHead): boolean {
  return isLeadFiler(user, alliance) && EDITABLE_STATES.includes(alliance.state);
}

/** 八: annual reports, member changes, council, activities: only while the alliance is filed. */
export function canRunFiledAlliance(user: Actor, alliance: AllianceHead): boolean {
  return isLeadFiler(user, alliance) && alliance.state === "FILED";
}

/**
 * 八（一）: the service center's corrections and reminders on a filed alliance (withdraw a charter amendment recorded by
 * mistake, remind the council's re-election now); the data layer checks the role and the state again.
 */
export function canOverseeFiledAlliance(user: Actor, alliance: AllianceHead): boolean {
  return user.roles.includes("SERVICE_CENTER") && alliance.state === "FILED";
}

/** Ask member units to confirm their listing: from the draft on, not for a rejected filing. */
export function canIssueConfirmations(user: Actor, alliance: AllianceHead): boolean {
  return isLeadFiler(user, alliance) && alliance.state !== "REJECTED";
}
