import type { AllianceState } from "../db/generated/enums";
import type { SessionUser } from "../auth/session";
import type { TransitionContext } from "../workflow";

export const DEPARTMENT_UNIT = "吉林省科学技术厅"; // i18n-data: the department's official name, as stored on review opinions

/**
 * The facts the workflow's guards need about this user and this filing. One function for the action
 * that fires a transition, the buttons that offer it and the comment form, so they never disagree.
 */
export function transitionFacts(
  user: Pick<SessionUser, "divisionId" | "organizationId">,
  alliance: { leadOrgId: string; returnedFrom: AllianceState | null; industry: { divisionId: string | null } },
): TransitionContext {
  return {
    ownsIndustry: Boolean(user.divisionId) && alliance.industry.divisionId === user.divisionId,
    ownsAlliance: Boolean(user.organizationId) && alliance.leadOrgId === user.organizationId,
    returnedFrom: alliance.returnedFrom,
  };
}

/** The unit a person acts for: their division, else their organisation, else the department. */
export function actingUnit(who: { division?: { name: string } | null; organization?: { name: string } | null } | null | undefined): string {
  return who?.division?.name ?? who?.organization?.name ?? DEPARTMENT_UNIT;
}
