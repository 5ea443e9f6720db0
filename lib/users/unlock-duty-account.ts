import type { PrismaClient } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { recordAudit } from "../audit/record";
import { deploymentOwnerActor, findDutyAccountOrThrow, operatorLabel } from "./duty-account-common";

/** The sign-in limit kept per account and address (lib/security/rate-limit.ts, lib/auth/sign-in.ts): "<kind>:<username>|<ip>". */
const pairBuckets = (username: string) => `signInFailuresByAccountIp:${username}|`;

/**
 * The deployment's owner lifts the lock of an administrator duty account before it runs out by itself: the lock, the
 * failure count and the account's per-address sign-in refusals go, in one transaction with the audit event. An account
 * with nothing to lift is left as it is and nothing is recorded.
 */
export async function unlockDutyAccount(
  prisma: PrismaClient,
  input: { username: string; operator?: string },
  now = new Date(),
): Promise<{ id: string; username: string; role: Role; wasLocked: boolean; changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const account = await findDutyAccountOrThrow(tx, input.username);
    const wasLocked = account.lockedUntil !== null && account.lockedUntil > now;
    // LIKE treats "_" in a user name as a wildcard: the prefix is checked again here, exactly.
    const prefix = pairBuckets(account.username);
    const keys = (await tx.rateLimitBucket.findMany({ where: { key: { startsWith: prefix } }, select: { key: true } }))
      .map((b) => b.key)
      .filter((k) => k.startsWith(prefix));
    const pairs = keys.length ? await tx.rateLimitBucket.deleteMany({ where: { key: { in: [...new Set(keys)] } } }) : { count: 0 };
    if (!wasLocked && account.failedLoginCount === 0 && pairs.count === 0)
      return { id: account.id, username: account.username, role: account.role, wasLocked, changed: false };
    await tx.user.update({ where: { id: account.id }, data: { lockedUntil: null, failedLoginCount: 0 } });
    await recordAudit(tx, deploymentOwnerActor(), {
      action: "user.duty_unlocked",
      entityType: "User",
      entityId: account.id,
      summary: {
        username: account.username,
        role: account.role,
        lockedUntil: wasLocked ? account.lockedUntil!.toISOString() : null,
        failures: account.failedLoginCount,
        addressRefusalsCleared: pairs.count,
        operator: operatorLabel(input.operator),
      },
    });
    return { id: account.id, username: account.username, role: account.role, wasLocked, changed: true };
  });
}
