// Pure: which alliances a year's assessment covers (八（四）, issue 17 item 4) and when the service center may publish
// the year's results (issue 17 item 3). Used by the scoring page, the publish button, publishResults, the reminders
// and the dashboard, so the page, the button and the server say the same thing.

const BEIJING_MS = 8 * 3_600_000;

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
function beijingDay(d: Date): string {
  return new Date(d.getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

/** The cut-off day (YYYY-MM-DD): the scheme's own, or 1 January of its year. */
export function coverageCutoffDay(scheme: { year: number; coverageCutoff: Date | null }): string {
  return scheme.coverageCutoff ? scheme.coverageCutoff.toISOString().slice(0, 10) : `${scheme.year}-01-01`;
}

/** The first instant not covered: 00:00 Beijing time on the cut-off day. */
export function coverageCutoffInstant(scheme: { year: number; coverageCutoff: Date | null }): Date {
  return new Date(`${coverageCutoffDay(scheme)}T00:00:00+08:00`);
}

/** The cut-off day a scheme may be given: within its year (a later day would cover alliances filed after the year). */
export function isCutoffInYear(year: number, day: string): boolean {
  return day >= `${year}-01-01` && day <= `${year}-12-31`;
}

/** Whether an alliance filed at `filedAt` reports for the scheme's year, and if not, why (shown beside its name). */
export function coverageOf(scheme: { year: number; coverageCutoff: Date | null }, filedAt: Date | null): { covered: boolean; reason: string | null } {
  if (!filedAt) return { covered: false, reason: `尚无备案日期，不参加 ${scheme.year} 年度考核` };
  if (filedAt < coverageCutoffInstant(scheme)) return { covered: true, reason: null };
  const cutoff = coverageCutoffDay(scheme);
  return { covered: false, reason: `${beijingDay(filedAt)} 备案，晚于本年度考核覆盖截止日 ${cutoff}（截止日前备案的联盟参加 ${scheme.year} 年度考核）` };
}

export const EARLY_CLOSE_REASON_MIN = 5;

export interface PublishFacts {
  reportDue: Date;
  /** Covered alliances (in the center's scope) and how many of them handed in a report (submitted or scored). */
  covered: number;
  handedIn: number;
  /** Handed-in reports not yet scored. */
  unscored: number;
}

export type PublishReadiness =
  | { allowed: true; basis: "DUE_PASSED" | "ALL_HANDED_IN" | "EARLY_CLOSE"; reasons: [] }
  | { allowed: false; /** An explicit early close with a reason would open it. */ earlyClose: boolean; reasons: string[] };

/**
 * 八（四）: results are published after the report due date, or earlier once every covered alliance has handed in its
 * report, or earlier still by an explicit early close with a reason (those yet to hand in are then graded 不合格).
 * Handed-in reports must all be scored first in every case.
 */
export function publishReadiness(facts: PublishFacts, now: Date, earlyCloseReason?: string | null): PublishReadiness {
  if (facts.unscored > 0) {
    return { allowed: false, earlyClose: false, reasons: [`尚有 ${facts.unscored} 份已提交的年度报告未评分，请全部评分后再发布考核结果`] };
  }
  if (now >= facts.reportDue) return { allowed: true, basis: "DUE_PASSED", reasons: [] };
  const outstanding = Math.max(facts.covered - facts.handedIn, 0);
  if (outstanding === 0) return { allowed: true, basis: "ALL_HANDED_IN", reasons: [] };
  if (Array.from((earlyCloseReason ?? "").trim()).length >= EARLY_CLOSE_REASON_MIN) return { allowed: true, basis: "EARLY_CLOSE", reasons: [] };
  const due = beijingDay(facts.reportDue);
  return {
    allowed: false,
    earlyClose: true,
    reasons: [`年度报告提交截止日期（${due}）未到，纳入本年度考核的 ${facts.covered} 家联盟中尚有 ${outstanding} 家未提交年度报告，截止前仍可提交（八（四））`],
  };
}
