import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";

// Fixed-window counters in the database, so every web instance shares them (docs/SCALING.md).
// Sign-in also has the per-account lockout (lib/auth/sign-in.ts); these limits stop one address
// from guessing across many accounts, flooding uploads, or spamming the public forms.
export const RATE_LIMITS = {
  // Failed sign-ins of one account from one address: over it, that pair is refused (lib/auth/sign-in.ts).
  signInFailuresByAccountIp: { limit: 10, windowSeconds: 600 },
  // Failed sign-ins from one address across accounts: over it, answers to that address are slowed, never refused
  // (an office behind one NAT address must not be locked out by one person; lib/auth/sign-in.ts says why).
  signInFailuresByIp: { limit: 20, windowSeconds: 600 },
  upload: { limit: 60, windowSeconds: 600 },
  publicObjection: { limit: 5, windowSeconds: 3600 },
  publicConfirm: { limit: 20, windowSeconds: 3600 },
  publicVerify: { limit: 60, windowSeconds: 600 },
  // Confirmation mails to one member unit's contact e-mail (lib/membership/email-confirm-links.ts): sending and
  // resending together, so the portal cannot be used to flood a mailbox.
  confirmEmail: { limit: 3, windowSeconds: 3600 },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

function bucketOf(kind: RateLimitKind, subject: string, now: Date) {
  const { limit, windowSeconds } = RATE_LIMITS[kind];
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return { limit, windowMs, windowStart, key: `${kind}:${subject.slice(0, 200)}` };
}

/** Counts one attempt and says whether it is within the limit (atomic across instances). */
export async function hitRateLimit(kind: RateLimitKind, subject: string, now = new Date()): Promise<RateLimitResult> {
  const { limit, windowMs, windowStart, key } = bucketOf(kind, subject, now);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
  return { allowed: count <= limit, count, retryAfterSeconds };
}

/** How many attempts are left in the current window (negative or zero: over the limit). Does not count one. */
export async function peekRateLimit(kind: RateLimitKind, subject: string, now = new Date()): Promise<number> {
  const { limit, windowStart, key } = bucketOf(kind, subject, now);
  const row = await db().rateLimitBucket.findUnique({ where: { key_windowStart: { key, windowStart } } });
  return limit - (row?.count ?? 0);
}

/** Throws RATE_LIMITED when over the limit. A missing subject (no address known) shares one bucket. */
export async function enforceRateLimit(kind: RateLimitKind, subject: string | null, now = new Date()): Promise<void> {
  const result = await hitRateLimit(kind, subject ?? "unknown", now);
  if (!result.allowed) throw new AppError("RATE_LIMITED");
}

/** Drops windows that ended more than a day ago (run by the hourly scheduler). */
export async function pruneRateLimits(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 3600 * 1000);
  const res = await db().rateLimitBucket.deleteMany({ where: { windowStart: { lt: cutoff } } });
  return res.count;
}
