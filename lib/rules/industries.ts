// The seven key industries of 四（一）-（七）, with the sub-fields the policy names for each.
// The policy lists most sub-fields with "等", so an unnamed sub-field is only a warning (R10), never a hard fail.

export type IndustryCode = "NEW_ENERGY" | "NEW_EQUIPMENT" | "NEW_MATERIALS" | "NEW_AGRICULTURE" | "NEW_TOURISM" | "NEW_ECOMMERCE" | "PHARMA_HEALTH";

export interface Industry {
  code: IndustryCode;
  name: string;
  clause: string;
  subFields: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = [
  { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", subFields: ["氢能", "风能", "太阳能", "生物质能"] },
  { code: "NEW_EQUIPMENT", name: "新装备", clause: "四（二）", subFields: ["现代汽车", "轨道装备", "光电装备", "卫星制造"] },
  { code: "NEW_MATERIALS", name: "新材料", clause: "四（三）", subFields: ["电池材料", "电子材料", "环保材料", "碳纤维"] },
  {
    code: "NEW_AGRICULTURE",
    name: "新农业",
    clause: "四（四）",
    subFields: ["现代种业", "黑土地保护", "农机装备", "畜牧", "园艺特产", "农产品精深加工"],
  },
  { code: "NEW_TOURISM", name: "新旅游", clause: "四（五）", subFields: ["冰雪", "避暑休闲"] },
  { code: "NEW_ECOMMERCE", name: "新电商", clause: "四（六）", subFields: ["直播电商", "社交电商", "社区电商"] },
  { code: "PHARMA_HEALTH", name: "医药健康", clause: "四（七）", subFields: ["中药", "生物药", "化学药", "医疗器械"] },
];

export function findIndustry(code: string | null | undefined): Industry | undefined {
  return INDUSTRIES.find((i) => i.code === code);
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
