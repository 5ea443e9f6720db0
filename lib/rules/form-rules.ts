// Form-level rules R4, R7, R9, R10, R13 (lead code, goal length, documents, industry, name).
import { text } from "../i18n/text";
import { CREDIT_CODE_MESSAGES, checkCreditCode, formatCreditCodeProblem, isJilinCreditCode } from "./credit-code";
import { checkSubField, findIndustry, INDUSTRIES } from "./industries";
import { listText, ruleResult } from "./meta";
import type { FilingInput, RuleResult } from "./types";

export function ruleLeadCode(input: FilingInput): RuleResult {
  // The filing's lead code is authoritative; fall back to the member row flagged as lead while the form is incomplete.
  const raw = input.leadCreditCode ?? input.members.find((m) => m.isLead)?.creditCode ?? "";
  const checked = checkCreditCode(raw);
  const field = "leadCreditCode";
  if (checked.ok && isJilinCreditCode(checked.code)) {
    return ruleResult("R4", "pass", text("rules.leadCode.pass", { code: checked.code, division: checked.code.slice(2, 8) }), field);
  }
  if (!checked.ok && checked.problem !== "CHECKSUM") {
    return ruleResult("R4", "fail", text("rules.leadCode.problem", { problem: formatCreditCodeProblem(checked) }), field);
  }
  // From here the code is well-formed (18 characters of the set); only its region and/or check character can be wrong.
  const division = checked.code.slice(2, 8);
  if (!division.startsWith("22")) {
    // A reviewer override excuses an early pilot checksum, never a registration outside Jilin.
    return ruleResult("R4", "fail", text("rules.leadCode.notJilin", { notJilin: CREDIT_CODE_MESSAGES.NOT_JILIN, code: checked.code, division }), field);
  }
  // unreachable: ok + 22 passed above
  if (checked.ok) return ruleResult("R4", "fail", text("rules.leadCode.problem", { problem: CREDIT_CODE_MESSAGES.NOT_JILIN }), field);
  if (input.creditCodeOverride) {
    return ruleResult("R4", "warn", text("rules.leadCode.pilotOverride", { code: checked.code }), field);
  }
  return ruleResult("R4", "fail", text("rules.leadCode.problem", { problem: formatCreditCodeProblem(checked) }), field);
}

export const GOAL_MAX_CHARS = 500;

export function ruleGoalLength(input: FilingInput): RuleResult {
  // Count Unicode code points so an emoji or a rare CJK character (surrogate pair) is one character, as a reader counts.
  const n = [...input.innovationGoal.trim()].length;
  const field = "innovationGoal";
  const max = String(GOAL_MAX_CHARS);
  if (n === 0) return ruleResult("R7", "fail", text("rules.goal.empty", { max }), field);
  if (n > GOAL_MAX_CHARS) return ruleResult("R7", "fail", text("rules.goal.tooLong", { n: String(n), max }), field);
  return ruleResult("R7", "pass", text("rules.goal.pass", { n: String(n), max }), field);
}

/** The documents 七（二） requires before submission; their names are rules.attachments.<kind>. */
export const REQUIRED_ATTACHMENTS = ["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN"] as const;

export function ruleAttachments(input: FilingInput): RuleResult {
  const missing = REQUIRED_ATTACHMENTS.filter((key) => !input.attachments[key]).map((key) => text(`rules.attachments.${key}`));
  if (missing.length > 0) return ruleResult("R9", "fail", text("rules.attachments.missing", { missing: listText(missing) }), "attachments");
  return ruleResult("R9", "pass", text("rules.attachments.pass"), "attachments");
}

export function ruleIndustry(input: FilingInput): RuleResult {
  const code = input.industryCode?.trim() ?? "";
  const all = listText(INDUSTRIES.map((i) => i.name));
  if (code === "") return ruleResult("R10", "fail", text("rules.industry.none", { all }), "industryCode");
  const industry = findIndustry(code);
  if (!industry) return ruleResult("R10", "fail", text("rules.industry.notKey", { code, all }), "industryCode");
  // Cite the industry's own clause once it is known, so the panel points at 四（三） rather than the whole of 四.
  const clause = industry.clause;
  const named = listText(industry.subFields);
  const sub = checkSubField(industry, input.subField);
  const soft = { severity: "soft" as const, clause };
  if (sub.kind === "empty") {
    return ruleResult("R10", "warn", text("rules.industry.noSubField", { industry: industry.name, named }), "subField", soft);
  }
  if (sub.kind === "unnamed") {
    const values = { subField: sub.subField, clause, named, industry: industry.name };
    const msg = sub.namedIn
      ? text("rules.industry.subFieldElsewhere", { ...values, otherIndustry: sub.namedIn.name, otherClause: sub.namedIn.clause })
      : text("rules.industry.unnamedSubField", values);
    return ruleResult("R10", "warn", msg, "subField", soft);
  }
  return ruleResult("R10", "pass", text("rules.industry.pass", { industry: industry.name, subField: sub.subField }), "industryCode", { clause });
}

const NAME_PATTERN = /^吉林省(.*)产业科技创新(联盟|联合体)$/u;
const PLACEHOLDER = /[XxＸｘ]{2}/u; // the templates' "XX", also typed full-width
const NAME_PREFIX = "吉林省"; // i18n-data: the policy's required start of every alliance name

export function ruleName(input: FilingInput): RuleResult {
  const name = input.name.trim();
  const field = "name";
  if (name === "") return ruleResult("R13", "fail", text("rules.name.empty"), field);
  const m = NAME_PATTERN.exec(name);
  if (!m) {
    return ruleResult("R13", "fail", text(name.startsWith(NAME_PREFIX) ? "rules.name.badEnd" : "rules.name.badStart", { name }), field);
  }
  const middle = (m[1] ?? "").trim();
  if (middle === "") return ruleResult("R13", "fail", text("rules.name.noIndustry", { name }), field);
  if (PLACEHOLDER.test(middle)) {
    return ruleResult("R13", "fail", text("rules.name.placeholder", { name }), field);
  }
  // Both suffixes are accepted in practice (四 says 创新联盟建设（或创新联合体）); only an explicit, contradicting kind warns.
  const suffix = m[2] ?? "";
  const suffixKind = suffix === "联合体" ? "CONSORTIUM" : "ALLIANCE"; // i18n-data: the name's stored suffix
  const expected = input.kind ?? suffixKind;
  if (suffixKind !== expected) {
    const msg = text("rules.name.kindMismatch", { suffix, kind: expected });
    return ruleResult("R13", "warn", msg, field, { severity: "soft" });
  }
  return ruleResult("R13", "pass", text("rules.name.pass", { name }), field);
}
