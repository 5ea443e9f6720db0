import type { Prisma } from "../db/generated/client";
import type { SessionUser } from "../auth/session";

// No alliance matches this: used when a role grants nothing, instead of an `undefined` filter
// that Prisma would silently drop.
const NOTHING: Prisma.AllianceWhereInput = { id: { in: [] } };

/**
 * What alliances a user may see, as a where clause, so a row they may not see is simply not found.
 * Filers: their own organisation's alliances. Division reviewers: submitted alliances of the
 * industries their division owns. Secretary, institute and service center: every submitted one.
 * The three administrators see no alliance content (separation of duties).
 */
export function allianceScope(user: Pick<SessionUser, "roles" | "organizationId" | "divisionId">): Prisma.AllianceWhereInput {
  const clauses: Prisma.AllianceWhereInput[] = [];
  for (const role of user.roles) {
    switch (role) {
      case "ENTERPRISE_FILER":
        if (user.organizationId) clauses.push({ leadOrgId: user.organizationId });
        break;
      case "DIVISION_REVIEWER":
        if (user.divisionId) clauses.push({ state: { not: "DRAFT" }, industry: { divisionId: user.divisionId } });
        break;
      case "DEPARTMENT_SECRETARY":
      case "INSTITUTE_OFFICER":
      case "SERVICE_CENTER":
        clauses.push({ state: { not: "DRAFT" } });
        break;
      default:
        break;
    }
  }
  if (clauses.length === 0) return NOTHING;
  return clauses.length === 1 ? clauses[0]! : { OR: clauses };
}
