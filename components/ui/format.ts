// One style for every date and time the portal shows (issue 14, 17): 2026年11月12日, 2026年11月12日 14:05,
// months in tables as 2026年1月; Beijing time. Values are wrapped in nowrap where shown in tables.
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

export function formatDate(d: Date | null | undefined): string {
  if (!d) return "";
  const f = fields(d);
  return `${f.year}年${f.month}月${f.day}日`;
}

export function formatDateTime(d: Date | null | undefined): string {
  if (!d) return "";
  const f = fields(d);
  return `${f.year}年${f.month}月${f.day}日 ${f.hour}:${f.minute}`;
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
    return m ? `${m[1]}年${Number(m[2])}月` : v;
  }
  const f = fields(v);
  return `${f.year}年${f.month}月`;
}

// One formatter for every amount: toLocaleString with options builds a new one per call, which showed in the
// server's CPU profile of member tables (docs/BENCHMARK.md).
const wanFmt = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatWan(v: { toString(): string } | null | undefined): string {
  if (v === null || v === undefined) return "";
  const n = Number(v.toString());
  return Number.isFinite(n) ? wanFmt.format(n) : "";
}
