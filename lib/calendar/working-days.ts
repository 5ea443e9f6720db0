// Working days (工作日) as the department counts them: Monday to Friday in China Standard Time, less the
// public holidays (法定节假日) that fall on them, plus the 调休 Saturdays and Sundays that are worked.
// The one definition behind every service time (服务时限): the queue's overdue mark and filter, the home
// counts, the dashboard's workload and the overdue reminders. Pure, so the unit test can pin each edge;
// the calendar itself is read from the database by getWorkingCalendar (./calendar.ts).

const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
/** A calendar with every day a holiday must not loop for ever: ten years is more than any service time. */
const MAX_STEPS = 3_660;

export interface WorkingCalendar {
  /** "YYYY-MM-DD" days off that would otherwise be working days (Monday-Friday). */
  holidays: ReadonlySet<string>;
  /** "YYYY-MM-DD" Saturdays or Sundays that are worked (调休). */
  workdays: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

/** The China date of an instant, "YYYY-MM-DD". */
export function chinaDateOf(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a China date begins (00:00 UTC+8). */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

function shift(day: string, by: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(day: string): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
}

export function isWorkingDay(day: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  return !isWeekend(day);
}

/** The n-th working day after `day` (not counting `day` itself); n = 0 gives `day`. */
export function addWorkingDays(day: string, n: number, cal: WorkingCalendar): string {
  let d = day;
  for (let left = n, steps = 0; left > 0 && steps < MAX_STEPS; steps++) {
    d = shift(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** The n-th working day before `day` (not counting `day` itself). */
export function subtractWorkingDays(day: string, n: number, cal: WorkingCalendar): string {
  let d = day;
  for (let left = n, steps = 0; left > 0 && steps < MAX_STEPS; steps++) {
    d = shift(d, -1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days d with from < d <= to (0 when to is not after from). */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar): number {
  let count = 0;
  for (let d = shift(from, 1), steps = 0; d <= to && steps < MAX_STEPS; d = shift(d, 1), steps++) {
    if (isWorkingDay(d, cal)) count++;
  }
  return count;
}

/**
 * The last day of a service time of `limit` working days for an item that entered its stage at `since`:
 * the day of entry does not count, the limit-th working day after it is the last day allowed.
 */
export function serviceDueDate(since: Date, limit: number, cal: WorkingCalendar): string {
  return addWorkingDays(chinaDateOf(since), limit, cal);
}

/** Overdue from the day after the last allowed day (China time). */
export function isServiceOverdue(since: Date, limit: number, now: Date, cal: WorkingCalendar): boolean {
  return chinaDateOf(now) > serviceDueDate(since, limit, cal);
}

/**
 * The same test as a moment, for SQL: an item is overdue now exactly when it entered its stage before the
 * start of the limit-th working day before today. (If it entered on that day or later, fewer than `limit`
 * working days lie between its entry and today, so its last allowed day is today or later.)
 */
export function overdueCutoff(limit: number, now: Date, cal: WorkingCalendar): Date {
  return chinaDayStart(subtractWorkingDays(chinaDateOf(now), limit, cal));
}

/** Working days the item has waited: those after its day of entry up to and including today. */
export function workingDaysWaited(since: Date, now: Date, cal: WorkingCalendar): number {
  return workingDaysBetween(chinaDateOf(since), chinaDateOf(now), cal);
}
