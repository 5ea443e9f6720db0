import "server-only";
import { db } from "../db/client";
import { assertRole, type SessionUser } from "../auth/session";

export async function getSecurityOverview(user: SessionUser) {
  assertRole(user, ["SECURITY_ADMIN"]);
  const now = new Date();
  const [locked, failedGroups] = await Promise.all([
    db().user.findMany({ where: { lockedUntil: { gt: now } }, select: { id: true, username: true, displayName: true, lockedUntil: true } }),
    db().auditEvent.groupBy({
      by: ["actorName"],
      where: { action: "auth.login_failed", at: { gte: new Date(now.getTime() - 86_400_000) } },
      _count: { _all: true },
      orderBy: { _count: { actorName: "desc" } },
      take: 20,
    }),
  ]);
  return { locked, failed: failedGroups.map((g) => ({ actorName: g.actorName, count: g._count._all })) };
}
