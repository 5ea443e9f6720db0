// Dates as in official documents: 2026年7月1日, Beijing time.
const dateFmt = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "Asia/Shanghai" });
const dateTimeFmt = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false, timeZone: "Asia/Shanghai",
});

export function formatDate(d: Date | null | undefined): string {
  return d ? dateFmt.format(d) : "";
}

export function formatDateTime(d: Date | null | undefined): string {
  return d ? dateTimeFmt.format(d) : "";
}

// One formatter for every amount: toLocaleString with options builds a new one per call, which showed in the
// server's CPU profile of member tables (docs/BENCHMARK.md).
const wanFmt = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatWan(v: { toString(): string } | null | undefined): string {
  if (v === null || v === undefined) return "";
  const n = Number(v.toString());
  return Number.isFinite(n) ? wanFmt.format(n) : "";
}
