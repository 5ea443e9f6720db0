// Pure: which alliances a year's assessment covers (八（四）, issue 17 item 4) and when the service center may publish
// the year's results (issue 17 item 3). Used by the scoring page, the publish button, publishResults, the reminders
// and the dashboard, so the page, the button and the server say the same thing.

import { text } from "../i18n/text";
import { listText } from "../rules/meta";

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
  if (!filedAt) return { covered: false, reason: text("assessmentLib.coverage.noFilingDate", { year: String(scheme.year) }) };
  if (filedAt < coverageCutoffInstant(scheme)) return { covered: true, reason: null };
  const cutoff = coverageCutoffDay(scheme);
  return { covered: false, reason: text("assessmentLib.coverage.filedAfterCutoff", { filed: beijingDay(filedAt), cutoff, year: String(scheme.year) }) };
}

/**
 * The filer's side of coverage (issue 17): what the alliance's report list, home tile and report page show, and what
 * the server answers, for a year whose assessment does not cover the alliance; null when it is covered.
 */
export function notCoveredMessage(scheme: { year: number; coverageCutoff: Date | null }, filedAt: Date | null): string | null {
  if (filedAt && filedAt < coverageCutoffInstant(scheme)) return null;
  const cutoff = coverageCutoffDay(scheme);
  return filedAt
    ? text("assessmentLib.coverage.notCoveredFiled", { filed: beijingDay(filedAt), cutoff })
    : text("assessmentLib.coverage.notCoveredUnfiled", { cutoff });
}

/** A covered alliance's report the center returned for correction and that has not been handed in again. */
export interface ReturnedReportFact {
  allianceName: string;
  /** The end of the correction day (AnnualReport.correctionDue). */
  correctionDue: Date;
}

/** Whether the correction window of a returned report is still open at `now` (the filer may still hand it in). */
export function isReturnOpen(correctionDue: Date, now: Date): boolean {
  return now <= correctionDue;
}

export const EARLY_CLOSE_REASON_MIN = 5;

export interface PublishFacts {
  reportDue: Date;
  /** Covered alliances (in the center's scope) and how many of them handed in a report (submitted or scored). */
  covered: number;
  handedIn: number;
  /** Handed-in reports not yet scored. */
  unscored: number;
  /**
   * Covered alliances' reports returned for correction and not handed in again (RETURNED), open or lapsed: while the
   * correction day has not passed they block publishing; after it they count as not handed in.
   */
  returned: ReturnedReportFact[];
}

export type PublishReadiness =
  | {
      allowed: true;
      basis: "DUE_PASSED" | "ALL_HANDED_IN" | "EARLY_CLOSE";
      reasons: [];
      /** What publishing will do that the center should know, e.g. lapsed corrections graded as not handed in. */
      notes: string[];
    }
  | { allowed: false; /** An explicit early close with a reason would open it. */ earlyClose: boolean; reasons: string[]; notes: string[] };

/** "甲联盟（更正截止 2027-03-10）、乙联盟（…）": the reports named, with their correction days. */
function namesWithDays(rows: ReturnedReportFact[]): string {
  return listText(rows.map((r) => text("assessmentLib.coverage.nameWithDay", { name: r.allianceName, day: beijingDay(r.correctionDue) })));
}

/** The reports whose correction window is open at `now`, and those whose window passed without a new hand-in. */
export function splitReturns(returned: ReturnedReportFact[], now: Date): { open: ReturnedReportFact[]; lapsed: ReturnedReportFact[] } {
  const sorted = [...returned].sort((a, b) => a.correctionDue.getTime() - b.correctionDue.getTime() || a.allianceName.localeCompare(b.allianceName));
  return { open: sorted.filter((r) => isReturnOpen(r.correctionDue, now)), lapsed: sorted.filter((r) => !isReturnOpen(r.correctionDue, now)) };
}

/**
 * 八（四）: results are published after the report due date, or earlier once every covered alliance has handed in its
 * report, or earlier still by an explicit early close with a reason (those yet to hand in are then graded 不合格).
 * Handed-in reports must all be scored first in every case. A report returned for correction (issue 17 item 5) holds
 * publication until its correction day has passed, whatever the basis (an early close does not cut a correction
 * window short); once that day has passed without a new hand-in, it counts as not handed in (不合格 on publication).
 */
export function publishReadiness(facts: PublishFacts, now: Date, earlyCloseReason?: string | null): PublishReadiness {
  const { open, lapsed } = splitReturns(facts.returned, now);
  const notes = lapsed.length > 0 ? [text("assessmentLib.coverage.lapsedNote", { count: String(lapsed.length), names: namesWithDays(lapsed) })] : [];
  const blocking: string[] = [];
  if (facts.unscored > 0) blocking.push(text("assessmentLib.coverage.unscored", { count: String(facts.unscored) }));
  if (open.length > 0) {
    const last = beijingDay(open[open.length - 1]!.correctionDue);
    blocking.push(text("assessmentLib.coverage.openReturns", { count: String(open.length), last, names: namesWithDays(open) }));
  }
  if (blocking.length > 0) return { allowed: false, earlyClose: false, reasons: blocking, notes };
  if (now >= facts.reportDue) return { allowed: true, basis: "DUE_PASSED", reasons: [], notes };
  const outstanding = Math.max(facts.covered - facts.handedIn, 0);
  if (outstanding === 0) return { allowed: true, basis: "ALL_HANDED_IN", reasons: [], notes };
  if (Array.from((earlyCloseReason ?? "").trim()).length >= EARLY_CLOSE_REASON_MIN) return { allowed: true, basis: "EARLY_CLOSE", reasons: [], notes };
  const due = beijingDay(facts.reportDue);
  return {
    allowed: false,
    earlyClose: true,
    reasons: [
      text("assessmentLib.coverage.notDue", {
        due,
        covered: String(facts.covered),
        outstanding: String(outstanding),
        hasLapsed: lapsed.length > 0 ? "yes" : "no",
        lapsed: String(lapsed.length),
      }),
    ],
    notes,
  };
}
