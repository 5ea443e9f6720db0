// A stored rule report (ApplicationVersion.ruleReport) is frozen in Chinese at submission (lib/filing/submit-filing.ts),
// whoever submits. A reader in another language gets the same frozen verdict in their own words: the rules are run
// again on the version's snapshot in the reader's language, and the new words are used only when that run reaches the
// very verdict that was stored; otherwise (the rules or the data have moved on since) the stored report is shown as it is.
import { currentLocale } from "../i18n/text";
import type { Locale } from "../i18n/locales";
import { evaluateFiling } from "../rules/filing-rules";
import type { RuleResult } from "../rules/types";
import { readSnapshot } from "./snapshot";
import { toRuleInput } from "./to-form";

/** The language every stored rule report is written in (submit-filing.ts runs the rules in it). */
const STORED_REPORT_LOCALE: Locale = "zh-CN";

/** Whether a stored report needs other words for the current reader (so its snapshot is worth reading). */
export function storedReportNeedsRewording(): boolean {
  return currentLocale() !== STORED_REPORT_LOCALE;
}

/**
 * The stored report in the current language: the titles and messages of a re-run on the stored snapshot, when that
 * re-run gives the same rules with the same statuses and severities in the same order; else the stored report.
 * Chinese readers get the stored report untouched (nothing is run).
 */
export function rewordStoredReport(stored: RuleResult[], snapshot: unknown): RuleResult[] {
  if (!storedReportNeedsRewording()) return stored;
  const snap = readSnapshot(snapshot);
  if (!snap) return stored;
  const again = evaluateFiling(
    toRuleInput(snap, {
      kind: snap.kind,
      industryCode: snap.industry.code,
      leadCreditCode: snap.leadOrg.creditCode,
      attachmentKinds: snap.documents.map((d) => d.kind),
      // Not frozen with the version: nothing is guessed; an accepted pilot code then reads as another verdict.
      creditCodeOverride: false,
    }),
  );
  if (!sameVerdict(stored, again)) return stored;
  // Only the words change: the verdict, the clause cited and the field stay as they were frozen.
  return stored.map((r, i) => {
    const words = again[i];
    return words ? { ...r, title: words.title, message: words.message } : r;
  });
}

function sameVerdict(a: readonly RuleResult[], b: readonly RuleResult[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]?.id && r.status === b[i]?.status && r.severity === b[i]?.severity);
}
