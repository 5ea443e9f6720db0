import type { Tx } from "../db/client";

// The ReminderSent ledger (prisma/schema.prisma) seen from a reminder the service center sends when it chooses
// (issue 17 item 10): never to a subject already reminded that China day. The hourly jobs write
// "<subject>:<threshold>" (lib/assessment/reminders.ts, lib/operation/term-reminders.ts); a reminder sent now writes
// "<subject>:now:<YYYY-MM-DD>", so a second click the same day, or a click after the hourly job reminded that subject
// today, sends nothing; the key is inserted before the notices, so two clicks at once send one. (The hourly jobs keep
// their own thresholds and do not look at these keys: a threshold reached later that day still sends.)

const BEIJING_MS = 8 * 3_600_000;

/** The China calendar day of an instant (YYYY-MM-DD) and the instant it began. */
export function chinaDay(now: Date): { day: string; start: Date } {
  const day = new Date(now.getTime() + BEIJING_MS).toISOString().slice(0, 10);
  return { day, start: new Date(`${day}T00:00:00+08:00`) };
}

/** Subjects (the part of the key after `prefix`, up to the next ":") that any reminder reached since the day began. */
export async function remindedToday(tx: Tx, prefix: string, now: Date): Promise<Set<string>> {
  const rows = await tx.reminderSent.findMany({ where: { key: { startsWith: prefix }, sentAt: { gte: chinaDay(now).start } }, select: { key: true } });
  return new Set(rows.filter((r) => r.key.startsWith(prefix)).map((r) => r.key.slice(prefix.length).split(":")[0]!));
}

/** Claims today's on-demand reminder of one subject: false when it was claimed already (by an earlier or a parallel click). */
export async function claimReminderNow(tx: Tx, subjectKey: string, now: Date): Promise<boolean> {
  const { count } = await tx.reminderSent.createMany({ data: [{ key: `${subjectKey}:now:${chinaDay(now).day}`, sentAt: now }], skipDuplicates: true });
  return count === 1;
}
