// Pure: the member-list rules (R1-R3, R5) of 六（二）1 and 附件2 第十三条（二）, run on the list as it would be after
// a change. Reuses lib/rules/member-rules.ts; nothing is re-implemented here.
import { normalizeCreditCode } from "../rules/credit-code";
import { distinctMembers, ruleChain, ruleCouncilSize, ruleEnterpriseShare, ruleMemberCount } from "../rules/member-rules";
import { ZRuleReport } from "../rules/schema";
import type { FilingMemberInput, RuleResult } from "../rules/types";
import { fromJsonColumn } from "../validation/json-column";

export function memberListRules(members: readonly FilingMemberInput[]): RuleResult[] {
  const d = distinctMembers(members);
  return [ruleMemberCount(d), ruleEnterpriseShare(d), ruleChain(d), ruleCouncilSize(d)];
}

/** R1-R3 are the formation conditions; a failing one is flagged to the service center. R5 only advises. */
export function failingConditions(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((r) => (r.id === "R1" || r.id === "R2" || r.id === "R3") && r.status === "fail");
}

/** Reads stored rule results back (a JSON column) through their schema; another shape reads as none. */
export function asRuleResults(json: unknown): RuleResult[] {
  return fromJsonColumn(ZRuleReport, json) ?? [];
}

/** A pending change as the rules take it: an exit names the unit by credit code, a join carries the unit's row. */
export type RulesChange = { id: string; kind: "EXIT"; creditCode: string } | { id: string; kind: "JOIN"; member: FilingMemberInput };

/** The member list after the given changes, applied in order (the input is not changed). */
export function membersAfter(current: readonly FilingMemberInput[], changes: readonly RulesChange[]): FilingMemberInput[] {
  let list = [...current];
  for (const c of changes) {
    if (c.kind === "EXIT") {
      const code = normalizeCreditCode(c.creditCode);
      list = list.filter((m) => normalizeCreditCode(m.creditCode) !== code);
    } else {
      const code = normalizeCreditCode(c.member.creditCode);
      if (!list.some((m) => normalizeCreditCode(m.creditCode) === code)) list.push(c.member);
    }
  }
  return list;
}

export interface PendingCheck {
  /** The list as it is now with this change alone: what approving it next would leave. */
  results: RuleResult[];
  /** Every pending change approved together (this one and `others` more); null when it is the only one. */
  combined: { others: number; results: RuleResult[] } | null;
}

/**
 * Issue 17: a pending change is checked against the member list as it is when shown and when decided, never the
 * list of the day it was requested; the combined effect of all pending changes is given beside it, since approving
 * two exits that each pass alone may together fail 六（二）1.
 */
export function pendingChecks(current: readonly FilingMemberInput[], pending: readonly RulesChange[]): Map<string, PendingCheck> {
  const out = new Map<string, PendingCheck>();
  if (pending.length === 0) return out;
  const combined = pending.length > 1 ? memberListRules(membersAfter(current, pending)) : null;
  for (const c of pending) {
    out.set(c.id, { results: memberListRules(membersAfter(current, [c])), combined: combined && { others: pending.length - 1, results: combined } });
  }
  return out;
}
