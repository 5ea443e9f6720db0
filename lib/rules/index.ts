// Public API of the policy rules: pure TypeScript shared by the browser panel, the server and reviewers.
export * from "./types"; // RuleId, RuleResult, FilingInput, FilingMemberInput and friends
export { RULE_META, type RuleMeta } from "./meta"; // clause, title and severity of each rule R1-R13
export * from "./industries"; // the seven key industries of 四 and their named sub-fields
export { evaluateFiling, blockingResults, canSubmit } from "./filing-rules"; // R1-R10, R13 for a filing form
export * from "./operation-rules"; // R11 failing years, R12 dissolution vote, council term end
export * from "./credit-code"; // GB 32100-2015 unified social credit code checks (R4)
export { memberTotals, type MemberTotals } from "./member-totals"; // R8 computed member totals
export { groupMembers, memberGroupOf, MEMBER_GROUP_ORDER, type MemberGroupKey } from "./member-groups"; // 附件1 三: enterprises, academia, other members
