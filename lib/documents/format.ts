// Dates and amounts as written in official documents (REFERENCE.md "Other formats").

const DATE_PARTS = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** 2026年7月1日: no zero padding, calendar day in Asia/Shanghai (a DATE column at UTC midnight keeps its day). */
export function formatDateCN(date: Date): string {
  const parts = DATE_PARTS.formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}年${Number(get("month"))}月${Number(get("day"))}日`;
}

/** The blank date line of the templates, for hand completion. */
export const BLANK_DATE = "    年   月   日";

export function formatDateOrBlank(date: Date | null | undefined): string {
  return date ? formatDateCN(date) : BLANK_DATE;
}

const WAN = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: true });

/** An amount already in 万元, e.g. 12,345.5 (the unit is stated in the text or under the table). */
export function formatWan(amount: number): string {
  return WAN.format(amount);
}
