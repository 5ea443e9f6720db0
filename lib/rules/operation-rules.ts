// Rules for a filed alliance: R11 revocation after two failing years (八（四）), R12 dissolution vote (附件3 第十一条),
// and the council's three-year term (附件2 第十三条（二）). Dates are passed in; nothing here reads the clock.
import { text } from "../i18n/text";
import { listText, ruleResult } from "./meta";
import type { RuleResult } from "./types";

export interface AnnualGrade {
  year: number;
  failed: boolean;
}

/**
 * R11: flagged when the latest assessed year and the calendar year before it both failed.
 * A gap year breaks the run (2023 fail, 2025 fail, 2024 missing → not consecutive). Order of input does not matter.
 */
export function consecutiveFailingYears(grades: readonly AnnualGrade[]): { flagged: boolean; years: number[] } {
  const byYear = new Map<number, boolean>();
  for (const g of grades) {
    if (!Number.isInteger(g.year)) throw new RangeError(text("rules.assessmentYears.invalidYear", { year: String(g.year) }));
    // Two grades for one year is a data error; guessing which one counts could revoke or spare wrongly.
    if (byYear.has(g.year)) throw new RangeError(text("rules.assessmentYears.duplicateYear", { year: String(g.year) }));
    byYear.set(g.year, g.failed);
  }
  if (byYear.size === 0) return { flagged: false, years: [] };
  const latest = Math.max(...byYear.keys());
  if (byYear.get(latest) === true && byYear.get(latest - 1) === true) {
    return { flagged: true, years: [latest - 1, latest] };
  }
  return { flagged: false, years: [] };
}

export function annualAssessmentResult(grades: readonly AnnualGrade[]): RuleResult {
  const { flagged, years } = consecutiveFailingYears(grades);
  if (flagged) {
    return ruleResult("R11", "fail", text("rules.assessmentYears.fail", { years: listText(years) }), "assessments");
  }
  return ruleResult("R11", "pass", text("rules.assessmentYears.pass"), "assessments");
}

function checkCount(value: number, label: "councilSize" | "votesFor"): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(text("rules.dissolution.notCount", { label: text(`rules.dissolution.${label}`), value: String(value) }));
  }
}

/** R12: at least 4/5 of the council, 含本数 (8 of 10 passes, 7 of 10 fails). Integer math: no 0.8 float compare. */
export function dissolutionPasses(councilSize: number, votesFor: number): boolean {
  checkCount(councilSize, "councilSize");
  checkCount(votesFor, "votesFor");
  if (councilSize === 0) throw new RangeError(text("rules.dissolution.councilZero"));
  if (votesFor > councilSize) throw new RangeError(text("rules.dissolution.tooManyVotes", { votes: String(votesFor), size: String(councilSize) }));
  return votesFor * 5 >= councilSize * 4;
}

export function dissolutionResult(councilSize: number, votesFor: number): RuleResult {
  const ok = dissolutionPasses(councilSize, votesFor);
  const needed = Math.floor((councilSize * 4 + 4) / 5); // ceil(4n/5) in integers
  const msg = text("rules.dissolution.result", { size: String(councilSize), votes: String(votesFor), ok: ok ? "yes" : "no", needed: String(needed) });
  return ruleResult("R12", ok ? "pass" : "fail", msg, "dissolution");
}

/** Last day of a three-year council term starting on `start` (UTC calendar dates): 2024-03-01 → 2027-02-28. */
export function councilTermEnds(start: Date): Date {
  if (Number.isNaN(start.getTime())) throw new RangeError(text("rules.councilTermStartInvalid"));
  // Day 0 of a month is the last day of the previous one, so "minus a day" also handles 29 February.
  const end = new Date(0); // 00:00 UTC; setUTCFullYear (not Date.UTC) keeps years < 100 literal
  end.setUTCFullYear(start.getUTCFullYear() + 3, start.getUTCMonth(), start.getUTCDate() - 1);
  return end;
}
