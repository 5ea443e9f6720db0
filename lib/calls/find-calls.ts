import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { hasAnyRole } from "../auth/roles";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { CALL_LIST, type CallListState, type CallStatusFilter } from "./call-list";

const STAFF = ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"] as const;

/** Calls are public to enterprises while open; staff see all, a division its own industries. */
function callScope(user: SessionUser): Prisma.CallWhereInput | null {
  if (user.roles.includes("DEPARTMENT_SECRETARY")) return {};
  if (user.roles.includes("DIVISION_REVIEWER") && user.divisionId) return { industry: { divisionId: user.divisionId } };
  if (user.roles.includes("ENTERPRISE_FILER") && user.organizationId) return {};
  return null;
}

/** Open = accepting intents now: status OPEN and the deadline not passed. The filter and each row's mark agree. */
function statusWhere(status: CallStatusFilter, now: Date): Prisma.CallWhereInput {
  const open: Prisma.CallWhereInput = { status: "OPEN", deadline: { gte: now } };
  return status === "open" ? open : { NOT: open };
}

/** One page of the calls the user may see (latest deadline first by default), with the true total of the filter. */
export async function findCalls(user: SessionUser, params: RawParams | CallListState = {}, now = new Date()) {
  const scope = callScope(user);
  if (!scope) throw new AppError("FORBIDDEN");
  const list = CALL_LIST.state(params);
  const f = list.filters;
  const where: Prisma.CallWhereInput = {
    AND: [
      scope,
      f.status ? statusWhere(f.status, now) : {},
      f.industry ? { industryCode: f.industry } : {},
      list.q ? { OR: [{ title: containsText(list.q) }, { industry: { name: containsText(list.q) } }] } : {},
    ],
  };
  const mine = user.organizationId ? { where: { organizationId: user.organizationId } } : { where: { id: { in: [] } } };
  const page = await readPage(
    list,
    () => db().call.count({ where }),
    ({ skip, take }) =>
      db().call.findMany({
        where,
        orderBy: CALL_LIST.orderBy(list),
        skip,
        take,
        include: {
          industry: { select: { code: true, name: true } },
          _count: { select: { intents: { where: { status: "SUBMITTED" } } } },
          intents: { ...mine, select: { id: true, status: true } },
        },
      }),
  );
  return { ...page, list, rows: page.rows.map((c) => ({ ...c, open: c.status === "OPEN" && c.deadline >= now })) };
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
