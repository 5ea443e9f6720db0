// One place for each rule's clause, title and default severity, so the panel, the server and reviewers cite alike.
import { text } from "../i18n/text";
import type { RuleId, RuleResult, RuleSeverity, RuleStatus } from "./types";

export interface RuleMeta {
  clause: string;
  /** The rule's short title in the current language (read from the catalogue each time). */
  readonly title: string;
  severity: RuleSeverity;
}

// Clause numbers are the policy's own and stay as written in both languages.
const META: Record<RuleId, Omit<RuleMeta, "title">> = {
  R1: { clause: "六（二）1", severity: "hard" }, // i18n-data
  R2: { clause: "六（二）1", severity: "hard" }, // i18n-data
  R3: { clause: "六（二）1", severity: "hard" }, // i18n-data
  R4: { clause: "六（一）1", severity: "hard" }, // i18n-data
  R5: { clause: "附件2 第十三条（二）", severity: "soft" }, // i18n-data
  R6: { clause: "附件2 第十三条（二）", severity: "hard" }, // i18n-data
  R7: { clause: "附件1 二", severity: "hard" }, // i18n-data
  R8: { clause: "附件1 一", severity: "hard" }, // i18n-data
  R9: { clause: "七（二）", severity: "hard" }, // i18n-data
  R10: { clause: "四（一）-（七）", severity: "hard" }, // i18n-data
  R11: { clause: "八（四）", severity: "hard" }, // i18n-data
  R12: { clause: "附件3 第十一条", severity: "hard" }, // i18n-data
  R13: { clause: "附件1；附件2 第一条", severity: "hard" }, // i18n-data
};

export const RULE_META: Record<RuleId, RuleMeta> = Object.fromEntries(
  (Object.keys(META) as RuleId[]).map((id) => [
    id,
    Object.defineProperty({ ...META[id] }, "title", { enumerable: true, get: () => text(`rules.titles.${id}`) }) as RuleMeta,
  ]),
) as Record<RuleId, RuleMeta>;

/** Items joined as a list in the current language ("、" in Chinese, ", " in English). */
export function listText(items: readonly (string | number)[]): string {
  return items.join(text("rules.listSeparator"));
}

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
