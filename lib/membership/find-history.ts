import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { asRuleResults } from "./change-rules";
import { findPendingChecks } from "./pending-checks";

/** Every join and exit with its council decision and rule results, and every member past and present (附件2 第十七、十八条).
 * Pending changes are checked against the member list as it is now, with their combined effect (issue 17). */
export async function findMemberHistory(user: SessionUser, allianceId: string) {
  const alliance = await db().alliance.findFirst({ where: { AND: [{ id: allianceId }, allianceScope(user)] }, select: { id: true, leadOrgId: true } });
  if (!alliance) throw new AppError("NOT_FOUND");
  const [changes, members, checks] = await Promise.all([
    db().membershipChange.findMany({ where: { allianceId }, orderBy: { createdAt: "desc" } }),
    db().membership.findMany({
      where: { allianceId },
      orderBy: [{ leftOn: { sort: "desc", nulls: "first" } }, { sortOrder: "asc" }, { createdAt: "asc" }],
      include: { organization: { select: { name: true, type: true, creditCode: true } } },
    }),
    findPendingChecks(db(), alliance),
  ]);
  // MembershipChange has no relation to Organization: names are looked up once for the whole list.
  const orgIds = [...new Set(changes.map((c) => c.organizationId))];
  const orgs = await db().organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, type: true, creditCode: true } });
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  return {
    // A pending change shows its check against today's list (and all pending together); a decided one, the list it left.
    changes: changes.map((c) => {
      const check = c.status === "PENDING" ? checks.get(c.id) : undefined;
      return {
        ...c,
        organization: orgOf.get(c.organizationId) ?? null,
        rules: check?.results ?? asRuleResults(c.ruleWarnings),
        combined: check?.combined ?? null,
      };
    }),
    current: members.filter((m) => m.leftOn === null),
    former: members.filter((m) => m.leftOn !== null),
    leadOrgId: alliance.leadOrgId,
  };
}

export type MemberHistory = Awaited<ReturnType<typeof findMemberHistory>>;

/** For the service center: changes whose member list fails R1-R3 and that nobody has acknowledged yet. */
export async function findFlaggedChanges(user: SessionUser) {
  assertRole(user, ["SERVICE_CENTER"]);
  const rows = await db().membershipChange.findMany({
    where: { flagged: true, acknowledgedAt: null, status: { not: "REJECTED" }, alliance: allianceScope(user) },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { alliance: { select: { id: true, name: true } } },
  });
  const orgs = await db().organization.findMany({ where: { id: { in: rows.map((r) => r.organizationId) } }, select: { id: true, name: true } });
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  return rows.map((r) => ({ ...r, organizationName: nameOf.get(r.organizationId) ?? "", rules: asRuleResults(r.ruleWarnings) }));
}

export type FlaggedChange = Awaited<ReturnType<typeof findFlaggedChanges>>[number];
