import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/password";
import { passwordProblemMessage, passwordProblems } from "../auth/password-policy";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { assertNotDutyAccount } from "./duty-guard";

/** Admin reset: a temporary password the user must replace; all the user's sessions end. */
export async function resetPassword(admin: SessionUser, id: string, newPassword: string) {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  const target = await db().user.findUnique({ where: { id }, select: { username: true, roles: true } });
  if (!target) throw new AppError("NOT_FOUND");
  assertNotDutyAccount(target, "newPassword");
  if (passwordProblems(newPassword, target.username).includes("CONTAINS_USERNAME")) {
    throw new AppError("WEAK_PASSWORD", undefined, { newPassword: [passwordProblemMessage("CONTAINS_USERNAME")] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), failedLoginCount: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actorOf(admin), { action: "user.password_reset", entityType: "User", entityId: id, summary: {} });
  });
}
