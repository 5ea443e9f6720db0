import { expect, test } from "@playwright/test";
import { DEFAULT_SCHEME, GRADE_LABELS, scoreReport } from "../../lib/assessment";
import { fixtures } from "../helpers/fixture-files";
import { asUser } from "./helpers";

// 八（四） in the browser: the service center publishes this year's assessment scheme, filer3 hands in the
// hydrogen alliance's annual report, the center scores it, and the dashboard's assessment progress shows it.
// Then the life of the filed alliance: member changes, council, activities and the center's oversight page.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const HYDROGEN = "吉林省氢能产业科技创新联盟";
const YEAR = 2026; // the seed has the 2024 and 2025 schemes; the new-scheme page proposes the next year
const shot = (name: string) => `test-results/screens/${name}.png`;
// Figures at or above each target, so only the counted activities and the hand score decide the total.
const TYPED = { JOINT_PROJECTS: "3", PATENTS_STANDARDS: "5", TECH_TRANSFER: "3", RND_INPUT: "1000", TALENT_EXCHANGE: "20" };
const GOVERNANCE = 90;
let schemeUrl = "";
let reportUrl = "";
let activities = 0;

test("the service center publishes the year's scheme", async ({ browser }) => {
  await asUser(browser, "center", async (page) => {
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "年度考核" }).click();
    await page.getByRole("link", { name: "新建年度考核方案" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `新建${YEAR}年度考核方案` })).toBeVisible();
    await expect(page.getByTestId("weight-sum")).toHaveText("权重合计 100");
    // A weight that breaks the sum is refused at the form before anything is saved.
    await page.getByLabel("第1项指标权重").fill("25");
    await expect(page.getByTestId("weight-sum")).toHaveText("权重合计 105");
    await page.getByRole("button", { name: "创建方案（草稿）" }).click();
    await expect(page.getByText("各指标权重之和应为 100，当前为 105")).toBeVisible();
    await page.getByLabel("第1项指标权重").fill("20");
    await page.getByRole("button", { name: "创建方案（草稿）" }).click();
    await page.waitForURL(/\/assessment\/schemes\/[0-9a-f-]{36}$/);
    schemeUrl = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "发布方案…" }).click();
    await page.getByRole("button", { name: "确认发布" }).click();
    await expect(page.getByText("填报中").first()).toBeVisible();
    await page.screenshot({ path: shot("assessment-scheme-published"), fullPage: true });
  });
});

test("filer3 hands in the hydrogen alliance's annual report", async ({ browser }) => {
  await asUser(browser, "filer3", async (page) => {
    // The figure itself, not any "1" in the tile (its note may say "还有 14 天").
    await expect(page.getByTestId("operation-reports-due").locator(".n")).toHaveText("1");
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "年度报告" }).click();
    const row = page
      .getByRole("row")
      .filter({ hasText: HYDROGEN })
      .filter({ hasText: String(YEAR) });
    await row.getByRole("link", { name: "填报" }).click();
    await page.waitForURL(new RegExp(`/alliances/[0-9a-f-]{36}/reports/${YEAR}$`));
    reportUrl = new URL(page.url()).pathname;

    // Counted from the activities the alliance logged this year (九（一）): read-only, filled in by the portal.
    const counted = page.getByLabel("组织活动（次）*");
    await expect(counted).toHaveAttribute("readonly", "");
    activities = Number(await counted.inputValue());

    // Submitting with nothing typed is refused with the reasons at the fields; nothing is lost.
    await page.getByLabel("联合攻关项目（项）*").fill(TYPED.JOINT_PROJECTS);
    await page.getByRole("button", { name: "提交年度报告" }).click();
    await expect(page.getByText("「专利和标准」请填写不小于 0 的数字")).toBeVisible();
    await expect(page.getByLabel("联合攻关项目（项）*")).toHaveValue(TYPED.JOINT_PROJECTS);

    await page.getByLabel("专利和标准（项）*").fill(TYPED.PATENTS_STANDARDS);
    await page.getByLabel("成果转移转化（项）*").fill(TYPED.TECH_TRANSFER);
    await page.getByLabel("成员研发投入（万元）*").fill(TYPED.RND_INPUT);
    await page.getByLabel("人才交流（人次）*").fill(TYPED.TALENT_EXCHANGE);
    await page
      .getByLabel("年度工作总结 *")
      .fill("本年度联盟围绕电解水制氢和燃料电池开展联合攻关三项，申请专利五项，组织技术交流活动多次，成员研发投入持续增长。");
    // Evidence is checked by content: a renamed text file is refused, a real PDF is kept.
    const upload = page.getByLabel("上传佐证材料（.docx 或 .pdf，不超过 20 MB）");
    await upload.setInputFiles({ name: "成果清单.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf at all") });
    await expect(page.getByRole("alert").filter({ hasText: "PDF" })).toBeVisible();
    await upload.setInputFiles({ name: "2026年度成果清单.pdf", mimeType: "application/pdf", buffer: fixtures.pdf() });
    await expect(page.getByRole("link", { name: "2026年度成果清单.pdf" })).toBeVisible();
    await page.getByLabel("下一年度工作计划 *").fill("下一年度将推进绿氢示范应用，组织成员联合申报国家重点研发计划，完善知识产权共享机制。");
    // Leaving the last field re-checks it and clears the earlier messages (the page reflows), then submit.
    await page.getByLabel("下一年度工作计划 *").blur();
    await expect(page.getByText("请填写下一年度工作计划")).toHaveCount(0);
    await page.getByRole("button", { name: "提交年度报告" }).click();
    await expect(page.getByText("已提交").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "提交年度报告" })).toHaveCount(0);
    await page.screenshot({ path: shot("annual-report-submitted"), fullPage: true });
  });
});

test("the service center scores the report; the filer does not see the score before publication", async ({ browser }) => {
  const expected = scoreReport(
    DEFAULT_SCHEME,
    { ...Object.fromEntries(Object.entries(TYPED).map(([k, v]) => [k, Number(v)])), ACTIVITIES: activities },
    { GOVERNANCE },
    [],
  );
  await asUser(browser, "center", async (page) => {
    // At least this report: the policy-year spec, running beside this one, may have one of its own year waiting too.
    await expect.poll(async () => Number(await page.getByTestId("operation-reports-to-score").locator(".n").innerText())).toBeGreaterThanOrEqual(1);
    await page.goto(schemeUrl);
    await page.goto(`/assessment/reports?scheme=${schemeUrl.split("/").pop()}`);
    const row = page.getByRole("row").filter({ hasText: HYDROGEN });
    await row.getByRole("link", { name: "评分" }).click();
    // The evidence the filer attached opens from the scoring page.
    const evidence = page.getByRole("link", { name: /2026年度成果清单\.pdf/ });
    const [file] = await Promise.all([page.waitForEvent("download"), evidence.click()]);
    expect(
      Buffer.concat(await (await file.createReadStream()).toArray())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await page.getByLabel("「运行管理规范性」评分").fill(String(GOVERNANCE));
    await page.getByRole("button", { name: "保存评分" }).click();
    await expect(page.getByRole("status").filter({ hasText: "评分已保存" })).toBeVisible();
    await page.screenshot({ path: shot("annual-report-scored"), fullPage: true });

    await page.goto(`/assessment/reports?scheme=${schemeUrl.split("/").pop()}`);
    const scored = page.getByRole("row").filter({ hasText: HYDROGEN });
    await expect(scored).toContainText(expected.total.toFixed(2));
    await expect(scored).toContainText(GRADE_LABELS[expected.grade]);
  });
  await asUser(browser, "filer3", async (page) => {
    await page.goto(reportUrl.replace(/\/\d{4}$/, ""));
    await expect(page.getByText(expected.total.toFixed(2))).toHaveCount(0);
  });
});

test("the dashboard shows the year's assessment progress and exports it", async ({ browser }) => {
  await asUser(browser, "center", async (page) => {
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "统计分析" }).click();
    const filters = page.getByRole("search", { name: "统计筛选" });
    await filters.getByLabel("年度", { exact: true }).selectOption(String(YEAR));
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(new RegExp(`year=${YEAR}`));
    const table = page.locator("table").filter({ has: page.locator("caption", { hasText: "年度考核进度（结果未公布）" }) });
    const row = table.getByRole("row").filter({ hasText: `${YEAR}年度` });
    const cells = row.getByRole("cell");
    // 考核年度, 报告截止, 应报联盟, 已提交, 已评分, 优秀, 良好, 合格, 不合格 (unpublished)
    await expect(cells.nth(3)).toHaveText("1");
    await expect(cells.nth(4)).toHaveText("1");
    await page.screenshot({ path: shot("dashboard-progress"), fullPage: true });

    const section = page.locator("section").filter({ has: page.getByRole("heading", { name: "年度考核进度" }) });
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "导出 CSV" }).click()]);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString("utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const line = text.split("\r\n").find((l) => l.startsWith(`${YEAR}年度`));
    expect(line?.split(",").slice(3, 5)).toEqual(["1", "1"]);
  });
});

test("filer3 runs the filed alliance: members, council, activities; the center oversees", async ({ browser }) => {
  await asUser(browser, "filer3", async (page) => {
    await page.goto(reportUrl.replace(/\/reports\/\d{4}$/, ""));
    const tabs = page.getByRole("navigation", { name: "联盟运行管理" });
    await tabs.getByRole("link", { name: "成员变更" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(HYDROGEN);
    await page.screenshot({ path: shot("operation-members"), fullPage: true });
    await tabs.getByRole("link", { name: "理事会、章程与解散" }).click();
    await expect(page.getByText("附件3 第十一条").first()).toBeVisible();
    await page.screenshot({ path: shot("operation-council"), fullPage: true });
    await tabs.getByRole("link", { name: "活动与推荐项目" }).click();
    await expect(page.getByText("九（一）").first()).toBeVisible();
    await page.screenshot({ path: shot("operation-activities"), fullPage: true });
  });
  await asUser(browser, "center", async (page) => {
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "运行监管" }).click();
    await expect(page.getByTestId("flagged-changes")).toContainText("吉林省碳纤维产业科技创新联盟");
    await expect(page.getByRole("heading", { name: "理事会任期提醒" })).toBeVisible();
    await page.screenshot({ path: shot("oversight"), fullPage: true });
  });
});
