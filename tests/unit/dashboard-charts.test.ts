import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { BarChart } from "@/components/dashboard/bar-chart";
import { StackedColumnChart } from "@/components/dashboard/stacked-column-chart";
import { ColumnChart } from "@/components/dashboard/column-chart";
import { chinaDateStamp, chinaMonthKey, monthWindow } from "@/lib/dashboard/china-time";

describe("dashboard charts", () => {
  it("labels a bar chart for assistive technology and prints every number", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        title: "各产业联盟数",
        data: [
          { label: "新能源", value: 3 },
          { label: "新农业", value: 0 },
        ],
        unit: "个",
      }),
    );
    expect(html).toMatch(/role="img"/);
    expect(html).toContain("<title");
    expect(html).toContain("各产业联盟数");
    expect(html).toContain("新能源 3个，新农业 0个");
    expect(html).toContain(">3个</text>");
  });

  it("stacks grades per year with a legend, segment counts and totals", () => {
    const html = renderToStaticMarkup(
      createElement(StackedColumnChart, {
        title: "各年度考核等次分布",
        categories: ["2025年度"],
        series: [
          { key: "EXCELLENT", label: "优秀", color: "#12612a", ink: "#fff", values: [2] },
          { key: "FAIL", label: "不合格", color: "#b42318", ink: "#fff", values: [1] },
        ],
      }),
    );
    expect(html).toContain("2025年度：优秀2、不合格1");
    expect(html).toContain(">优秀</text>");
    expect(html).toMatch(/font-weight="600"[^>]*>3<\/text>/);
  });

  it("draws one column per month with its value", () => {
    const html = renderToStaticMarkup(
      createElement(ColumnChart, {
        title: "每月审核办理数",
        data: [
          { label: "1月", sublabel: "2026年", value: 4 },
          { label: "2月", value: 0 },
        ],
      }),
    );
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain("2026年1月 4，2月 0");
  });
});

describe("China months", () => {
  it("puts an instant in its China month and window", () => {
    expect(chinaMonthKey(new Date("2026-03-31T16:00:00Z"))).toBe("2026-04");
    expect(chinaMonthKey(new Date("2026-03-31T15:59:59Z"))).toBe("2026-03");
    const w = monthWindow(new Date("2026-01-10T00:00:00Z"));
    expect(w.keys[0]).toBe("2025-02");
    expect(w.keys.at(-1)).toBe("2026-01");
    expect(w.start.toISOString()).toBe("2025-01-31T16:00:00.000Z");
    expect(w.end.toISOString()).toBe("2026-01-31T16:00:00.000Z");
    expect(monthWindow(new Date(), 2025).keys).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`));
    expect(chinaDateStamp(new Date("2026-06-30T17:00:00Z"))).toBe("20260701");
  });
});
