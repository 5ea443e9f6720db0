import "server-only";
import { text } from "../i18n/text";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { ZActivityInput, chinaTodayIso, type TActivityInput } from "../validation/operation";
import { findOwnedFiledAlliance, findVisibleAlliance, parseOrThrow, toDateColumn } from "./access";
import { canRunFiledAlliance } from "../authz/alliance-abilities";

function yearRange(year: number) {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** 八（一）系列活动: the filer logs an activity already held (never a future date). */
export async function logActivity(user: SessionUser, raw: TActivityInput, now = new Date()) {
  const input = parseOrThrow(ZActivityInput, raw);
  if (input.heldOn > chinaTodayIso(now)) throw new AppError("INVALID_INPUT", undefined, { heldOn: [text("operation.errors.heldInFuture")] });
  return db().$transaction(async (tx) => {
    const alliance = await findOwnedFiledAlliance(user, input.allianceId, tx);
    const row = await tx.activity.create({
      data: {
        allianceId: alliance.id,
        kind: input.kind,
        title: input.title,
        heldOn: toDateColumn(input.heldOn),
        participants: input.participants ?? null,
        description: input.description,
        createdById: user.id,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "activity.logged",
      entityType: "Activity",
      entityId: row.id,
      summary: { allianceId: alliance.id, kind: input.kind, title: input.title, heldOn: input.heldOn },
    });
    return { id: row.id };
  });
}

/**
 * The filer removes an activity of the current year only: earlier years have fed an annual report and
 * assessment, so they stay as they were.
 */
export async function removeActivity(user: SessionUser, input: { activityId: string }, now = new Date()) {
  const year = Number(chinaTodayIso(now).slice(0, 4));
  return db().$transaction(async (tx) => {
    const row = await tx.activity.findUnique({ where: { id: input.activityId }, select: { id: true, allianceId: true, title: true, heldOn: true } });
    if (!row) throw new AppError("NOT_FOUND");
    await findOwnedFiledAlliance(user, row.allianceId, tx);
    if (row.heldOn.getUTCFullYear() !== year)
      throw new AppError("FORBIDDEN", undefined, { _form: [text("operation.errors.activityPastYear", { year: String(year) })] });
    const { count } = await tx.activity.deleteMany({ where: { id: row.id, allianceId: row.allianceId } });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.activityGone")] });
    await recordAudit(tx, actorOf(user), {
      action: "activity.removed",
      entityType: "Activity",
      entityId: row.id,
      summary: { allianceId: row.allianceId, title: row.title, heldOn: row.heldOn.toISOString().slice(0, 10) },
    });
  });
}

/** Activities of an alliance in scope, newest first, grouped by year for the tab. */
export async function findActivities(user: SessionUser, allianceId: string, now = new Date()) {
  const alliance = await findVisibleAlliance(user, allianceId);
  const rows = await db().activity.findMany({ where: { allianceId: alliance.id }, orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }] });
  const byYear = new Map<number, typeof rows>();
  for (const r of rows) {
    const y = r.heldOn.getUTCFullYear();
    byYear.set(y, [...(byYear.get(y) ?? []), r]);
  }
  return {
    alliance,
    canEdit: canRunFiledAlliance(user, alliance),
    currentYear: Number(chinaTodayIso(now).slice(0, 4)),
    years: [...byYear.entries()].map(([year, activities]) => ({ year, activities })),
  };
}

/** For the annual assessment (八（四）): activities held in that calendar year. */
export async function countActivities(allianceId: string, year: number, client: Tx = db()): Promise<number> {
  return client.activity.count({ where: { allianceId, heldOn: yearRange(year) } });
}
