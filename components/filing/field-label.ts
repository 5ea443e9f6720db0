import type { useTranslations } from "next-intl";
import type { TFilingDraftFields } from "@/lib/validation/filing";

type FilingT = ReturnType<typeof useTranslations<"filing">>;
type FilingKey = Parameters<FilingT>[0];

const FIELD_LABELS: Record<string, FilingKey> = {
  chainPosition: "chain",
  outputValue2022: "output",
  profitTax2022: "profitTax",
  role: "role",
  creditCode: "creditCode",
};

/** "members.3.chainPosition" → "成员第 4 行 某公司 产业链位置"; top-level fields by their 附件1 label. */
export function labelOf(path: string, values: TFilingDraftFields, t: FilingT): string {
  const [head, index, field] = path.split(".");
  if (head === "members" && index !== undefined) {
    const m = values.members?.[Number(index)];
    return t("memberRowField", { row: Number(index) + 1, name: m?.name ?? "", field: field ? say(t, FIELD_LABELS[field] ?? field) : "" }).trim();
  }
  return head === "innovationGoal" ? t("goal") : say(t, head ?? path);
}

/** The label of a field the server named by its path (most share their key with the 附件1 label); else the path. */
function say(t: FilingT, key: string): string {
  return t.has(key as FilingKey) ? t(key as FilingKey) : key;
}
