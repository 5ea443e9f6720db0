// Member-list rules R1, R2, R3, R5, R6, R8. All counts are over distinct organisations (by credit code).
import { normalizeCreditCode } from "./credit-code";
import { memberTotals } from "./member-totals";
import { percentText, ruleResult, toTenths } from "./meta";
import type { FilingMemberInput, RuleResult } from "./types";

export interface DistinctMembers {
  members: FilingMemberInput[];
  /** Normalised codes that appear on more than one row. */
  duplicateCodes: string[];
}

/** One row per organisation: a repeated credit code is counted once (first row kept) so nobody reaches 10 twice. */
export function distinctMembers(members: readonly FilingMemberInput[]): DistinctMembers {
  const byCode = new Map<string, FilingMemberInput>();
  const duplicates = new Set<string>();
  const out: FilingMemberInput[] = [];
  for (const m of members) {
    const code = normalizeCreditCode(m.creditCode);
    if (code === "") {
      out.push(m); // no code yet (still typing): cannot tell duplicates apart, count the row
      continue;
    }
    const kept = byCode.get(code);
    if (kept) {
      duplicates.add(code);
      if (m.isLead) kept.isLead = true; // keep the lead flag whichever copy carried it
      continue;
    }
    const copy = { ...m };
    byCode.set(code, copy);
    out.push(copy);
  }
  return { members: out, duplicateCodes: [...duplicates] };
}

/** The lead unit: flagged isLead, or carrying the filing's lead credit code. */
export function isLeadMember(m: FilingMemberInput, leadCreditCode: string | null): boolean {
  if (m.isLead) return true;
  const lead = normalizeCreditCode(leadCreditCode ?? "");
  return lead !== "" && normalizeCreditCode(m.creditCode) === lead;
}

export function ruleMemberCount({ members, duplicateCodes }: DistinctMembers): RuleResult {
  const n = members.length;
  const short = n < 10 ? `，少于 10 家` : `，不少于 10 家`;
  if (duplicateCodes.length > 0) {
    const msg = `统一社会信用代码 ${duplicateCodes.join("、")} 重复填写，同一单位只计 1 家，请删除重复的成员；去重后成员单位共 ${n} 家${short}`;
    return ruleResult("R1", "fail", msg, "members");
  }
  return ruleResult("R1", n < 10 ? "fail" : "pass", `成员单位共 ${n} 家（含牵头单位）${short}`, "members");
}

export function ruleEnterpriseShare({ members }: DistinctMembers): RuleResult {
  const n = members.length;
  if (n === 0) return ruleResult("R2", "fail", "尚未添加成员单位；企业成员应不低于 60%", "members");
  const e = members.filter((m) => m.type === "ENTERPRISE").length;
  const ok = e * 10 >= n * 6; // integer comparison: no float edge at exactly 60%
  // Rounding must never display 60.0% for a failing share (e.g. 1499/2500), so clamp the shown value.
  const shown = ok ? toTenths(e, n) : Math.min(toTenths(e, n), 599);
  const msg = `成员单位 ${n} 家中企业 ${e} 家，占 ${percentText(shown)}%，${ok ? "不低于" : "低于"} 60%`;
  return ruleResult("R2", ok ? "pass" : "fail", msg, "members");
}

export function ruleChain({ members }: DistinctMembers): RuleResult {
  // Only enterprises count: 六（二）1 asks for 产业上下游企业, not upstream universities.
  const enterprises = members.filter((m) => m.type === "ENTERPRISE");
  const up = enterprises.filter((m) => m.chainPosition === "UPSTREAM").length;
  const down = enterprises.filter((m) => m.chainPosition === "DOWNSTREAM").length;
  const missing = [up === 0 ? "上游企业" : null, down === 0 ? "下游企业" : null].filter((x) => x !== null);
  if (missing.length === 0) return ruleResult("R3", "pass", `上游企业 ${up} 家，下游企业 ${down} 家`, "members");
  const nonEnterprise = members.some((m) => m.type !== "ENTERPRISE" && m.chainPosition && m.chainPosition !== "MIDSTREAM");
  const note = nonEnterprise ? "（高校、科研院所等非企业成员的产业链位置不计入）" : "";
  return ruleResult("R3", "fail", `缺少产业链${missing.join("和")}：上游企业 ${up} 家，下游企业 ${down} 家${note}`, "members");
}

export function ruleCouncilSize({ members }: DistinctMembers): RuleResult {
  const n = members.length;
  if (n === 0) return ruleResult("R5", "na", "尚未添加成员单位，无法计算理事会规模", "members");
  const c = members.filter((m) => m.role !== "MEMBER").length;
  const low = c * 4 < n; // below 25%
  const high = c * 5 > n * 2; // above 40%
  const t = toTenths(c, n);
  const shown = low ? Math.min(t, 249) : high ? Math.max(t, 401) : t;
  const base = `理事会成员（理事长、副理事长、理事单位）${c} 家，占成员总数 ${n} 家的 ${percentText(shown)}%`;
  if (low || high) {
    return ruleResult("R5", "warn", `${base}，${low ? "少于" : "多于"}约三分之一（25%-40%），请核对`, "members");
  }
  return ruleResult("R5", "pass", `${base}，约为三分之一；理事会每届任期三年`, "members");
}

export function ruleChair({ members }: DistinctMembers, leadCreditCode: string | null): RuleResult {
  const chairs = members.filter((m) => m.role === "CHAIR");
  const [chair] = chairs;
  if (!chair) return ruleResult("R6", "fail", "未设理事长单位；理事长应由牵头单位担任", "members");
  if (chairs.length > 1) {
    const names = chairs.map((m) => m.name).join("、");
    return ruleResult("R6", "fail", `理事长单位 ${chairs.length} 家（${names}），应只设理事长一名`, "members");
  }
  if (!members.some((m) => isLeadMember(m, leadCreditCode))) {
    return ruleResult("R6", "fail", "成员单位中未找到牵头单位，理事长应由牵头单位担任", "members");
  }
  if (!isLeadMember(chair, leadCreditCode)) {
    return ruleResult("R6", "fail", `理事长单位“${chair.name}”不是牵头单位；理事长应由联盟发起组织单位（牵头单位）担任`, "members");
  }
  return ruleResult("R6", "pass", `理事长单位“${chair.name}”为牵头单位`, "members");
}

export function ruleTotals({ members }: DistinctMembers): RuleResult {
  const t = memberTotals(members);
  const others = t.others > 0 ? `、其他 ${t.others} 个` : "";
  const msg = `成员总数 ${t.total} 个：企业 ${t.enterprises} 个、高校 ${t.universities} 个、研究机构 ${t.institutes} 个${others}（由成员名单自动计算）`;
  return ruleResult("R8", "pass", msg, "members");
}
