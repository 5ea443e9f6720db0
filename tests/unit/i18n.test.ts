import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, isLocale } from "../../lib/i18n/locales";
import { inLocale } from "../../lib/i18n/server-text";
import { currentLocale, text } from "../../lib/i18n/text";
import { MEMBER_ROLE_LABEL, codeOfLabel } from "../../lib/i18n/labels";
import { STATE_LABELS } from "../../lib/workflow/states";
import { chineseLiterals, missingKeys, overlappingKeys } from "../../lib/i18n/check";
import { CATALOGUE_FILES, messagesFor, type Tree } from "../../lib/i18n/catalogue";

describe("the first guess from Accept-Language", () => {
  it.each([
    [null, "zh-CN"],
    ["", "zh-CN"],
    ["en-GB,en;q=0.9", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["fr-FR,en;q=0.5,zh;q=0.4", "en"],
    ["de-DE,fr;q=0.8", "zh-CN"],
    ["en;q=0.2, zh-TW;q=0.9", "zh-CN"],
    ["en;q=0", "zh-CN"],
    ["en;q=abc", "zh-CN"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("reads only the start of a huge header", () => {
    expect(localeFromAcceptLanguage(`${"x-y;q=0.1,".repeat(10_000)}en`)).toBe("zh-CN");
  });

  it("knows its locales and nothing else", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe("text() outside React", () => {
  it("answers in Chinese outside a request and in the request's language inside one", async () => {
    expect(currentLocale()).toBe("zh-CN");
    expect(text("login.heading")).toBe("用户登录");
    const english = await inLocale("en", async () => {
      await new Promise((r) => setTimeout(r, 1)); // across an await, as a server action's work is
      return { heading: text("login.heading"), locale: currentLocale() };
    });
    expect(english).toEqual({ heading: "Sign in", locale: "en" });
    expect(text("login.heading")).toBe("用户登录");
  });

  it("labels of stored codes follow the language each time they are read", () => {
    expect(MEMBER_ROLE_LABEL.CHAIR).toBe(messagesFor("zh-CN").allianceRoles.CHAIR);
    expect(STATE_LABELS.FILED).toBe(messagesFor("zh-CN").states.FILED);
    inLocale("en", () => {
      expect(STATE_LABELS.FILED).toBe(messagesFor("en").states.FILED);
      expect(codeOfLabel(MEMBER_ROLE_LABEL, MEMBER_ROLE_LABEL.COUNCIL)).toBe("COUNCIL");
    });
    expect(Object.keys(MEMBER_ROLE_LABEL)).toEqual(["CHAIR", "VICE_CHAIR", "COUNCIL", "MEMBER"]);
  });

  it("documents' words stay Chinese inside inLocale('zh-CN') even in an English request", () => {
    const label = inLocale("en", () => inLocale("zh-CN", () => MEMBER_ROLE_LABEL.CHAIR));
    expect(label).toBe(messagesFor("zh-CN").allianceRoles.CHAIR);
  });
});

describe("the catalogue's checks", () => {
  it("finds a key two files set and a key one language lacks", () => {
    const a: Tree = { filing: { name: "名称", kind: "类型" } };
    const b: Tree = { filing: { goal: "目标", name: "名字" } };
    expect(
      overlappingKeys([
        { name: "a", tree: a },
        { name: "b", tree: b },
      ]),
    ).toEqual(["filing.name (a, b)"]);
    expect(missingKeys({ x: { y: "一", z: "二" } }, { x: { y: "one" }, w: "extra" })).toEqual({ onlyZh: ["x.z"], onlyEn: ["w"] });
  });

  it("the real catalogue has no key set twice", () => {
    for (const files of Object.values(CATALOGUE_FILES)) {
      expect(overlappingKeys((files as readonly Tree[]).map((tree, i) => ({ name: String(i), tree })))).toEqual([]);
    }
  });

  it("finds Chinese in strings, templates and JSX text, not in comments, regular expressions or marked data", () => {
    const source = [
      "// 注释里的中文不算",
      'const a = "保存";',
      "const b = `共 ${n} 条`;",
      "const c = <p>提交审核</p>;",
      "const d = /^[\\u4e00-\\u9fa5]+$/.test(x) || /省/.test(y);",
      'const e = "长春市"; // i18n-data',
      'const f = "plain English";',
      "/* 块注释 */",
    ].join("\n");
    const found = chineseLiterals("x.tsx", source).map((l) => `${l.line}:${l.text}`);
    expect(found).toEqual(["2:保存", "3:共 {} 条", "4:提交审核"]);
  });
});
