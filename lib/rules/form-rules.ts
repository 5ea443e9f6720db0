// Form-level rules R4, R7, R9, R10, R13 (lead code, goal length, documents, industry, name).
import { CREDIT_CODE_MESSAGES, checkCreditCode, formatCreditCodeProblem, isJilinCreditCode } from "./credit-code";
import { checkSubField, findIndustry, INDUSTRIES } from "./industries";
import { ruleResult } from "./meta";
import type { FilingInput, RuleResult } from "./types";

export function ruleLeadCode(input: FilingInput): RuleResult {
  // The filing's lead code is authoritative; fall back to the member row flagged as lead while the form is incomplete.
  const raw = input.leadCreditCode ?? input.members.find((m) => m.isLead)?.creditCode ?? "";
  const checked = checkCreditCode(raw);
  const field = "leadCreditCode";
  if (checked.ok && isJilinCreditCode(checked.code)) {
    return ruleResult("R4", "pass", `牵头单位统一社会信用代码 ${checked.code} 有效，行政区划码 ${checked.code.slice(2, 8)} 属吉林省`, field);
  }
  if (!checked.ok && checked.problem !== "CHECKSUM") {
    return ruleResult("R4", "fail", `牵头单位：${formatCreditCodeProblem(checked)}`, field);
  }
  // From here the code is well-formed (18 characters of the set); only its region and/or check character can be wrong.
  const division = checked.code.slice(2, 8);
  if (!division.startsWith("22")) {
    // A reviewer override excuses an early pilot checksum, never a registration outside Jilin.
    return ruleResult("R4", "fail", `${CREDIT_CODE_MESSAGES.NOT_JILIN}；当前代码 ${checked.code} 的行政区划码为 ${division}`, field);
  }
  if (checked.ok) return ruleResult("R4", "fail", `牵头单位：${CREDIT_CODE_MESSAGES.NOT_JILIN}`, field); // unreachable: ok + 22 passed above
  if (input.creditCodeOverride) {
    const msg = `牵头单位统一社会信用代码 ${checked.code} 校验位与前17位不符，为经审核人确认的早期试点代码`;
    return ruleResult("R4", "warn", msg, field);
  }
  return ruleResult("R4", "fail", `牵头单位：${formatCreditCodeProblem(checked)}`, field);
}

export const GOAL_MAX_CHARS = 500;

export function ruleGoalLength(input: FilingInput): RuleResult {
  // Count Unicode code points so an emoji or a rare CJK character (surrogate pair) is one character, as a reader counts.
  const n = [...input.innovationGoal.trim()].length;
  const field = "innovationGoal";
  if (n === 0) return ruleResult("R7", "fail", `请填写技术创新目标（限 ${GOAL_MAX_CHARS} 字）`, field);
  if (n > GOAL_MAX_CHARS) return ruleResult("R7", "fail", `技术创新目标 ${n} 字，超过 ${GOAL_MAX_CHARS} 字`, field);
  return ruleResult("R7", "pass", `技术创新目标 ${n} 字，未超过 ${GOAL_MAX_CHARS} 字`, field);
}

export const REQUIRED_ATTACHMENTS = [
  ["CHARTER", "联盟章程"],
  ["AGREEMENT", "合作协议"],
  ["CONSTRUCTION_PLAN", "建设方案"],
] as const;

export function ruleAttachments(input: FilingInput): RuleResult {
  const missing = REQUIRED_ATTACHMENTS.filter(([key]) => !input.attachments[key]).map(([, label]) => label);
  if (missing.length > 0) return ruleResult("R9", "fail", `缺少${missing.join("、")}，提交前须齐备`, "attachments");
  return ruleResult("R9", "pass", "联盟章程、合作协议、建设方案均已提供", "attachments");
}

export function ruleIndustry(input: FilingInput): RuleResult {
  const code = input.industryCode?.trim() ?? "";
  const all = INDUSTRIES.map((i) => i.name).join("、");
  if (code === "") return ruleResult("R10", "fail", `请选择所属重点产业（${all}）`, "industryCode");
  const industry = findIndustry(code);
  if (!industry) return ruleResult("R10", "fail", `产业“${code}”不属于七个重点产业（${all}）`, "industryCode");
  // Cite the industry's own clause once it is known, so the panel points at 四（三） rather than the whole of 四.
  const clause = industry.clause;
  const named = industry.subFields.join("、");
  const sub = checkSubField(industry, input.subField);
  const soft = { severity: "soft" as const, clause };
  if (sub.kind === "empty") {
    return ruleResult("R10", "warn", `已选${industry.name}产业，尚未填写细分领域（如${named}）`, "subField", soft);
  }
  if (sub.kind === "unnamed") {
    const other = sub.namedIn ? `；“${sub.subField}”是${sub.namedIn.name}产业（${sub.namedIn.clause}）所列领域` : "";
    const msg = `细分领域“${sub.subField}”不在${clause}所列（${named}等）之中，请确认属于${industry.name}产业${other}`;
    return ruleResult("R10", "warn", msg, "subField", soft);
  }
  return ruleResult("R10", "pass", `${industry.name}产业 · ${sub.subField}`, "industryCode", { clause });
}

const NAME_PATTERN = /^吉林省(.*)产业科技创新(联盟|联合体)$/u;
const PLACEHOLDER = /[XxＸｘ]{2}/u; // the templates' "XX", also typed full-width

export function ruleName(input: FilingInput): RuleResult {
  const name = input.name.trim();
  const field = "name";
  const form = "吉林省…产业科技创新联盟（或联合体）";
  if (name === "") return ruleResult("R13", "fail", `请填写联盟名称（全称），格式为${form}`, field);
  const m = NAME_PATTERN.exec(name);
  if (!m) {
    const why = name.startsWith("吉林省") ? "应以“产业科技创新联盟”或“产业科技创新联合体”结尾" : "应以“吉林省”开头";
    return ruleResult("R13", "fail", `联盟名称“${name}”${why}，格式为${form}`, field);
  }
  const middle = (m[1] ?? "").trim();
  if (middle === "") return ruleResult("R13", "fail", `联盟名称“${name}”缺少产业名称，格式为${form}`, field);
  if (PLACEHOLDER.test(middle)) {
    return ruleResult("R13", "fail", `联盟名称“${name}”中的“XX”是模板占位符，请替换为具体产业名称`, field);
  }
  // Both suffixes are accepted in practice (四 says 创新联盟建设（或创新联合体）); only an explicit, contradicting kind warns.
  const suffix = m[2];
  const expected = input.kind === "CONSORTIUM" ? "联合体" : input.kind === "ALLIANCE" ? "联盟" : suffix;
  if (suffix !== expected) {
    const msg = `联盟名称以“${suffix}”结尾，但组织形式为创新${expected}，请确认名称或组织形式`;
    return ruleResult("R13", "warn", msg, field, { severity: "soft" });
  }
  return ruleResult("R13", "pass", `联盟名称“${name}”符合${form}的格式`, field);
}
