import "server-only";
import type { AllianceState, Role } from "../db/generated/enums";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { hasAnyRole } from "../auth/roles";
import { allianceScope } from "../authz/alliance-scope";
import { countAlliancesByState, findAlliances } from "../alliances/find-alliances";
import { queueCounts } from "../review/queue";
import { findOperationTiles } from "./operation-tiles";
import { industryName } from "../rules/industries";

// Which states each role watches on its home page: its own queue first.
export const QUEUE_STATES: Partial<Record<Role, AllianceState[]>> = {
  ENTERPRISE_FILER: ["DRAFT", "RETURNED", "DIVISION_REVIEW", "FILED"],
  DIVISION_REVIEWER: ["DIVISION_REVIEW", "RETURNED", "FILED"],
  DEPARTMENT_SECRETARY: ["FORM_REVIEW", "MEETING", "FILED"],
  INSTITUTE_OFFICER: ["FILING", "FILED", "REVOKED"],
  SERVICE_CENTER: ["FILED", "REVOKED"],
};

const BUSINESS: Role[] = ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER"];

export async function getHomeData(user: SessionUser) {
  const now = new Date();
  const dayAgo = new Date(now.getTime() - 86_400_000);
  const business = hasAnyRole(user.roles, BUSINESS);
  const [todo, operation, counts, mine, byIndustry, admin, security, audit] = await Promise.all([
    queueCounts(user, now),
    findOperationTiles(user, now),
    business ? countAlliancesByState(user) : null,
    user.roles.includes("ENTERPRISE_FILER") ? findAlliances(user, {}) : null,
    hasAnyRole(user.roles, ["SERVICE_CENTER", "INSTITUTE_OFFICER", "DEPARTMENT_SECRETARY"])
      ? db().alliance.groupBy({ by: ["industryCode"], where: { AND: [allianceScope(user), { state: "FILED" }] }, _count: { _all: true } })
      : null,
    user.roles.includes("SYSTEM_ADMIN")
      ? Promise.all([db().user.count(), db().user.count({ where: { lockedUntil: { gt: now } } }), db().user.count({ where: { active: false } })])
      : null,
    user.roles.includes("SECURITY_ADMIN")
      ? Promise.all([
          db().user.findMany({ where: { lockedUntil: { gt: now } }, select: { id: true, username: true, displayName: true, lockedUntil: true } }),
          db().auditEvent.count({ where: { action: "auth.login_failed", at: { gte: dayAgo } } }),
        ])
      : null,
    user.roles.includes("AUDIT_ADMIN")
      ? Promise.all([
          db().auditEvent.count({ where: { at: { gte: startOfDay(now) } } }),
          // The chain numbers events 1, 2, 3 … without gaps (trigger AuditEvent_chain), so the highest seq is the
          // total, read from the unique index instead of counting every row of a log kept at least 184 days.
          // (Not aggregate({ _max }): Prisma wraps it in a subquery with OFFSET, which scans the whole table.)
          db()
            .auditEvent.findFirst({ where: { seq: { not: null } }, orderBy: { seq: "desc" }, select: { seq: true } })
            .then((e) => Number(e?.seq ?? 0)),
        ])
      : null,
  ]);
  const industries = byIndustry ? await db().industry.findMany({ orderBy: { sortOrder: "asc" } }) : [];
  const watched = [...new Set(user.roles.flatMap((r) => QUEUE_STATES[r] ?? []))];
  return {
    todo,
    operation,
    queue: counts ? watched.map((state) => ({ state, count: counts[state] ?? 0 })) : null,
    mine: mine?.rows ?? null,
    byIndustry: byIndustry
      ? industries.map((i) => ({ name: industryName(i), count: byIndustry.find((g) => g.industryCode === i.code)?._count._all ?? 0 }))
      : null,
    admin: admin ? { users: admin[0], locked: admin[1], disabled: admin[2] } : null,
    security: security ? { locked: security[0], failed24h: security[1] } : null,
    audit: audit ? { today: audit[0], total: audit[1] } : null,
  };
}

function startOfDay(d: Date): Date {
  // Asia/Shanghai has no DST: midnight there is 16:00 UTC of the day before.
  const shanghai = new Date(d.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth(), shanghai.getUTCDate()) - 8 * 3_600_000);
}
