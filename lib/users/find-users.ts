import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertRole, type SessionUser } from "../auth/session";

export async function findUsers(admin: SessionUser, filter: { q?: string; page?: number } = {}) {
  assertRole(admin, ["SYSTEM_ADMIN", "SECURITY_ADMIN"]);
  const page = Math.max(1, filter.page ?? 1);
  const where = filter.q
    ? { OR: [{ username: { contains: filter.q, mode: "insensitive" as const } }, { displayName: { contains: filter.q } }] }
    : {};
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: { username: "asc" },
      skip: (page - 1) * 50,
      take: 50,
      select: {
        id: true, username: true, displayName: true, roles: true, active: true, lockedUntil: true, lastLoginAt: true,
        division: { select: { name: true } },
        organization: { select: { name: true } },
      },
    }),
    db().user.count({ where }),
  ]);
  return { rows, total, page };
}

export async function getUserOrThrow(admin: SessionUser, id: string) {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true, username: true, displayName: true, roles: true, active: true, lockedUntil: true, failedLoginCount: true,
      divisionId: true, organizationId: true, phone: true, email: true, version: true, lastLoginAt: true, mustChangePassword: true,
      totpEnabledAt: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

export async function listDivisionsAndOrgs() {
  const [divisions, organizations] = await Promise.all([
    db().division.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } }),
    db().organization.findMany({ where: { type: "ENTERPRISE" }, orderBy: { name: "asc" }, select: { id: true, name: true, creditCode: true } }),
  ]);
  return { divisions, organizations };
}
