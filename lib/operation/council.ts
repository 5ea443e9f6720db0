import "server-only";
import { text } from "../i18n/text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { isUniqueViolation } from "../errors/unique-violation";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { councilTermEnds } from "../rules/operation-rules";
import { ZCouncilTermInput, chinaTodayIso, type TCouncilTermInput } from "../validation/operation";
import { COUNCIL_ROLES, countCouncilMembers, daysUntil, findOwnedFiledAlliance, findVisibleAlliance, parseOrThrow, toDateColumn } from "./access";
import { canOverseeFiledAlliance, canRunFiledAlliance } from "../authz/alliance-abilities";
import { councilSeatsResult } from "./council-rules";

const taken = () => text("operation.errors.termTaken");

/**
 * 附件2 第十三条（二）: a new three-year council term. Numbered after the last one; it must start after the
 * previous term started. Seats default to today's council; R5 is returned as advice, never a refusal.
 */
export async function recordCouncilTerm(user: SessionUser, raw: Omit<TCouncilTermInput, "seats"> & { seats?: number }, now = new Date()) {
  const owned = await findOwnedFiledAlliance(user, raw.allianceId);
  const { council } = await countCouncilMembers(owned.id);
  const input = parseOrThrow(ZCouncilTermInput, { ...raw, seats: raw.seats ?? council });
  if (input.electedOn !== "" && input.electedOn > chinaTodayIso(now))
    throw new AppError("INVALID_INPUT", undefined, { electedOn: [text("operation.errors.electedInFuture")] });
  try {
    return await db().$transaction(async (tx) => {
      const alliance = await findOwnedFiledAlliance(user, input.allianceId, tx);
      const last = await tx.councilTerm.findFirst({ where: { allianceId: alliance.id }, orderBy: { termNo: "desc" } });
      const startsOn = toDateColumn(input.startsOn);
      if (last && startsOn <= last.startsOn) {
        throw new AppError("INVALID_INPUT", undefined, {
          startsOn: [text("operation.errors.termStartsTooEarly", { termNo: String(last.termNo), date: last.startsOn.toISOString().slice(0, 10) })],
        });
      }
      const endsOn = councilTermEnds(startsOn);
      const term = await tx.councilTerm.create({
        data: {
          allianceId: alliance.id,
          termNo: (last?.termNo ?? 0) + 1,
          startsOn,
          endsOn,
          seats: input.seats,
          electedOn: input.electedOn ? toDateColumn(input.electedOn) : null,
          note: input.note || null,
          createdById: user.id,
        },
      });
      const { members } = await countCouncilMembers(alliance.id, tx);
      const r5 = councilSeatsResult(term.seats, members);
      await recordAudit(tx, actorOf(user), {
        action: "council.term_recorded",
        entityType: "CouncilTerm",
        entityId: term.id,
        summary: {
          allianceId: alliance.id,
          termNo: term.termNo,
          startsOn: input.startsOn,
          endsOn: endsOn.toISOString().slice(0, 10),
          seats: term.seats,
          r5: r5.status,
        },
      });
      return { id: term.id, termNo: term.termNo, startsOn, endsOn, seats: term.seats, r5 };
    });
  } catch (err) {
    // Two filers recording at once both read the same last term; the unique (alliance, termNo) keeps one.
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", undefined, { _form: [taken()] });
    throw err;
  }
}

export type TermStatus = "ACTIVE" | "EXPIRING" | "EXPIRED";

/** 90 days ahead the term shows as due for re-election; past its last day it has expired. */
export function termStatus(daysLeft: number, withinDays = 90): TermStatus {
  if (daysLeft < 0) return "EXPIRED";
  return daysLeft <= withinDays ? "EXPIRING" : "ACTIVE";
}

/** Terms, the current one with days to expiry, and the council members, for the council tab. */
export async function findCouncil(user: SessionUser, allianceId: string, now = new Date()) {
  const alliance = await findVisibleAlliance(user, allianceId);
  const today = chinaTodayIso(now);
  const [terms, councilMembers, counts] = await Promise.all([
    db().councilTerm.findMany({ where: { allianceId: alliance.id }, orderBy: { termNo: "desc" } }),
    db().membership.findMany({
      where: { allianceId: alliance.id, leftOn: null, role: { in: [...COUNCIL_ROLES] } },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, organization: { select: { name: true, type: true } } },
    }),
    countCouncilMembers(alliance.id),
  ]);
  const latest = terms[0];
  const current = latest ? { ...latest, daysLeft: daysUntil(latest.endsOn, today), status: termStatus(daysUntil(latest.endsOn, today)) } : null;
  return {
    alliance,
    canEdit: canRunFiledAlliance(user, alliance),
    // Issue 17 item 10: the service center reminds the re-election now, besides the hourly reminders.
    canRemind: canOverseeFiledAlliance(user, alliance) && latest !== undefined,
    today,
    terms,
    current,
    councilMembers,
    memberCount: counts.members,
    r5: councilSeatsResult(current?.seats ?? counts.council, counts.members),
  };
}

export interface ExpiringTermRow {
  allianceId: string;
  allianceName: string;
  /** null: a filed alliance with no council term recorded (未登记理事会任期). */
  termNo: number | null;
  endsOn: Date | null;
  daysLeft: number | null;
  status: TermStatus | "NONE";
}

/** Filed alliances in scope whose latest term ends within `withinDays` (or already ended), plus those with none recorded. */
export async function findExpiringTerms(user: SessionUser, withinDays = 90, now = new Date()): Promise<ExpiringTermRow[]> {
  const today = chinaTodayIso(now);
  const alliances = await db().alliance.findMany({
    where: { AND: [allianceScope(user), { state: "FILED" }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, councilTerms: { orderBy: { termNo: "desc" }, take: 1, select: { termNo: true, endsOn: true } } },
  });
  const rows: ExpiringTermRow[] = [];
  for (const a of alliances) {
    const term = a.councilTerms[0];
    if (!term) {
      rows.push({ allianceId: a.id, allianceName: a.name, termNo: null, endsOn: null, daysLeft: null, status: "NONE" });
      continue;
    }
    const daysLeft = daysUntil(term.endsOn, today);
    if (daysLeft > withinDays) continue;
    rows.push({ allianceId: a.id, allianceName: a.name, termNo: term.termNo, endsOn: term.endsOn, daysLeft, status: termStatus(daysLeft, withinDays) });
  }
  // Most urgent first; alliances with nothing recorded after the dated ones.
  return rows.sort((x, y) => (x.daysLeft ?? Infinity) - (y.daysLeft ?? Infinity));
}
