import "server-only";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import type { TCalendarDayInput, TCalendarDayRemove } from "../validation/calendar";
import { isWeekend, type WorkingCalendar } from "./working-days";

// The holiday calendar in the database: read by every service-time computation (one query, a few dozen
// rows a year), kept by the system administrator, each change audited in its own transaction.

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const dayValue = (day: string) => new Date(`${day}T00:00:00Z`);

export async function getWorkingCalendar(client: Pick<Tx, "calendarDay"> = db()): Promise<WorkingCalendar> {
  const rows = await client.calendarDay.findMany({ select: { date: true, kind: true } });
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const r of rows) (r.kind === "HOLIDAY" ? holidays : workdays).add(dayKey(r.date));
  return { holidays, workdays };
}

/** One year's entries, in date order, for the administrator's screen. */
export async function listCalendarDays(user: SessionUser, year: number) {
  assertRole(user, ["SYSTEM_ADMIN"]);
  const rows = await db().calendarDay.findMany({
    where: { date: { gte: dayValue(`${year}-01-01`), lte: dayValue(`${year}-12-31`) } },
    orderBy: { date: "asc" },
  });
  return rows.map((r) => ({ date: dayKey(r.date), kind: r.kind, name: r.name, updatedBy: r.updatedBy, weekend: isWeekend(dayKey(r.date)) }));
}

/**
 * Records a day as a holiday or a 调休 working day (replacing what was recorded for it). A holiday on a
 * Saturday or Sunday, or a working day on a weekday, would change nothing and is refused at the field.
 */
export async function setCalendarDay(user: SessionUser, input: TCalendarDayInput) {
  assertRole(user, ["SYSTEM_ADMIN"]);
  const weekend = isWeekend(input.date);
  if (input.kind === "WORKDAY" && !weekend) {
    throw new AppError("INVALID_INPUT", undefined, { kind: [text("calendar.workdayOnWeekday")] });
  }
  if (input.kind === "HOLIDAY" && weekend) {
    throw new AppError("INVALID_INPUT", undefined, { kind: [text("calendar.holidayOnWeekend")] });
  }
  await db().$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: dayValue(input.date) } });
    if (before && before.kind === input.kind && before.name === input.name) return;
    await tx.calendarDay.upsert({
      where: { date: dayValue(input.date) },
      create: { date: dayValue(input.date), kind: input.kind, name: input.name, updatedBy: user.username },
      update: { kind: input.kind, name: input.name, updatedBy: user.username },
    });
    await recordAudit(tx, actorOf(user), {
      action: "calendar.day_set",
      entityType: "CalendarDay",
      entityId: input.date,
      summary: { date: input.date, kind: input.kind, name: input.name, from: before ? { kind: before.kind, name: before.name } : null },
    });
  });
}

export async function removeCalendarDay(user: SessionUser, input: TCalendarDayRemove) {
  assertRole(user, ["SYSTEM_ADMIN"]);
  await db().$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { date: dayValue(input.date) } });
    if (!before) throw new AppError("NOT_FOUND");
    await tx.calendarDay.delete({ where: { date: before.date } });
    await recordAudit(tx, actorOf(user), {
      action: "calendar.day_removed",
      entityType: "CalendarDay",
      entityId: input.date,
      summary: { date: input.date, kind: before.kind, name: before.name },
    });
  });
}
