// Pure, so the demo seed (run outside Next.js) formats numbers the same way the filing action does.

/** 吉科联备〔2026〕001号: the year in 〔〕, the sequence zero-padded to three digits. */
export function formatFilingNumber(year: number, seq: number): string {
  return `吉科联备〔${year}〕${String(seq).padStart(3, "0")}号`; // i18n-data: the stored official number
}
