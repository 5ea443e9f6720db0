import "server-only";
import { db } from "../db/client";
import { assertRole, type SessionUser } from "../auth/session";
import { getSecuritySettings } from "../settings/security-settings";
import { verifyAuditChain, type ChainHead } from "./verify";

/** The audit administrator's 核验审计链 on the audit screen: the same check as npm run audit:verify. */
export async function checkAuditChain(user: SessionUser, expectHead?: ChainHead) {
  assertRole(user, ["AUDIT_ADMIN"]);
  return verifyAuditChain(db(), { expectHead });
}

/** What the audit screen shows next to the log: the retention the security administrator set. */
export async function getAuditRetention(user: SessionUser) {
  assertRole(user, ["AUDIT_ADMIN"]);
  const [{ auditRetentionDays }, oldest] = await Promise.all([
    getSecuritySettings(),
    db().auditEvent.findFirst({ orderBy: { seq: "asc" }, select: { at: true } }),
  ]);
  return { auditRetentionDays, oldestAt: oldest?.at ?? null };
}
