// The seven key industries of 四（一）-（七）, with the sub-fields the policy names for each.
// The policy lists most sub-fields with "等", so an unnamed sub-field is only a warning (R10), never a hard fail.
import { text } from "../i18n/text";

export type IndustryCode = "NEW_ENERGY" | "NEW_EQUIPMENT" | "NEW_MATERIALS" | "NEW_AGRICULTURE" | "NEW_TOURISM" | "NEW_ECOMMERCE" | "PHARMA_HEALTH";

export interface Industry {
  code: IndustryCode;
  /** The industry's name in the current language (rules.industries.<code>). */
  readonly name: string;
  clause: string;
  /** The sub-fields as the policy names them: matched against what filers type, so they stay as written. */
  subFields: readonly string[];
}

const industry = (code: IndustryCode, clause: string, subFields: readonly string[]): Industry =>
  Object.defineProperty({ code, clause, subFields }, "name", { enumerable: true, get: () => text(`rules.industries.${code}`) }) as Industry;

// Clause numbers and sub-fields are the policy's own values (四（一）-（七）), kept as written in both languages.
export const INDUSTRIES: readonly Industry[] = [
  industry("NEW_ENERGY", "四（一）", ["氢能", "风能", "太阳能", "生物质能"]), // i18n-data
  industry("NEW_EQUIPMENT", "四（二）", ["现代汽车", "轨道装备", "光电装备", "卫星制造"]), // i18n-data
  industry("NEW_MATERIALS", "四（三）", ["电池材料", "电子材料", "环保材料", "碳纤维"]), // i18n-data
  industry("NEW_AGRICULTURE", "四（四）", ["现代种业", "黑土地保护", "农机装备", "畜牧", "园艺特产", "农产品精深加工"]), // i18n-data
  industry("NEW_TOURISM", "四（五）", ["冰雪", "避暑休闲"]), // i18n-data
  industry("NEW_ECOMMERCE", "四（六）", ["直播电商", "社交电商", "社区电商"]), // i18n-data
  industry("PHARMA_HEALTH", "四（七）", ["中药", "生物药", "化学药", "医疗器械"]), // i18n-data
];

export function findIndustry(code: string | null | undefined): Industry | undefined {
  return INDUSTRIES.find((i) => i.code === code);
}

/**
 * The name the interface shows for an industry: for the seven policy codes the catalogue name in the current
 * language (rules.industries.<code>; in Chinese the policy's own name, equal to what is stored); an industry
 * outside the policy keeps its stored name. Official documents (附件1-3) print the stored `Industry.name`
 * instead, in every language.
 */
export function industryName(industry: { code: string; name: string }): string {
  return findIndustry(industry.code)?.name ?? industry.name;
}

export function isIndustryCode(code: string | null | undefined): code is IndustryCode {
  return findIndustry(code) !== undefined;
}

export type SubFieldCheck =
  | { kind: "empty" }
  | { kind: "named"; subField: string }
  /** namedIn: another industry that does name this sub-field (e.g. 农机装备 filed under 新装备). */
  | { kind: "unnamed"; subField: string; namedIn?: Industry };

/** Trim, and drop a trailing 产业/领域 so "冰雪产业" (as 四（五） itself writes it) matches "冰雪". */
export function normalizeSubField(raw: string | null | undefined): string {
  return (raw ?? "")
    .trim()
    .replace(/(产业|领域)$/u, "")
    .trim();
}

export function checkSubField(industry: Industry, raw: string | null | undefined): SubFieldCheck {
  const subField = normalizeSubField(raw);
  if (subField === "") return { kind: "empty" };
  if (industry.subFields.includes(subField)) return { kind: "named", subField };
  const namedIn = INDUSTRIES.find((i) => i.subFields.includes(subField));
  return namedIn ? { kind: "unnamed", subField, namedIn } : { kind: "unnamed", subField };
}
