import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { StoredText } from "../../components/ui/stored-text";
import { RuleWarnings } from "../../components/membership/rule-warnings";
import { messagesFor } from "../../lib/i18n/catalogue";
import type { Locale } from "../../lib/i18n/locales";
import type { RuleResult } from "../../lib/rules/types";

const html = (locale: Locale, node: ReactNode) =>
  renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: messagesFor(locale), timeZone: "Asia/Shanghai", children: node }));

const stored: RuleResult = {
  id: "R2",
  status: "fail",
  severity: "hard",
  clause: "六（二）1",
  title: "企业成员比例",
  message: "成员单位 17 家中企业 10 家，占 58.8%，低于 60%",
};

describe("text kept as written, on a page in another language (WCAG 3.1.2)", () => {
  it("marks Chinese text lang=zh-CN on an English page, and nothing on a Chinese page or for English text", () => {
    expect(html("en", createElement(StoredText, { text: "已超过办理时限" }))).toBe('<span lang="zh-CN">已超过办理时限</span>');
    expect(html("zh-CN", createElement(StoredText, { text: "已超过办理时限" }))).toBe("已超过办理时限");
    expect(html("en", createElement(StoredText, { text: "Overdue" }))).toBe("Overdue");
  });

  it("marks a stored rule warning, not its badge, which is in the page's language", () => {
    const page = html("en", createElement(RuleWarnings, { results: [stored] }));
    expect(page).toMatch(/<span class="badge red">[A-Za-z ]+<\/span>/);
    expect(page).toContain('<span lang="zh-CN">企业成员比例');
    expect(html("zh-CN", createElement(RuleWarnings, { results: [stored] }))).not.toContain("lang=");
  });
});
