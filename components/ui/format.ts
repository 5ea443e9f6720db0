import type { Locale } from "@/lib/i18n/locales";
import { currentLocale, text } from "@/lib/i18n/text";

// One style for every date and time the portal shows (issue 14, 17), in the page's language (issue 18):
// 2026年11月12日, 2026年11月12日 14:05, months in tables as 2026年1月; in English 12 Nov 2026,
// 12 Nov 2026, 14:05 and Jan 2026 (catalogue: format.*). Beijing time. Values are wrapped in nowrap where
// shown in tables. The language is text()'s: the request's on the server (Chinese inside the official
// documents' inLocale("zh-CN")), the page's in the browser.
const parts = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
  timeZone: "Asia/Shanghai",
});

function fields(d: Date): Record<"year" | "month" | "day" | "hour" | "minute", string> {
  const out = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const p of parts.formatToParts(d)) if (p.type in out) out[p.type as keyof typeof out] = p.value;
  // Some ICU versions write midnight as 24:00 under hour12: false.
  if (out.hour === "24") out.hour = "00";
  return out;
}

// Values are passed as strings: a number would be grouped ("2,026").
export function formatDate(d: Date | null | undefined): string {
  if (!d) return "";
  const f = fields(d);
  return text("format.date", { year: f.year, month: f.month, day: f.day });
}

export function formatDateTime(d: Date | null | undefined): string {
  if (!d) return "";
  const f = fields(d);
  return text("format.dateTime", { date: text("format.date", { year: f.year, month: f.month, day: f.day }), time: `${f.hour}:${f.minute}` });
}

/** Time of day only (e.g. "已保存（14:05）"), same clock as formatDateTime. */
export function formatTime(d: Date | null | undefined): string {
  if (!d) return "";
  const f = fields(d);
  return `${f.hour}:${f.minute}`;
}

/** A month in a table: 2026年1月. Accepts a Date or "2026-01". */
export function formatMonth(v: Date | string | null | undefined): string {
  if (!v) return "";
  if (typeof v === "string") {
    const m = /^(\d{4})-(\d{1,2})/.exec(v);
    return m ? text("format.month", { year: m[1]!, month: String(Number(m[2])) }) : v;
  }
  const f = fields(v);
  return text("format.month", { year: f.year, month: f.month });
}

// One formatter per language for every amount: toLocaleString with options builds a new one per call, which
// showed in the server's CPU profile of member tables (docs/BENCHMARK.md).
const wanFmt = new Map<Locale, Intl.NumberFormat>();

export function formatWan(v: { toString(): string } | null | undefined): string {
  if (v === null || v === undefined) return "";
  const n = Number(v.toString());
  if (!Number.isFinite(n)) return "";
  const locale = currentLocale();
  let fmt = wanFmt.get(locale);
  if (!fmt) wanFmt.set(locale, (fmt = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 })));
  return fmt.format(n);
}
