import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { assertNotDutyAccount } from "./duty-guard";

export async function unlockUser(admin: SessionUser, id: string) {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { lockedUntil: true, failedLoginCount: true, roles: true } });
    if (!before) throw new AppError("NOT_FOUND");
    assertNotDutyAccount(before);
    await tx.user.update({ where: { id }, data: { lockedUntil: null, failedLoginCount: 0 } });
    await recordAudit(tx, actorOf(admin), {
      action: "user.unlocked",
      entityType: "User",
      entityId: id,
      summary: { lockedUntil: before.lockedUntil?.toISOString() ?? null },
    });
  });
}
