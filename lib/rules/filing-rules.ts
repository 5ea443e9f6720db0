// evaluateFiling: the one rule set shared by the live policy panel, the server at submission and reviewers.
// Pure (no server, Prisma or clock access) so the browser and the server always agree.
import { ruleAttachments, ruleGoalLength, ruleIndustry, ruleLeadCode, ruleName } from "./form-rules";
import { distinctMembers, ruleChain, ruleChair, ruleCouncilSize, ruleEnterpriseShare, ruleMemberCount, ruleTotals } from "./member-rules";
import type { FilingInput, RuleResult } from "./types";

/** R1-R10 and R13 in order (R11, R12 concern a filed alliance: see operation-rules). */
export function evaluateFiling(input: FilingInput): RuleResult[] {
  const members = distinctMembers(input.members);
  return [
    ruleMemberCount(members),
    ruleEnterpriseShare(members),
    ruleChain(members),
    ruleLeadCode(input),
    ruleCouncilSize(members),
    ruleChair(members, input.leadCreditCode),
    ruleGoalLength(input),
    ruleTotals(members),
    ruleAttachments(input),
    ruleIndustry(input),
    ruleName(input),
  ];
}

/** The results that block submission: hard rules that fail. Warnings and soft rules never block. */
export function blockingResults(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((r) => r.status === "fail" && r.severity === "hard");
}

export function canSubmit(results: readonly RuleResult[]): boolean {
  return blockingResults(results).length === 0;
}
