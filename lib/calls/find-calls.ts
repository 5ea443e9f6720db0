import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { hasAnyRole } from "../auth/roles";

const STAFF = ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"] as const;

/** Calls are public to enterprises while open; staff see all, a division its own industries. */
function callScope(user: SessionUser): Prisma.CallWhereInput | null {
  if (user.roles.includes("DEPARTMENT_SECRETARY")) return {};
  if (user.roles.includes("DIVISION_REVIEWER") && user.divisionId) return { industry: { divisionId: user.divisionId } };
  if (user.roles.includes("ENTERPRISE_FILER") && user.organizationId) return {};
  return null;
}

export async function findCalls(user: SessionUser) {
  const scope = callScope(user);
  if (!scope) throw new AppError("FORBIDDEN");
  const mine = user.organizationId ? { where: { organizationId: user.organizationId } } : { where: { id: { in: [] } } };
  return db().call.findMany({
    where: scope,
    orderBy: { deadline: "desc" },
    include: {
      industry: { select: { name: true } },
      _count: { select: { intents: { where: { status: "SUBMITTED" } } } },
      intents: { ...mine, select: { id: true, status: true } },
    },
  });
}

export async function getCallOrThrow(user: SessionUser, id: string) {
  const scope = callScope(user);
  if (!scope) throw new AppError("NOT_FOUND");
  const isStaff = hasAnyRole(user.roles, STAFF);
  const call = await db().call.findFirst({
    where: { AND: [{ id }, scope] },
    include: {
      industry: true,
      intents: {
        // Enterprises see only their own intent; staff see every one.
        where: isStaff ? {} : { organizationId: user.organizationId ?? "" },
        orderBy: { createdAt: "asc" },
        include: { organization: true, alliances: { select: { id: true, name: true } } },
      },
    },
  });
  if (!call) throw new AppError("NOT_FOUND");
  // 七（一）: the division owning the industry qualifies lead enterprises.
  const canDecide = user.roles.includes("DIVISION_REVIEWER") && call.industry.divisionId === user.divisionId;
  return { call, isStaff, canDecide };
}
