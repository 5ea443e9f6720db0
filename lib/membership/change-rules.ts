// Pure: the member-list rules (R1-R3, R5) of 六（二）1 and 附件2 第十三条（二）, run on the list as it would be after
// a change. Reuses lib/rules/member-rules.ts; nothing is re-implemented here.
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
