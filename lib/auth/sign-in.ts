import "server-only";
import { db } from "../db/client";
import { recordAudit } from "../audit/record";
import { burnPasswordCheck, verifyPassword } from "./password";

// GB/T 22239-2019 8.1.4.1 b): end the session and lock after repeated failures.
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "INVALID" | "LOCKED" | "DISABLED"; lockedUntil?: Date };

/** Checks credentials and applies the lockout rule; every outcome is audited. */
export async function signInWithPassword(usernameRaw: string, password: string, ip: string | null, now = new Date()): Promise<SignInResult> {
  const username = usernameRaw.trim().toLowerCase();
  const user = await db().user.findUnique({ where: { username } });
  const anon = { actorId: null, actorName: username.slice(0, 64), actorRole: null, ip };

  if (!user) {
    await burnPasswordCheck(password);
    await db().$transaction((tx) =>
      recordAudit(tx, anon, { action: "auth.login_failed", entityType: "User", entityId: null, summary: { username: username.slice(0, 64), reason: "UNKNOWN_USER" } }),
    );
    return { ok: false, reason: "INVALID" };
  }
  const actor = { ...anon, actorId: user.id, actorName: user.username };

  if (user.lockedUntil && user.lockedUntil > now) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "auth.login_failed", entityType: "User", entityId: user.id, summary: { username, reason: "LOCKED" } }),
    );
    return { ok: false, reason: "LOCKED", lockedUntil: user.lockedUntil };
  }
  const passwordOk = await verifyPassword(password, user.passwordHash);
  if (passwordOk && !user.active) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "auth.login_failed", entityType: "User", entityId: user.id, summary: { username, reason: "DISABLED" } }),
    );
    return { ok: false, reason: "DISABLED" };
  }

  if (!passwordOk) {
    return db().$transaction(async (tx) => {
      // Atomic increment: parallel wrong guesses cannot slip past the limit.
      const updated = await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
      await recordAudit(tx, actor, { action: "auth.login_failed", entityType: "User", entityId: user.id, summary: { username, reason: "WRONG_PASSWORD" } });
      if (updated.failedLoginCount >= MAX_FAILED_LOGINS) {
        const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0, sessionVersion: { increment: 1 } } });
        await recordAudit(tx, actor, { action: "auth.locked", entityType: "User", entityId: user.id, summary: { lockedUntil: lockedUntil.toISOString(), failures: MAX_FAILED_LOGINS } });
        return { ok: false as const, reason: "LOCKED" as const, lockedUntil };
      }
      return { ok: false as const, reason: "INVALID" as const };
    });
  }

  return db().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    await recordAudit(tx, { ...actor, actorRole: user.roles.join(",") }, { action: "auth.login", entityType: "User", entityId: user.id, summary: {} });
    return { ok: true as const, userId: updated.id, sessionVersion: updated.sessionVersion };
  });
}
