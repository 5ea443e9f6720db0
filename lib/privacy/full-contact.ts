import type { Role } from "../db/generated/enums";
import { isLeadFiler } from "../authz/alliance-abilities";

// Who works with an alliance's contact person and phone, and so sees them in full: the lead
// enterprise's own filer and the reviewing roles of 七（三）. Everyone else (the service center's
// oversight, dashboards, exports) sees them masked.
const REVIEWING: readonly Role[] = ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER"];

export function seesFullContact(user: { roles: readonly Role[]; organizationId: string | null }, alliance: { leadOrgId: string }): boolean {
  if (user.roles.some((r) => REVIEWING.includes(r))) return true;
  return isLeadFiler(user, alliance);
}
