import "server-only";
import { db } from "../db/client";
import type { User } from "../db/generated/client";
import { recordAudit, type AuditActor } from "../audit/record";
import { hitRateLimit, peekRateLimit } from "../security/rate-limit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { matchTotp, openSecret, requiresTotp } from "./totp";

// GB/T 22239-2019 8.1.4.1 b): end the session and lock after repeated failures.
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** How long each sign-in from an address over its failure limit waits before it is checked. */
export const ADDRESS_SLOWDOWN_MS = 1500;

export type SignInFailure = "INVALID" | "LOCKED" | "DISABLED" | "TOTP_REQUIRED" | "TOTP_INVALID" | "RATE_LIMITED";

export type SignInResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: SignInFailure; lockedUntil?: Date };

type FailReason = "UNKNOWN_USER" | "LOCKED" | "DISABLED" | "WRONG_PASSWORD" | "WRONG_TOTP" | "TOTP_REPLAY" | "RATE_LIMITED";

async function auditFailure(actor: AuditActor, userId: string | null, username: string, reason: FailReason): Promise<void> {
  await db().$transaction((tx) => recordAudit(tx, actor, { action: "auth.login_failed", entityType: "User", entityId: userId, summary: { username, reason } }));
}

/** A wrong password or code: counted atomically, so parallel wrong guesses cannot slip past the limit. */
async function countFailure(user: User, actor: AuditActor, reason: FailReason, now: Date): Promise<SignInResult> {
  return db().$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } });
    await recordAudit(tx, actor, { action: "auth.login_failed", entityType: "User", entityId: user.id, summary: { username: user.username, reason } });
    if (updated.failedLoginCount >= MAX_FAILED_LOGINS) {
      const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
      await tx.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, actor, {
        action: "auth.locked",
        entityType: "User",
        entityId: user.id,
        summary: { lockedUntil: lockedUntil.toISOString(), failures: MAX_FAILED_LOGINS },
      });
      return { ok: false as const, reason: "LOCKED" as const, lockedUntil };
    }
    return { ok: false as const, reason: reason === "WRONG_PASSWORD" ? ("INVALID" as const) : ("TOTP_INVALID" as const) };
  });
}

/**
 * Checks credentials (password, then the TOTP code for reviewers and administrators who have enrolled),
 * applies the lockout and the per-address limit on failures; every outcome but a code request is audited.
 */
export async function signInWithPassword(usernameRaw: string, password: string, ip: string | null, now = new Date(), totp = ""): Promise<SignInResult> {
  // A control character can be in no username; replaced, so the failure is audited (PostgreSQL refuses NUL) and counted.
  const username = usernameRaw
    .trim()
    .toLowerCase()
    .slice(0, 64)
    .replace(/[\u0000-\u001f]/g, "\ufffd");
  const anon = { actorId: null, actorName: username, actorRole: null, ip };
  // Per-address limits never refuse an account that is not itself under attack. Many people share one address
  // (a government office behind one NAT, a proxy the portal does not trust): a refusal per address would let one
  // person with 20 wrong passwords lock everyone there out. So:
  //  - refusals are per account + address: failures against this account from this address (the lockout above
  //    counts per account from anywhere);
  //  - failures per address across accounts (password spraying) slow every answer to that address instead of
  //    refusing it, so correct credentials still get in, a little later.
  // Without a known address there are no address buckets: a shared one would let anyone block everyone.
  const pair = `${username}|${ip ?? ""}`;
  if (ip && (await peekRateLimit("signInFailuresByAccountIp", pair, now)) <= 0) {
    await auditFailure(anon, null, username, "RATE_LIMITED");
    return { ok: false, reason: "RATE_LIMITED" };
  }
  if (ip && (await peekRateLimit("signInFailuresByIp", ip, now)) <= 0) await new Promise((r) => setTimeout(r, ADDRESS_SLOWDOWN_MS));
  const failed = async (result: Promise<SignInResult> | SignInResult): Promise<SignInResult> => {
    if (ip) await Promise.all([hitRateLimit("signInFailuresByIp", ip, now), hitRateLimit("signInFailuresByAccountIp", pair, now)]);
    return result;
  };

  const user = await db().user.findUnique({ where: { username } });
  if (!user) {
    await burnPasswordCheck(password);
    await auditFailure(anon, null, username, "UNKNOWN_USER");
    return failed({ ok: false, reason: "INVALID" });
  }
  const actor = { ...anon, actorId: user.id, actorName: user.username };

  if (user.lockedUntil && user.lockedUntil > now) {
    await auditFailure(actor, user.id, username, "LOCKED");
    return failed({ ok: false, reason: "LOCKED", lockedUntil: user.lockedUntil });
  }
  const passwordOk = await verifyPassword(password, user.passwordHash);
  if (passwordOk && !user.active) {
    await auditFailure(actor, user.id, username, "DISABLED");
    return failed({ ok: false, reason: "DISABLED" });
  }
  if (!passwordOk) return failed(countFailure(user, actor, "WRONG_PASSWORD", now));

  let step: number | null = null;
  if (requiresTotp(user.roles) && user.totpEnabledAt && user.totpSecret) {
    if (!totp) return { ok: false, reason: "TOTP_REQUIRED" };
    const match = matchTotp(openSecret(user.totpSecret), totp.trim(), user.totpLastStep, now.getTime());
    if (!match) return failed(countFailure(user, actor, "WRONG_TOTP", now));
    if ("replay" in match) return failed(countFailure(user, actor, "TOTP_REPLAY", now));
    step = match.step;
  }

  const outcome = await db().$transaction(async (tx) => {
    if (step !== null) {
      // The step is claimed atomically: two sign-ins racing with one code cannot both pass.
      const claimed = await tx.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (claimed.count === 0) return null;
    }
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
    });
    await recordAudit(
      tx,
      { ...actor, actorRole: user.roles.join(",") },
      { action: "auth.login", entityType: "User", entityId: user.id, summary: step !== null ? { factors: 2 } : {} },
    );
    return { ok: true as const, userId: updated.id, sessionVersion: updated.sessionVersion };
  });
  return outcome ?? failed(countFailure(user, actor, "TOTP_REPLAY", now));
}
