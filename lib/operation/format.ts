import { text } from "../i18n/text";

/** A DATE column's calendar day as message values (year, month, day), for operation.date. */
export function dateValues(d: Date): { year: string; month: string; day: string } {
  return { year: String(d.getUTCFullYear()), month: String(d.getUTCMonth() + 1), day: String(d.getUTCDate()) };
}

// 2026年7月1日 (1 July 2026 in English), from a DATE column's calendar day, in the current language.
export function formatChinaDate(d: Date): string {
  return text("operation.date", dateValues(d));
}
