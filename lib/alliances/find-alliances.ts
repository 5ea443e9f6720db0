import "server-only";
import type { Prisma } from "../db/generated/client";
import type { AllianceState } from "../db/generated/enums";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { ZRuleReport } from "../rules/schema";
import { rewordStoredReport, storedReportNeedsRewording } from "../filing/reword-report";
import { fromJsonColumn } from "../validation/json-column";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { ALLIANCE_LIST, type AllianceListState } from "./alliance-list";

/** One page of the alliances the user may see, with the true total of the same scope and filter. */
export async function findAlliances(user: SessionUser, params: RawParams | AllianceListState = {}) {
  const list = ALLIANCE_LIST.state(params);
  const f = list.filters;
  const where: Prisma.AllianceWhereInput = {
    AND: [
      allianceScope(user),
      f.state ? { state: f.state } : {},
      f.industry ? { industryCode: f.industry } : {},
      list.q ? { OR: [{ name: containsText(list.q) }, { filing: { number: containsText(list.q) } }] } : {},
    ],
  };
  const page = await readPage(
    list,
    () => db().alliance.count({ where }),
    ({ skip, take }) =>
      db().alliance.findMany({
        where,
        orderBy: ALLIANCE_LIST.orderBy(list),
        skip,
        take,
        select: {
          id: true,
          name: true,
          state: true,
          updatedAt: true,
          industry: { select: { code: true, name: true } },
          leadOrg: { select: { name: true } },
          filing: { select: { number: true } },
          _count: { select: { memberships: { where: { leftOn: null } } } },
        },
      }),
  );
  return { ...page, list };
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

/**
 * The rule report frozen with the latest submitted version, as reviewers read it: stored in Chinese, and given
 * to readers of another language in their words when the rules still reach the frozen verdict (reword-report.ts).
 */
export async function getLatestRuleReport(user: SessionUser, allianceId: string) {
  // The snapshot is read only for the words of another language: Chinese readers get the stored report as it is.
  const reword = storedReportNeedsRewording();
  const version = await db().applicationVersion.findFirst({
    where: { alliance: { AND: [{ id: allianceId }, allianceScope(user)] } },
    orderBy: { versionNo: "desc" },
    select: { versionNo: true, submittedAt: true, ruleReport: true, snapshot: reword },
  });
  const stored = version && fromJsonColumn(ZRuleReport, version.ruleReport);
  if (!version || !stored || stored.length === 0) return null;
  const results = reword ? rewordStoredReport(stored, version.snapshot) : stored;
  return { versionNo: version.versionNo, submittedAt: version.submittedAt, results };
}
