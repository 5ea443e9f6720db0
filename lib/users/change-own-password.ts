import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { hashPassword, verifyPassword } from "../auth/password";
import { passwordProblemMessage, passwordProblems } from "../auth/password-policy";
import { text } from "../i18n/text";
import { actorOf, type SessionUser } from "../auth/session";

/** Returns the new session version so the caller's own session can continue. */
export async function changeOwnPassword(user: SessionUser, current: string, next: string): Promise<number> {
  const row = await db().user.findUnique({ where: { id: user.id } });
  if (!row) throw new AppError("UNAUTHENTICATED");
  if (!(await verifyPassword(current, row.passwordHash))) {
    throw new AppError("WRONG_PASSWORD", undefined, { current: [text("passwordPolicy.wrongCurrent")] });
  }
  if (passwordProblems(next, row.username).includes("CONTAINS_USERNAME")) {
    throw new AppError("WEAK_PASSWORD", undefined, { next: [passwordProblemMessage("CONTAINS_USERNAME")] });
  }
  const passwordHash = await hashPassword(next);
  return db().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actorOf(user), { action: "user.password_changed", entityType: "User", entityId: user.id, summary: {} });
    return updated.sessionVersion;
  });
}
