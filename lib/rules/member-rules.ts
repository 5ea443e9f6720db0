// Member-list rules R1, R2, R3, R5, R6, R8. All counts are over distinct organisations (by credit code).
import { text } from "../i18n/text";
import { normalizeCreditCode } from "./credit-code";
import { memberTotals } from "./member-totals";
import { listText, percentText, ruleResult, toTenths } from "./meta";
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
  const values = { n: String(n), enough: n < 10 ? "no" : "yes" };
  if (duplicateCodes.length > 0) {
    return ruleResult("R1", "fail", text("rules.memberCount.duplicates", { ...values, codes: listText(duplicateCodes) }), "members");
  }
  return ruleResult("R1", n < 10 ? "fail" : "pass", text("rules.memberCount.total", values), "members");
}

export function ruleEnterpriseShare({ members }: DistinctMembers): RuleResult {
  const n = members.length;
  if (n === 0) return ruleResult("R2", "fail", text("rules.enterpriseShare.noMembers"), "members");
  const e = members.filter((m) => m.type === "ENTERPRISE").length;
  const ok = e * 10 >= n * 6; // integer comparison: no float edge at exactly 60%
  // Rounding must never display 60.0% for a failing share (e.g. 1499/2500), so clamp the shown value.
  const shown = ok ? toTenths(e, n) : Math.min(toTenths(e, n), 599);
  const msg = text("rules.enterpriseShare.share", { n: String(n), e: String(e), pct: percentText(shown), ok: ok ? "yes" : "no" });
  return ruleResult("R2", ok ? "pass" : "fail", msg, "members");
}

export function ruleChain({ members }: DistinctMembers): RuleResult {
  // Only enterprises count: 六（二）1 asks for 产业上下游企业, not upstream universities.
  const enterprises = members.filter((m) => m.type === "ENTERPRISE");
  const up = enterprises.filter((m) => m.chainPosition === "UPSTREAM").length;
  const down = enterprises.filter((m) => m.chainPosition === "DOWNSTREAM").length;
  const counts = { up: String(up), down: String(down) };
  if (up > 0 && down > 0) return ruleResult("R3", "pass", text("rules.chain.pass", counts), "members");
  const missing = up === 0 && down === 0 ? "both" : up === 0 ? "up" : "down";
  const nonEnterprise = members.some((m) => m.type !== "ENTERPRISE" && m.chainPosition && m.chainPosition !== "MIDSTREAM");
  const msg = text("rules.chain.missing", { ...counts, missing, nonEnterprise: nonEnterprise ? "yes" : "no" });
  return ruleResult("R3", "fail", msg, "members");
}

export function ruleCouncilSize({ members }: DistinctMembers): RuleResult {
  const n = members.length;
  if (n === 0) return ruleResult("R5", "na", text("rules.council.noMembers"), "members");
  const c = members.filter((m) => m.role !== "MEMBER").length;
  const low = c * 4 < n; // below 25%
  const high = c * 5 > n * 2; // above 40%
  const t = toTenths(c, n);
  const shown = low ? Math.min(t, 249) : high ? Math.max(t, 401) : t;
  const values = { c: String(c), n: String(n), pct: percentText(shown) };
  if (low || high) {
    return ruleResult("R5", "warn", text("rules.council.outOfRange", { ...values, low: low ? "yes" : "no" }), "members");
  }
  return ruleResult("R5", "pass", text("rules.council.pass", values), "members");
}

export function ruleChair({ members }: DistinctMembers, leadCreditCode: string | null): RuleResult {
  const chairs = members.filter((m) => m.role === "CHAIR");
  const [chair] = chairs;
  if (!chair) return ruleResult("R6", "fail", text("rules.chair.none"), "members");
  if (chairs.length > 1) {
    const names = listText(chairs.map((m) => m.name));
    return ruleResult("R6", "fail", text("rules.chair.several", { count: String(chairs.length), names }), "members");
  }
  if (!members.some((m) => isLeadMember(m, leadCreditCode))) {
    return ruleResult("R6", "fail", text("rules.chair.noLead"), "members");
  }
  if (!isLeadMember(chair, leadCreditCode)) {
    return ruleResult("R6", "fail", text("rules.chair.notLead", { name: chair.name }), "members");
  }
  return ruleResult("R6", "pass", text("rules.chair.pass", { name: chair.name }), "members");
}

export function ruleTotals({ members }: DistinctMembers): RuleResult {
  const t = memberTotals(members);
  const msg = text("rules.totals", {
    total: String(t.total),
    enterprises: String(t.enterprises),
    universities: String(t.universities),
    institutes: String(t.institutes),
    others: String(t.others),
    hasOthers: t.others > 0 ? "yes" : "no",
  });
  return ruleResult("R8", "pass", msg, "members");
}
