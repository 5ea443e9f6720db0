import "server-only";
import type { AllianceState } from "../db/generated/enums";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import type { RuleResult } from "../rules/types";

export interface AllianceListFilter {
  state?: AllianceState;
  industryCode?: string;
  q?: string;
  page?: number;
}

export const PAGE_SIZE = 20;

export async function findAlliances(user: SessionUser, filter: AllianceListFilter = {}) {
  const where = {
    AND: [
      allianceScope(user),
      filter.state ? { state: filter.state } : {},
      filter.industryCode ? { industryCode: filter.industryCode } : {},
      filter.q ? { name: { contains: filter.q, mode: "insensitive" as const } } : {},
    ],
  };
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total] = await Promise.all([
    db().alliance.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        state: true,
        updatedAt: true,
        industry: { select: { name: true } },
        leadOrg: { select: { name: true } },
        filing: { select: { number: true } },
        _count: { select: { memberships: { where: { leftOn: null } } } },
      },
    }),
    db().alliance.count({ where }),
  ]);
  return { rows, total, page, pageSize: PAGE_SIZE };
}

/** Throws NOT_FOUND for an alliance outside the user's scope: guessing ids reveals nothing. */
export async function getAllianceOrThrow(user: SessionUser, id: string) {
  const alliance = await db().alliance.findFirst({
    where: { AND: [{ id }, allianceScope(user)] },
    include: {
      industry: true,
      leadOrg: true,
      filing: true,
      memberships: {
        where: { leftOn: null },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        include: { organization: true },
      },
    },
  });
  if (!alliance) throw new AppError("NOT_FOUND");
  return alliance;
}

export async function countAlliancesByState(user: SessionUser) {
  const groups = await db().alliance.groupBy({ by: ["state"], where: allianceScope(user), _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.state, g._count._all])) as Partial<Record<AllianceState, number>>;
}

/** The rule report frozen with the latest submitted version, as reviewers read it. */
export async function getLatestRuleReport(user: SessionUser, allianceId: string) {
  const version = await db().applicationVersion.findFirst({
    where: { alliance: { AND: [{ id: allianceId }, allianceScope(user)] } },
    orderBy: { versionNo: "desc" },
    select: { versionNo: true, submittedAt: true, ruleReport: true },
  });
  if (!version || !Array.isArray(version.ruleReport) || version.ruleReport.length === 0) return null;
  return { versionNo: version.versionNo, submittedAt: version.submittedAt, results: version.ruleReport as unknown as RuleResult[] };
}
