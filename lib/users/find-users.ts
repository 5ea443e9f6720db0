import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertRole, type SessionUser } from "../auth/session";
import type { Prisma } from "../db/generated/client";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { USER_LIST, type UserListState } from "./user-list";
import { divisionName } from "../review/units";

/** One page of the accounts, with the true total of the same search and filters (administrators only). */
export async function findUsers(admin: SessionUser, params: RawParams | UserListState = {}, now = new Date()) {
  assertRole(admin, ["SYSTEM_ADMIN", "SECURITY_ADMIN"]);
  const list = USER_LIST.state(params);
  const { role, status } = list.filters;
  const where: Prisma.UserWhereInput = {
    AND: [
      list.q ? { OR: [{ username: containsText(list.q) }, { displayName: containsText(list.q) }] } : {},
      role ? { roles: { has: role } } : {},
      status === "disabled" ? { active: false } : {},
      status === "locked" ? { active: true, lockedUntil: { gt: now } } : {},
      status === "active" ? { active: true, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] } : {},
    ],
  };
  const page = await readPage(
    list,
    () => db().user.count({ where }),
    ({ skip, take }) =>
      db().user.findMany({
        where,
        orderBy: USER_LIST.orderBy(list),
        skip,
        take,
        select: {
          id: true,
          username: true,
          displayName: true,
          roles: true,
          active: true,
          lockedUntil: true,
          lastLoginAt: true,
          division: { select: { code: true, name: true } },
          organization: { select: { name: true } },
        },
      }),
  );
  return { ...page, list };
}

export async function getUserOrThrow(admin: SessionUser, id: string) {
  assertRole(admin, ["SYSTEM_ADMIN"]);
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      roles: true,
      active: true,
      lockedUntil: true,
      failedLoginCount: true,
      divisionId: true,
      organizationId: true,
      phone: true,
      email: true,
      version: true,
      lastLoginAt: true,
      mustChangePassword: true,
      totpEnabledAt: true,
    },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

export async function listDivisionsAndOrgs() {
  const [divisions, organizations] = await Promise.all([
    db().division.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db().organization.findMany({ where: { type: "ENTERPRISE" }, orderBy: { name: "asc" }, select: { id: true, name: true, creditCode: true } }),
  ]);
  return { divisions: divisions.map((d) => ({ id: d.id, name: divisionName(d) })), organizations };
}
