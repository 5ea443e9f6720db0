import "server-only";
import { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { countOpenRevocations, findRevocations } from "../assessment/revocation";
import { asRuleResults } from "../membership/change-rules";
import { termStatus, type ExpiringTermRow } from "../operation/council";
import { daysUntil, toDateColumn } from "../operation/access";
import { dissolutionResult } from "../rules/operation-rules";
import { chinaTodayIso } from "../validation/operation";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { OVERSIGHT_LIST, OVERVIEW_ROWS, type OversightListState, type OversightSection } from "./oversight-list";

// 八（一）、（四）: what the service center must look at now, in one place. Each section is a list that grows
// with the province: it pages on the server with a true total, searches by alliance name or filing number,
// filters by industry and sorts by its date or the alliance's name. The overview shows the first rows of
// each section with its total; ?section= shows one section whole.

const CENTER = ["SERVICE_CENTER"] as const;
/** Council terms ending within this many days count as due for re-election (附件2 第十三条（二）). */
export const TERM_WINDOW_DAYS = 90;

type State = Pick<OversightListState, "page" | "pageSize" | "problems" | "q" | "filters" | "sort" | "dir">;

/** Alliance name or filing number, and the industry: the same narrowing for every section. */
function allianceFilter(list: Pick<State, "q" | "filters">): Prisma.AllianceWhereInput {
  return {
    AND: [
      list.filters.industry ? { industryCode: list.filters.industry } : {},
      list.q ? { OR: [{ name: containsText(list.q) }, { filing: { number: containsText(list.q) } }] } : {},
    ],
  };
}

function dir(list: Pick<State, "dir">): "asc" | "desc" {
  return list.dir;
}

// ---------- passed dissolution votes awaiting confirmation (附件3 第十一条) ----------

function dissolutionWhere(user: SessionUser, list: State): Prisma.DissolutionVoteWhereInput {
  return { passed: true, confirmedAt: null, alliance: { AND: [allianceScope(user), { state: "FILED" }, allianceFilter(list)] } };
}

async function pageDissolutions(user: SessionUser, list: State) {
  const where = dissolutionWhere(user, list);
  const orderBy: Prisma.DissolutionVoteOrderByWithRelationInput[] =
    list.sort === "name" ? [{ alliance: { name: dir(list) } }, { id: "asc" }] : [{ votedOn: dir(list) }, { createdAt: dir(list) }, { id: "asc" }];
  const page = await readPage(
    list,
    () => db().dissolutionVote.count({ where }),
    ({ skip, take }) =>
      db().dissolutionVote.findMany({
        where,
        orderBy,
        skip,
        take,
        select: {
          id: true,
          votedOn: true,
          councilSize: true,
          votesFor: true,
          proposal: true,
          alliance: { select: { id: true, name: true, version: true } },
        },
      }),
  );
  return {
    ...page,
    rows: page.rows.map((v) => ({
      voteId: v.id,
      allianceId: v.alliance.id,
      allianceName: v.alliance.name,
      allianceVersion: v.alliance.version,
      votedOn: v.votedOn,
      message: dissolutionResult(v.councilSize, v.votesFor).message,
      proposal: v.proposal,
    })),
  };
}

// ---------- membership changes after which the alliance fails 六（二）1 ----------

async function pageFlaggedChanges(user: SessionUser, list: State) {
  const where: Prisma.MembershipChangeWhereInput = {
    flagged: true,
    acknowledgedAt: null,
    status: { not: "REJECTED" },
    alliance: { AND: [allianceScope(user), allianceFilter(list)] },
  };
  const orderBy: Prisma.MembershipChangeOrderByWithRelationInput[] =
    list.sort === "name" ? [{ alliance: { name: dir(list) } }, { createdAt: "asc" }, { id: "asc" }] : [{ createdAt: dir(list) }, { id: "asc" }];
  const page = await readPage(
    list,
    () => db().membershipChange.count({ where }),
    ({ skip, take }) => db().membershipChange.findMany({ where, orderBy, skip, take, include: { alliance: { select: { id: true, name: true } } } }),
  );
  // MembershipChange has no relation to Organization: the page's names in one query.
  const orgs = page.rows.length
    ? await db().organization.findMany({ where: { id: { in: page.rows.map((r) => r.organizationId) } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(orgs.map((o) => [o.id, o.name]));
  return { ...page, rows: page.rows.map((r) => ({ ...r, organizationName: nameOf.get(r.organizationId) ?? "", rules: asRuleResults(r.ruleWarnings) })) };
}

// ---------- council terms ending soon, ended, or never recorded ----------

/**
 * Filed alliances whose latest council term ends within the window (or has ended), and those with none
 * recorded, most urgent first. The latest term per alliance and the order by its last day need SQL that
 * Prisma's query builder cannot express (DISTINCT ON), so this one query is written out, with every
 * value a parameter and the ORDER BY chosen from a fixed pair. The service center sees every filed
 * alliance (allianceScope: every submitted one), which is what `state = 'FILED'` selects.
 */
async function pageTerms(user: SessionUser, list: State, now: Date) {
  assertRole(user, CENTER);
  const today = chinaTodayIso(now);
  const limit = new Date(toDateColumn(today).getTime() + TERM_WINDOW_DAYS * 86_400_000);
  const pattern = list.q ? `%${list.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = Prisma.sql`
    a."state" = 'FILED'
    AND (l."endsOn" IS NULL OR l."endsOn" <= ${limit}::date)
    ${list.filters.industry ? Prisma.sql`AND a."industryCode" = ${list.filters.industry}` : Prisma.empty}
    ${pattern ? Prisma.sql`AND (a."name" ILIKE ${pattern} OR f."number" ILIKE ${pattern})` : Prisma.empty}`;
  const from = Prisma.sql`
    FROM "Alliance" a
    LEFT JOIN (
      SELECT DISTINCT ON (t."allianceId") t."allianceId", t."termNo", t."endsOn"
      FROM "CouncilTerm" t
      ORDER BY t."allianceId", t."termNo" DESC
    ) l ON l."allianceId" = a."id"
    LEFT JOIN "Filing" f ON f."allianceId" = a."id"`;
  const d = list.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // Alliances with no term recorded come after the dated ones whichever way the dates run.
  const order = list.sort === "name" ? Prisma.sql`a."name" ${d}, a."id" ASC` : Prisma.sql`l."endsOn" ${d} NULLS LAST, a."name" ASC, a."id" ASC`;
  const page = await readPage(
    list,
    async () => Number((await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n ${from} WHERE ${where}`)[0]?.n ?? 0),
    ({ skip, take }) =>
      db().$queryRaw<{ id: string; name: string; termNo: number | null; endsOn: Date | null }[]>`
        SELECT a."id", a."name", l."termNo", l."endsOn" ${from} WHERE ${where} ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`,
  );
  return {
    ...page,
    rows: page.rows.map((r): ExpiringTermRow => {
      if (!r.endsOn || r.termNo === null) return { allianceId: r.id, allianceName: r.name, termNo: null, endsOn: null, daysLeft: null, status: "NONE" };
      const daysLeft = daysUntil(r.endsOn, today);
      return { allianceId: r.id, allianceName: r.name, termNo: r.termNo, endsOn: r.endsOn, daysLeft, status: termStatus(daysLeft, TERM_WINDOW_DAYS) };
    }),
  };
}

// ---------- the page's loaders ----------

/** Open revocation proposals (八（四）), in the revocation list's own terms (its search also covers the lead unit). */
async function pageRevocations(user: SessionUser, list: State) {
  const { rows, total, page, pages, pageSize } = await findRevocations(user, {
    ...list,
    filters: { status: "open", industry: list.filters.industry },
    sort: list.sort === "name" ? "name" : "proposed",
    query: {},
  });
  return { rows, total, page, pages, pageSize };
}

async function pageSection(user: SessionUser, section: OversightSection, list: State, now: Date) {
  switch (section) {
    case "revocations":
      return { section, ...(await pageRevocations(user, list)) } as const;
    case "dissolutions":
      return { section, ...(await pageDissolutions(user, list)) } as const;
    case "flagged":
      return { section, ...(await pageFlaggedChanges(user, list)) } as const;
    case "terms":
      return { section, ...(await pageTerms(user, list, now)) } as const;
  }
}

export type OversightSectionPage = Awaited<ReturnType<typeof pageSection>>;

/** One section, whole: the page asked for by ?section= (with search, industry, sort and page). */
export async function findOversightSection(user: SessionUser, params: RawParams | OversightListState, now = new Date()) {
  assertRole(user, CENTER);
  const list = OVERSIGHT_LIST.state(params);
  const section = list.filters.section ?? "revocations";
  return { list, ...(await pageSection(user, section, list, now)) };
}

/** The overview: the first rows of every section, each with its true total. */
export async function findOversightItems(user: SessionUser, now = new Date()) {
  assertRole(user, CENTER);
  const overview = (): State => ({ page: 1, pageSize: OVERVIEW_ROWS, problems: {}, q: undefined, filters: {}, sort: "date", dir: "asc" });
  const [revocations, dissolutions, flaggedChanges, expiringTerms] = await Promise.all([
    pageRevocations(user, overview()),
    pageDissolutions(user, overview()),
    pageFlaggedChanges(user, overview()),
    pageTerms(user, overview(), now),
  ]);
  return { revocations, dissolutions, flaggedChanges, expiringTerms };
}

export type OversightItems = Awaited<ReturnType<typeof findOversightItems>>;

/** Counts for the home page tiles: the true totals, without reading the rows. */
export async function countOversightItems(user: SessionUser, now = new Date()) {
  assertRole(user, CENTER);
  const one = (): State => ({ page: 1, pageSize: 1, problems: {}, q: undefined, filters: {}, sort: "date", dir: "asc" });
  const [revocations, dissolutions, flaggedChanges, expiringTerms] = await Promise.all([
    countOpenRevocations(user),
    db().dissolutionVote.count({ where: dissolutionWhere(user, one()) }),
    db().membershipChange.count({ where: { flagged: true, acknowledgedAt: null, status: { not: "REJECTED" }, alliance: allianceScope(user) } }),
    pageTerms(user, one(), now).then((p) => p.total),
  ]);
  return { revocations, dissolutions, flaggedChanges, expiringTerms };
}
