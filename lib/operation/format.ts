// 2026年7月1日 for text that is stored (notification bodies), from a DATE column's calendar day.
export function formatChinaDate(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
