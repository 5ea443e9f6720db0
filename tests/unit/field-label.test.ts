import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { labelOf } from "@/components/filing/field-label";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { TFilingDraftFields } from "@/lib/validation/filing";

// The filing form's error summary names each field the server refused by its label, in the page's language.
const values = { members: [{ name: "吉林省长白光伏材料有限公司" }, { name: "长春理工大学" }] } as unknown as TFilingDraftFields;
const tOf = (locale: "zh-CN" | "en") => createTranslator({ locale, messages: messagesFor(locale), namespace: "filing" });

describe("labelOf: the label a refused field is named by", () => {
  it("names a member row's field by row, unit and label", () => {
    expect(labelOf("members.1.chainPosition", values, tOf("zh-CN"))).toBe("成员第 2 行 长春理工大学 产业链位置");
    expect(labelOf("members.0.creditCode", values, tOf("zh-CN"))).toContain("吉林省长白光伏材料有限公司 统一社会信用代码");
  });

  it("names the innovation goal and top-level fields by their 附件1 label, in English too", () => {
    expect(labelOf("innovationGoal", values, tOf("zh-CN"))).toBe(tOf("zh-CN")("goal"));
    expect(labelOf("innovationGoal", values, tOf("en"))).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("falls back to the path, not to a missing-message error, for a field the catalogue does not name", () => {
    expect(labelOf("noSuchField", values, tOf("zh-CN"))).toBe("noSuchField");
    expect(labelOf("members.0.noSuchField", values, tOf("zh-CN"))).toBe("成员第 1 行 吉林省长白光伏材料有限公司 noSuchField");
  });
});
