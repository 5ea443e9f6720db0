import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "./session";
import { matchTotp, newTotpSecret, openSecret, requiresTotp, sealSecret, totpUri } from "./totp";
import { assertNotDutyAccount } from "../users/duty-guard";
import { text } from "../i18n/text";

export type TotpStatus = { state: "NOT_REQUIRED" } | { state: "ENABLED"; since: Date } | { state: "PENDING"; secret: string; uri: string };

/**
 * The caller's own two-factor state. A reviewer or administrator without one gets a pending secret
 * (kept sealed until confirmed with a code, so a reload shows the same QR code).
 */
export async function ownTotpStatus(user: SessionUser): Promise<TotpStatus> {
  const row = await db().user.findUnique({ where: { id: user.id }, select: { roles: true, totpSecret: true, totpEnabledAt: true } });
  if (!row) throw new AppError("NOT_FOUND");
  if (row.totpEnabledAt) return { state: "ENABLED", since: row.totpEnabledAt };
  if (!requiresTotp(row.roles)) return { state: "NOT_REQUIRED" };
  let secret = row.totpSecret ? openSecret(row.totpSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    // Only while still pending: two tabs opening the page keep the first secret.
    const set = await db().user.updateMany({ where: { id: user.id, totpSecret: null, totpEnabledAt: null }, data: { totpSecret: sealSecret(secret) } });
    if (set.count === 0) return ownTotpStatus(user);
  }
  return { state: "PENDING", secret, uri: totpUri(secret, user.username) };
}

/** Confirms the pending secret with a code from the authenticator; the code is then used up. */
export async function confirmTotpEnrollment(user: SessionUser, code: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id: user.id }, select: { totpSecret: true, totpEnabledAt: true } });
    if (!row) throw new AppError("NOT_FOUND");
    if (row.totpEnabledAt) throw new AppError("CONFLICT", undefined, { code: [text("twoFactor.alreadyEnabled")] });
    if (!row.totpSecret) throw new AppError("CONFLICT", undefined, { code: [text("twoFactor.rescan")] });
    const match = matchTotp(openSecret(row.totpSecret), code, null, now.getTime());
    if (!match || "replay" in match) {
      throw new AppError("INVALID_INPUT", undefined, { code: [text("twoFactor.wrongCode")] });
    }
    const done = await tx.user.updateMany({ where: { id: user.id, totpEnabledAt: null }, data: { totpEnabledAt: now, totpLastStep: match.step } });
    if (done.count === 0) throw new AppError("CONFLICT", undefined, { code: [text("twoFactor.alreadyEnabled")] });
    await recordAudit(tx, actorOf(user), { action: "user.totp_enrolled", entityType: "User", entityId: user.id, summary: {} });
  });
}

/**
 * The system administrator clears a user's second factor (a lost phone): the user's sessions end and the
 * next sign-in asks to set up a new authenticator. Not for one's own account.
 */
export async function resetUserTotp(admin: SessionUser, id: string): Promise<void> {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  if (admin.id === id) throw new AppError("SELF_ACTION");
  await db().$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id }, select: { totpEnabledAt: true, roles: true } });
    if (!row) throw new AppError("NOT_FOUND");
    // Re-enrolling another administrator's authenticator would hand that account to whoever resets it (三员分立).
    assertNotDutyAccount(row);
    await tx.user.update({ where: { id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actorOf(admin), { action: "user.totp_reset", entityType: "User", entityId: id, summary: { wasEnabled: row.totpEnabledAt !== null } });
  });
}
