import "server-only";
import type { Prisma } from "../db/generated/client";
import type { MeetingOutcome } from "../db/generated/enums";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { applyTransition } from "../review/apply-transition";
import { chinaTodayIso } from "../validation/membership";
import { meetingDateInFutureMessage, isMeetingDateAllowed } from "./meeting-date";
import type { TransitionName } from "../workflow";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { MEETING_LIST, type MeetingListState } from "./meeting-list";

const SECRETARY = ["DEPARTMENT_SECRETARY"] as const;

/** Filings waiting for the meeting that are not already on an open agenda. */
const CANDIDATES = { state: "MEETING", meetingItems: { none: { outcome: "PENDING" } } } as const satisfies Prisma.AllianceWhereInput;

export async function findAgendaCandidates(user: SessionUser) {
  assertRole(user, SECRETARY);
  return db().alliance.findMany({
    where: CANDIDATES,
    orderBy: { stateSince: "asc" },
    select: {
      id: true,
      name: true,
      stateSince: true,
      currentVersionNo: true,
      industry: { select: { code: true, name: true } },
      leadOrg: { select: { name: true } },
    },
  });
}

export async function createMeeting(user: SessionUser, input: { sessionNo: string; title: string; heldOn: string | null; allianceIds: string[] }) {
  assertRole(user, SECRETARY);
  return db().$transaction(async (tx) => {
    if (await tx.meeting.findUnique({ where: { sessionNo: input.sessionNo } })) {
      throw new AppError("INVALID_INPUT", undefined, { sessionNo: [text("meetings.errors.sessionExists", { session: input.sessionNo })] });
    }
    const candidates = await tx.alliance.findMany({
      where: { id: { in: input.allianceIds }, state: "MEETING", meetingItems: { none: { outcome: "PENDING" } } },
      select: { id: true, currentVersionNo: true },
    });
    if (candidates.length !== new Set(input.allianceIds).size) {
      throw new AppError("CONFLICT", undefined, { allianceIds: [text("meetings.errors.stale")] });
    }
    const meeting = await tx.meeting.create({
      data: {
        sessionNo: input.sessionNo,
        title: input.title,
        heldOn: input.heldOn ? new Date(`${input.heldOn}T00:00:00Z`) : null,
        createdById: user.id,
        decisions: { create: candidates.map((c) => ({ allianceId: c.id, versionNo: c.currentVersionNo })) },
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "meeting.created",
      entityType: "Meeting",
      entityId: meeting.id,
      summary: { sessionNo: meeting.sessionNo, allianceIds: candidates.map((c) => c.id) },
    });
    return meeting;
  });
}

/** One page of the meetings (latest first by default) with the true total of the filter. */
export async function listMeetings(user: SessionUser, params: RawParams | MeetingListState = {}) {
  assertRole(user, SECRETARY);
  const list = MEETING_LIST.state(params);
  const q = list.q;
  const where: Prisma.MeetingWhereInput = {
    AND: [
      list.filters.status === "open" ? { closedAt: null } : list.filters.status === "closed" ? { closedAt: { not: null } } : {},
      q
        ? {
            OR: [
              { sessionNo: containsText(q) },
              { title: containsText(q) },
              { decisions: { some: { alliance: { name: containsText(q) } } } },
              { decisions: { some: { alliance: { filing: { number: containsText(q) } } } } },
            ],
          }
        : {},
    ],
  };
  const page = await readPage(
    list,
    () => db().meeting.count({ where }),
    ({ skip, take }) =>
      db().meeting.findMany({ where, orderBy: MEETING_LIST.orderBy(list), skip, take, include: { decisions: { select: { outcome: true } } } }),
  );
  return { ...page, list };
}

/** How many filings wait for an agenda (the list page shows the number, /meetings/new the filings). */
export async function countAgendaCandidates(user: SessionUser) {
  assertRole(user, SECRETARY);
  return db().alliance.count({ where: CANDIDATES });
}

export async function getMeeting(user: SessionUser, id: string) {
  assertRole(user, SECRETARY);
  const meeting = await db().meeting.findUnique({
    where: { id },
    include: {
      decisions: {
        orderBy: { alliance: { stateSince: "asc" } },
        include: {
          alliance: {
            select: {
              id: true,
              name: true,
              state: true,
              version: true,
              currentVersionNo: true,
              industry: { select: { code: true, name: true } },
              leadOrg: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  return meeting;
}

const TRANSITION_OF: Record<Exclude<MeetingOutcome, "PENDING">, TransitionName> = {
  APPROVE: "MEETING_APPROVE",
  REJECT: "MEETING_REJECT",
  DEFER: "MEETING_DEFER",
};

/**
 * Records the meeting's decision on one filing: the workflow transition and the agenda line change
 * together. The meeting date must be recorded first; the last decision closes the meeting.
 */
export async function recordMeetingDecision(
  user: SessionUser,
  input: { meetingId: string; allianceId: string; version: number; outcome: Exclude<MeetingOutcome, "PENDING">; note: string; heldOn: string },
  today = new Date(),
) {
  assertRole(user, SECRETARY);
  // The form's rule (lib/meetings/meeting-date.ts) on China's calendar, whatever the server's clock zone.
  if (!isMeetingDateAllowed(input.heldOn, chinaTodayIso(today))) throw new AppError("INVALID_INPUT", undefined, { heldOn: [meetingDateInFutureMessage()] });
  const heldOn = new Date(`${input.heldOn}T00:00:00Z`);
  return applyTransition(
    user,
    { allianceId: input.allianceId, transition: TRANSITION_OF[input.outcome], version: input.version, opinion: input.note },
    async (tx) => {
      const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId } });
      if (!meeting) throw new AppError("NOT_FOUND");
      if (meeting.closedAt) throw new AppError("CONFLICT", undefined, { _form: [text("meetings.errors.closed")] });
      const { count } = await tx.meetingDecision.updateMany({
        where: { meetingId: meeting.id, allianceId: input.allianceId, outcome: "PENDING" },
        data: { outcome: input.outcome, note: input.note.trim() || null, decidedAt: new Date() },
      });
      if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [text("meetings.errors.notOnAgenda")] });
      await tx.meeting.update({ where: { id: meeting.id }, data: { heldOn } });
      const pending = await tx.meetingDecision.count({ where: { meetingId: meeting.id, outcome: "PENDING" } });
      if (pending === 0) {
        await tx.meeting.update({ where: { id: meeting.id }, data: { closedAt: new Date() } });
        await recordAudit(tx, actorOf(user), {
          action: "meeting.closed",
          entityType: "Meeting",
          entityId: meeting.id,
          summary: { sessionNo: meeting.sessionNo },
        });
      }
      return { meetingId: meeting.id, sessionNo: meeting.sessionNo, outcome: input.outcome, note: input.note.trim() };
    },
  );
}
