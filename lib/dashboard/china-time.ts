// Months and years as the department counts them: China Standard Time (UTC+8, no daylight saving,
// so a fixed offset is exact). Pure, so the unit test can pin the month edges.
const OFFSET_MS = 8 * 3_600_000;

export function chinaYear(d: Date): number {
  return new Date(d.getTime() + OFFSET_MS).getUTCFullYear();
}

/** "2026-03" for the China month containing d. */
export function chinaMonthKey(d: Date): string {
  const c = new Date(d.getTime() + OFFSET_MS);
  return `${c.getUTCFullYear()}-${String(c.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The instant a China month begins (month is 0-based and may overflow, as in Date.UTC). */
function monthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1) - OFFSET_MS);
}

export interface MonthWindow {
  keys: string[];
  /** Inclusive start and exclusive end, as instants. */
  start: Date;
  end: Date;
}

/** The twelve months of `year`, or the last twelve months up to and including the current one. */
export function monthWindow(now: Date, year?: number): MonthWindow {
  const c = new Date(now.getTime() + OFFSET_MS);
  const [y, m] = year ? [year, 0] : [c.getUTCFullYear(), c.getUTCMonth() - 11];
  const keys = Array.from({ length: 12 }, (_, i) => chinaMonthKey(monthStart(y, m + i)));
  return { keys, start: monthStart(y, m), end: monthStart(y, m + 12) };
}

/** "20260305": the China date for a file name. */
export function chinaDateStamp(d: Date): string {
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, "");
}
