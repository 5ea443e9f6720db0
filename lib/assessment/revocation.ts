import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { applyTransition } from "../review/apply-transition";
import { failingBasis } from "./publish-results";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { OPEN_REVOCATION_LIST, revocationState, type RevocationListState } from "./revocation-list";
import { text } from "../i18n/text";

const CENTER = ["SERVICE_CENTER"] as const;
const revocationTaken = () => text("assessmentLib.revocation.taken");

const ROW = {
  id: true,
  allianceId: true,
  basisAssessmentIds: true,
  reason: true,
  status: true,
  proposedAt: true,
  confirmedAt: true,
  dismissedAt: true,
  note: true,
  alliance: {
    select: {
      id: true,
      name: true,
      state: true,
      version: true,
      industry: { select: { code: true, name: true } },
      leadOrg: { select: { name: true } },
      filing: { select: { number: true } },
    },
  },
} as const satisfies Prisma.RevocationSelect;

/** The assessments each revocation rests on (year, score, grade, report), in one query, so each one is traceable. */
async function attachBasis<T extends { basisAssessmentIds: string[] }>(rows: T[]) {
  const ids = rows.flatMap((r) => r.basisAssessmentIds);
  const basis = ids.length
    ? await db().assessment.findMany({
        where: { id: { in: ids } },
        select: { id: true, year: true, score: true, grade: true, comment: true, reportId: true },
      })
    : [];
  const byId = new Map(basis.map((b) => [b.id, { ...b, score: b.score.toFixed(2) }]));
  return rows.map((r) => ({
    ...r,
    basis: r.basisAssessmentIds.flatMap((id) => byId.get(id) ?? []).sort((a, b) => a.year - b.year),
  }));
}

async function withBasis(where: Prisma.RevocationWhereInput, orderBy: Prisma.RevocationOrderByWithRelationInput[], take: number) {
  return attachBasis(await db().revocation.findMany({ where, orderBy, select: ROW, take }));
}

export type RevocationRow = Awaited<ReturnType<typeof withBasis>>[number];

const OPEN: Prisma.RevocationWhereInput = { status: "PROPOSED" };
const CLOSED: Prisma.RevocationWhereInput = { status: { in: ["CONFIRMED", "DISMISSED"] } };

/** Open proposals (八（四）), oldest first: the service center's to-do list (the first `take` of them). */
export async function findOpenRevocations(user: SessionUser, take = 200): Promise<RevocationRow[]> {
  assertRole(user, CENTER);
  return withBasis({ ...OPEN, alliance: allianceScope(user) }, [{ proposedAt: "asc" }, { id: "asc" }], take);
}

export async function findClosedRevocations(user: SessionUser, take = 200): Promise<RevocationRow[]> {
  assertRole(user, CENTER);
  return withBasis({ ...CLOSED, alliance: allianceScope(user) }, [{ proposedAt: "desc" }, { id: "asc" }], take);
}

/** How many proposals are open in the user's scope (the home tile and the oversight summary). */
export async function countOpenRevocations(user: SessionUser): Promise<number> {
  assertRole(user, CENTER);
  return db().revocation.count({ where: { ...OPEN, alliance: allianceScope(user) } });
}

/**
 * One page of the open proposals or of the handled ones (?status=closed), searched by alliance, lead unit
 * or filing number, with the true total of the view and of the other view under the same search.
 */
export async function findRevocations(user: SessionUser, params: RawParams | RevocationListState = {}) {
  assertRole(user, CENTER);
  const list = revocationState(params);
  const f = list.filters;
  const closed = f.status === "closed";
  const q = list.q;
  const common: Prisma.RevocationWhereInput[] = [
    { alliance: allianceScope(user) },
    f.industry ? { alliance: { industryCode: f.industry } } : {},
    q
      ? {
          OR: [
            { alliance: { name: containsText(q) } },
            { alliance: { leadOrg: { name: containsText(q) } } },
            { alliance: { filing: { number: containsText(q) } } },
          ],
        }
      : {},
  ];
  const where: Prisma.RevocationWhereInput = { AND: [...common, closed ? (f.result ? { status: f.result } : CLOSED) : OPEN] };
  const [page, openTotal, closedTotal] = await Promise.all([
    readPage(
      list,
      () => db().revocation.count({ where }),
      async ({ skip, take }) => attachBasis(await db().revocation.findMany({ where, orderBy: OPEN_REVOCATION_LIST.orderBy(list), skip, take, select: ROW })),
    ),
    db().revocation.count({ where: { AND: [...common, OPEN] } }),
    db().revocation.count({ where: { AND: [...common, CLOSED] } }),
  ]);
  return { ...page, list, view: closed ? ("closed" as const) : ("open" as const), openTotal, closedTotal };
}

/**
 * Confirms a proposal: the alliance's REVOKE transition, refused unless two consecutive published
 * results failed (re-read inside the transaction), with the proposal and the filing record updated
 * in the same transaction. The filers are told by the transition (notifyForState).
 */
export async function confirmRevocation(user: SessionUser, input: { revocationId: string; allianceVersion: number; note: string }) {
  assertRole(user, CENTER);
  const revocation = await db().revocation.findFirst({
    where: { id: input.revocationId, alliance: allianceScope(user) },
    select: { id: true, allianceId: true, status: true },
  });
  if (!revocation) throw new AppError("NOT_FOUND");
  if (revocation.status !== "PROPOSED") throw new AppError("CONFLICT", undefined, { _form: [revocationTaken()] });
  const now = new Date();
  return applyTransition(
    user,
    { allianceId: revocation.allianceId, transition: "REVOKE", version: input.allianceVersion, opinion: input.note },
    async (tx) => {
      const { count } = await tx.revocation.updateMany({
        where: { id: revocation.id, status: "PROPOSED" },
        data: { status: "CONFIRMED", confirmedAt: now, confirmedById: user.id, note: input.note || null },
      });
      if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [revocationTaken()] });
      // The public notice list reads revokedAt, so the listing changes in the same commit.
      await tx.filing.updateMany({ where: { allianceId: revocation.allianceId, revokedAt: null }, data: { revokedAt: now } });
      await recordAudit(tx, actorOf(user), {
        action: "revocation.confirmed",
        entityType: "Revocation",
        entityId: revocation.id,
        summary: { allianceId: revocation.allianceId, note: input.note, changes: { status: { from: "PROPOSED", to: "CONFIRMED" } } },
      });
      return { revocationId: revocation.id };
    },
    async (tx, alliance) => ({ consecutiveFailingYears: (await failingBasis(tx, alliance.id)) !== null }),
  );
}

/** Sets a proposal aside (e.g. an appeal upheld); the alliance stays filed. The reason is required and audited. */
export async function dismissRevocation(user: SessionUser, input: { revocationId: string; note: string }) {
  assertRole(user, CENTER);
  return db().$transaction(async (tx) => {
    const row = await tx.revocation.findFirst({ where: { id: input.revocationId, alliance: allianceScope(user) }, select: { id: true, allianceId: true } });
    if (!row) throw new AppError("NOT_FOUND");
    const { count } = await tx.revocation.updateMany({
      where: { id: row.id, status: "PROPOSED" },
      data: { status: "DISMISSED", dismissedAt: new Date(), dismissedById: user.id, note: input.note },
    });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [revocationTaken()] });
    await recordAudit(tx, actorOf(user), {
      action: "revocation.dismissed",
      entityType: "Revocation",
      entityId: row.id,
      summary: { allianceId: row.allianceId, note: input.note, changes: { status: { from: "PROPOSED", to: "DISMISSED" } } },
    });
    return { revocationId: row.id };
  });
}
