import "server-only";
import { inLocale } from "../i18n/server-text";
import type { Tx } from "../db/client";
import { ZRuleReport } from "../rules/schema";
import { fromJsonColumn, toJsonColumn } from "../validation/json-column";
import { ZJoinMember } from "../validation/membership";
import { failingConditions, pendingChecks, type PendingCheck, type RulesChange } from "./change-rules";
import { ruleMembersOf } from "./own-alliance";

/**
 * The checks of an alliance's pending changes against its member list as it is now (issue 17): each change alone,
 * and all of them together. Read inside the caller's transaction (or the plain client).
 */
export async function findPendingChecks(tx: Tx, alliance: { id: string; leadOrgId: string }): Promise<Map<string, PendingCheck>> {
  const [members, pending] = await Promise.all([
    tx.membership.findMany({
      where: { allianceId: alliance.id, leftOn: null },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      include: { organization: true },
    }),
    tx.membershipChange.findMany({ where: { allianceId: alliance.id, status: "PENDING" }, orderBy: { createdAt: "asc" } }),
  ]);
  const orgs = await tx.organization.findMany({ where: { id: { in: pending.map((c) => c.organizationId) } } });
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  const changes: RulesChange[] = [];
  for (const c of pending) {
    const org = orgOf.get(c.organizationId);
    if (!org) continue;
    if (c.kind === "EXIT") {
      changes.push({ id: c.id, kind: "EXIT", creditCode: org.creditCode });
      continue;
    }
    // A join counts as the organisation is registered (its type), with the role and chain position requested.
    const m = fromJsonColumn(ZJoinMember, c.memberData);
    if (!m) continue;
    const isEnterprise = org.type === "ENTERPRISE";
    changes.push({
      id: c.id,
      kind: "JOIN",
      member: { creditCode: org.creditCode, name: org.name, type: org.type, role: m.role, chainPosition: isEnterprise ? m.chainPosition : null },
    });
  }
  return pendingChecks(ruleMembersOf(members, alliance.leadOrgId), changes);
}

/**
 * After the member list changed, the stored check of every other pending change is recomputed; a change whose
 * check moved gets a new version, so a decision form opened on the old check is refused as stale and the council's
 * recorder sees the current one before deciding.
 */
export async function refreshPendingChecks(tx: Tx, alliance: { id: string; leadOrgId: string }): Promise<number> {
  // Stored for everyone who reads the change: in Chinese, as rule reports always were (storedText).
  const checks = await inLocale("zh-CN", () => findPendingChecks(tx, alliance));
  if (checks.size === 0) return 0;
  const rows = await tx.membershipChange.findMany({ where: { id: { in: [...checks.keys()] } }, select: { id: true, ruleWarnings: true } });
  let moved = 0;
  for (const row of rows) {
    const check = checks.get(row.id)!;
    // Both read through the one schema, so the comparison is of content, not of key order.
    if (JSON.stringify(fromJsonColumn(ZRuleReport, row.ruleWarnings)) === JSON.stringify(ZRuleReport.parse(check.results))) continue;
    const { count } = await tx.membershipChange.updateMany({
      where: { id: row.id, status: "PENDING" },
      data: {
        ruleWarnings: toJsonColumn(ZRuleReport, check.results),
        flagged: failingConditions(check.results).length > 0,
        version: { increment: 1 },
      },
    });
    moved += count;
  }
  return moved;
}
