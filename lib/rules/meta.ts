// One place for each rule's clause, title and default severity, so the panel, the server and reviewers cite alike.
import type { RuleId, RuleResult, RuleSeverity, RuleStatus } from "./types";

export interface RuleMeta {
  clause: string;
  title: string;
  severity: RuleSeverity;
}

export const RULE_META: Record<RuleId, RuleMeta> = {
  R1: { clause: "六（二）1", title: "成员单位数量", severity: "hard" },
  R2: { clause: "六（二）1", title: "企业成员比例", severity: "hard" },
  R3: { clause: "六（二）1", title: "产业链上下游企业", severity: "hard" },
  R4: { clause: "六（一）1", title: "牵头单位为吉林省独立法人", severity: "hard" },
  R5: { clause: "附件2 第十三条（二）", title: "理事会规模与任期", severity: "soft" },
  R6: { clause: "附件2 第十三条（二）", title: "理事长由牵头单位担任", severity: "hard" },
  R7: { clause: "附件1 二", title: "技术创新目标限500字", severity: "hard" },
  R8: { clause: "附件1 一", title: "成员数量自动统计", severity: "hard" },
  R9: { clause: "七（二）", title: "章程、协议、建设方案齐全", severity: "hard" },
  R10: { clause: "四（一）-（七）", title: "所属重点产业与细分领域", severity: "hard" },
  R11: { clause: "八（四）", title: "连续两年考核不达标", severity: "hard" },
  R12: { clause: "附件3 第十一条", title: "解散须理事会五分之四以上同意", severity: "hard" },
  R13: { clause: "附件1；附件2 第一条", title: "联盟名称规范", severity: "hard" },
};

/** Build a result from the rule's metadata; `extra` overrides severity/clause where one check is softer or more specific. */
export function ruleResult(
  id: RuleId,
  status: RuleStatus,
  message: string,
  field?: string,
  extra: { severity?: RuleSeverity; clause?: string } = {},
): RuleResult {
  const meta = RULE_META[id];
  const result: RuleResult = {
    id,
    status,
    severity: extra.severity ?? meta.severity,
    clause: extra.clause ?? meta.clause,
    title: meta.title,
    message,
  };
  if (field !== undefined) result.field = field;
  return result;
}

/** n/d as a percentage with one decimal, e.g. "54.5" (tenths computed once, then formatted without float noise). */
export function percentText(tenths: number): string {
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

export function toTenths(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((n * 1000) / d);
}
