import type { Role } from "../db/generated/enums";

export const ROLES = [
  "ENTERPRISE_FILER",
  "DIVISION_REVIEWER",
  "DEPARTMENT_SECRETARY",
  "INSTITUTE_OFFICER",
  "SERVICE_CENTER",
  "SYSTEM_ADMIN",
  "SECURITY_ADMIN",
  "AUDIT_ADMIN",
] as const satisfies readonly Role[];

// 三员分立 (MLPS 2.0): system, security and audit administration are held by different people.
export const ADMIN_DUTIES: readonly Role[] = ["SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"];

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((r) => wanted.includes(r));
}

/** Null when the combination is allowed; otherwise the reason code. */
export function roleCombinationProblem(roles: readonly Role[], organizationId: string | null, divisionId: string | null): string | null {
  if (roles.length === 0) return "NO_ROLE";
  if (roles.filter((r) => ADMIN_DUTIES.includes(r)).length > 1) return "DUTY_CONFLICT";
  if (roles.some((r) => ADMIN_DUTIES.includes(r)) && roles.some((r) => !ADMIN_DUTIES.includes(r))) return "ADMIN_WITH_BUSINESS";
  if (roles.includes("ENTERPRISE_FILER") && roles.length > 1) return "FILER_WITH_OTHER";
  if (roles.includes("ENTERPRISE_FILER") && !organizationId) return "FILER_NEEDS_ORG";
  if (roles.includes("DIVISION_REVIEWER") && !divisionId) return "REVIEWER_NEEDS_DIVISION";
  return null;
}

/** Enterprise staff see the filer's view of a filing (units not reviewers, no internal notes). */
export function isFilerOnly(roles: readonly Role[]): boolean {
  return roles.every((r) => r === "ENTERPRISE_FILER");
}
