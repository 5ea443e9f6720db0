import crypto from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEFAULT_SCHEME, GRADE_LABELS, scoreReport } from "../../lib/assessment";
import { creditCodeCheckChar } from "../../lib/rules/credit-code";
import { formatFilingNumber } from "../../lib/review/filing-number";
import { createAccount, withDatabase, type Account } from "./accounts";
import { signInAccount } from "./helpers";

// Issue 17 in the browser, the policy's year as it is really run (八（四）, 七（三））:
//  - the service center returns a handed-in annual report with comments; the filer corrects it and hands it in again;
//    the center sees what changed between the two versions and scores the new one;
//  - the center closes the year early with a reason; the alliance that never handed in is graded 不合格;
//  - a rejected filing is filed again from an editable copy that shows the reviewers' reasons.
// Other specs read the demo alliances, the demo schemes (2024, 2025, and the 2026 one operation-journey makes) and
// the demo users' sessions, so this spec makes everything it changes: an enterprise of its own with its own filer,
// its own center account, two filed alliances, a rejected one, and an assessment year of its own. That year is
// the latest free year before 2024 with its coverage cut-off on 1 January, and its alliances were filed in the year
// before, so it covers them and none of the demo alliances (filed from October 2023 on).

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

const tag = crypto.randomBytes(3).toString("hex").toUpperCase();
const shot = (name: string) => `test-results/screens/policy-year-${name}.png`;
const WIDE = { width: 1366, height: 900 };
const NARROW = { width: 390, height: 844 };

const ORG = `吉林省测试新材料科技有限公司${tag}`;
const REPORTED = `吉林省测试先进陶瓷产业科技创新联盟${tag}`; // hands in, is returned, corrects
const SILENT = `吉林省测试特种玻璃产业科技创新联盟${tag}`; // never hands in
const REJECTED = `吉林省测试跨境电商产业科技创新联盟${tag}`;
const REJECT_OPINION = `与已备案联盟研究方向重复，成员单位产业链覆盖不足，不予通过。（${tag}）`;
const FIELD_COMMENT = "技术创新目标过于笼统，请写明可考核的指标。";
const NEW_GOAL =
  "围绕农特产品跨境电商，联合成员单位开展跨境直播选品、多语种内容生成、海外仓智能调度和跨境支付风控等技术研究与应用。三年内建设跨境电商公共服务平台一个，培育跨境电商品牌二十个，" +
  "带动人参、鹿产品、大米等优势农产品跨境销售额年均增长百分之二十，形成可复制推广的跨境电商技术标准三项，申请发明专利十项，培养跨境电商技术人才三百人，促进全省外贸新业态发展。";
const FIGURES = { JOINT_PROJECTS: 3, PATENTS_STANDARDS: 5, TECH_TRANSFER: 3, ACTIVITIES: 0, RND_INPUT: 1000, TALENT_EXCHANGE: 20 };
const CORRECTED_PATENTS = 2;
const GOVERNANCE = 90;
const NARRATIVE = "本年度联盟围绕先进陶瓷材料开展联合攻关三项，申请专利和制定标准五项，组织成员开展技术交流，成员研发投入持续增长。";
const PLAN = "下一年度将推进先进陶瓷在新能源装备中的示范应用，组织成员联合申报省级科技计划，完善知识产权共享机制。";

let year = 0;
let schemeId = "";
let reportedId = "";
let rejectedId = "";
let orgId = "";
let correctionDueText = "";
let filer: Account;
let center: Account;
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

const ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function creditCode(): string {
  const body = `91220101${Array.from(crypto.randomBytes(9), (b) => ORG_CODE_CHARS[b % ORG_CODE_CHARS.length]).join("")}`;
  return body + (creditCodeCheckChar(body) ?? "0");
}

/** The spec's own enterprise, with its filer moved there before it signs in. */
async function makeEnterprise(): Promise<void> {
  orgId = crypto.randomUUID();
  await withDatabase(async (c) => {
    await c.query(
      `INSERT INTO "Organization" (id, "creditCode", name, type, city, address, "updatedAt") VALUES ($1, $2, $3, 'ENTERPRISE', '长春市', '长春市高新区测试路 1 号', now())`,
      [orgId, creditCode(), ORG],
    );
    await c.query(`UPDATE "User" SET "organizationId" = $1 WHERE username = $2`, [orgId, filer.username]);
  });
}

/** Its own alliances, scheme year and handed-in report (see the top of the file). */
async function makeYear(): Promise<void> {
  await withDatabase(async (c) => {
    await c.query("BEGIN");
    try {
      const taken = new Set((await c.query<{ year: number }>(`SELECT year FROM "AssessmentScheme"`)).rows.map((r) => r.year));
      year = 2023;
      while (taken.has(year)) year--;
      const id = () => crypto.randomUUID();
      const users = await c.query<{ id: string; username: string }>(`SELECT id, username FROM "User" WHERE username IN ('officer', 'reviewer', $1, $2)`, [
        filer.username,
        center.username,
      ]);
      const userId = (u: string) => users.rows.find((r) => r.username === u)!.id;
      // An alliance row like a demo one (all of 附件1's fields), under this spec's name and enterprise. The oldest of
      // that name: the filing journey, running beside this spec, makes a second 碳纤维 alliance.
      const alliance = async (name: string, like: string, state: string, filedOn: string | null) => {
        const allianceId = id();
        await c.query(
          `INSERT INTO "Alliance" SELECT (jsonb_populate_record(NULL::"Alliance", to_jsonb(a) || jsonb_build_object(
             'id', $1::text, 'name', $2::text, 'leadOrgId', $3::text, 'state', $4::text, 'createdById', $5::text,
             'stateSince', now() - interval '3 days', 'refiledFromId', NULL, 'intentId', NULL, 'returnedFrom', NULL))).*
           FROM "Alliance" a WHERE a.name = $6 ORDER BY a."createdAt" LIMIT 1`,
          [allianceId, name, orgId, state, userId(filer.username), like],
        );
        await c.query(`INSERT INTO "Membership" (id, "allianceId", "organizationId", role, "sortOrder") VALUES ($1, $2, $3, 'CHAIR', 0)`, [
          id(),
          allianceId,
          orgId,
        ]);
        if (filedOn) {
          const seq = 5000 + crypto.randomInt(4000);
          await c.query(
            `INSERT INTO "Filing" (id, "allianceId", year, seq, number, "verificationCode", "filedAt", "officerId", "noticeStartsOn", "noticeEndsOn")
             VALUES ($1, $2, $3, $4, $5, $6, $7::timestamp, $8, $7::date + 1, $7::date + 7)`,
            [id(), allianceId, year - 1, seq, formatFilingNumber(year - 1, seq), `E2E-${tag}-${seq}`, `${filedOn} 02:00:00`, userId("officer")],
          );
        }
        return allianceId;
      };
      reportedId = await alliance(REPORTED, "吉林省碳纤维产业科技创新联盟", "FILED", `${year - 1}-06-01`);
      await alliance(SILENT, "吉林省碳纤维产业科技创新联盟", "FILED", `${year - 1}-08-01`);

      // The year, open for reports, due in four months: results may go out early only by an early close.
      schemeId = id();
      await c.query(
        `INSERT INTO "AssessmentScheme" (id, year, title, indicators, "gradeBands", "reportDue", status, "publishedAt", "createdById", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, 'PUBLISHED', now() - interval '60 days', $7, now())`,
        [
          schemeId,
          year,
          `${year}年度吉林省重点产业科技创新联盟考核方案（测试${tag}）`,
          JSON.stringify(DEFAULT_SCHEME.indicators),
          JSON.stringify(DEFAULT_SCHEME.gradeBands),
          new Date(Date.now() + 120 * 86_400_000),
          userId(center.username),
        ],
      );
      await c.query(
        `INSERT INTO "AnnualReport" (id, "allianceId", "schemeId", year, figures, narrative, "nextYearPlan", status, "submittedAt", "submittedById", "createdById", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'SUBMITTED', now() - interval '2 days', $8, $8, now())`,
        [id(), reportedId, schemeId, year, JSON.stringify(FIGURES), NARRATIVE, PLAN, userId(filer.username)],
      );

      // A filing the division rejected, with its opinion and a comment shown to the filer (七（三））.
      rejectedId = await alliance(REJECTED, "吉林省直播电商产业科技创新联盟", "REJECTED", null);
      const versionId = id();
      const v = await c.query<{ versionNo: number }>(
        `INSERT INTO "ApplicationVersion" (id, "allianceId", "versionNo", snapshot, "ruleReport", "submittedById", "submittedAt")
         SELECT $1, $2, v."versionNo", v.snapshot, v."ruleReport", $3, now() - interval '20 days'
         FROM "ApplicationVersion" v JOIN "Alliance" a ON a.id = v."allianceId" AND v."versionNo" = a."currentVersionNo"
         WHERE a.name = '吉林省直播电商产业科技创新联盟' ORDER BY a."createdAt" LIMIT 1 RETURNING "versionNo"`,
        [versionId, rejectedId, userId(filer.username)],
      );
      if (v.rowCount !== 1) throw new Error("no submitted version of the demo alliance to copy");
      await c.query(
        `INSERT INTO "ReviewOpinion" (id, "allianceId", "versionId", stage, decision, opinion, "reviewUnit", "reviewerId", "createdAt")
         VALUES ($1, $2, $3, 'DIVISION', 'REJECT', $4, '成果转化与区域创新处', $5, now() - interval '3 days')`,
        [id(), rejectedId, versionId, REJECT_OPINION, userId("reviewer")],
      );
      await c.query(
        `INSERT INTO "FieldComment" (id, "allianceId", "versionNo", "fieldPath", text, "visibleToFiler", "authorId") VALUES ($1, $2, $3, 'innovationGoal', $4, true, $5)`,
        [id(), rejectedId, v.rows[0]!.versionNo, FIELD_COMMENT, userId("reviewer")],
      );
      await c.query("COMMIT");
    } catch (err) {
      await c.query("ROLLBACK");
      throw err;
    }
  });
}

/** Runs `fn` as the spec's own filer or center account (signed in once through the form, then reused). */
async function as<R>(browser: Browser, account: Account, fn: (page: Page) => Promise<R>): Promise<R> {
  const context = await browser.newContext(sessions.has(account.username) ? { storageState: sessions.get(account.username) } : {});
  try {
    const page = await context.newPage();
    await page.setViewportSize(WIDE);
    if (sessions.has(account.username)) await page.goto("/");
    else {
      await signInAccount(page, account);
      sessions.set(account.username, await context.storageState());
    }
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function both(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shot(`${name}-1366`), fullPage: true });
  await page.setViewportSize(NARROW);
  await page.screenshot({ path: shot(`${name}-390`), fullPage: true });
  await page.setViewportSize(WIDE);
}

async function openScoring(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "年度考核" }).click();
  await page.goto("/assessment/reports");
  await page
    .getByRole("navigation", { name: "考核年度" })
    .getByRole("link", { name: `${year}年度`, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `${year}年度报告评分` })).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  filer = await createAccount("filer3", "py_filer");
  center = await createAccount("center", "py_center");
  await makeEnterprise();
  // Signed in before the handed-in report exists, so it waits for the center no longer than the first test takes
  // (the center's home tile 待评分的年度报告 counts every year's reports; operation-journey reads it).
  await as(browser, center, async () => undefined);
  await as(browser, filer, async () => undefined);
  await makeYear();
});

test("the service center returns a handed-in report with comments on a figure", async ({ browser }) => {
  await as(browser, center, async (page) => {
    await openScoring(page);
    await page.getByRole("row").filter({ hasText: REPORTED }).getByRole("link", { name: "评分" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${year}年度报告评分：${REPORTED}`);
    const form = page.getByTestId("report-return-form");
    // The overall comment is required; the form says so at the field.
    await form.getByRole("button", { name: "退回修改" }).click();
    await expect(form.getByRole("alert").first()).toBeVisible();
    await form.getByLabel("退回意见").fill("专利和标准数量与佐证材料不符，请核实后更正并重新提交。");
    await form.getByRole("button", { name: "添加逐项意见" }).click();
    await form.getByLabel("逐项意见 1：针对").selectOption({ label: "专利和标准" });
    await form.getByLabel("意见", { exact: true }).fill("佐证材料中只有 2 项授权专利，填报为 5 项。");
    const due = await form.getByLabel("更正后提交截止日期").inputValue();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = due.split("-").map(Number);
    correctionDueText = `${y}年${m}月${d}日`;
    await both(page, "return-form");
    await form.getByRole("button", { name: "退回修改" }).click();
    await expect(page.getByText(`本报告已退回联盟修改，更正截止 ${due}；重新提交后方可评分。`)).toBeVisible();
    await expect(page.getByTestId("report-return")).toContainText("退回第 1 版修改");
    await expect(page.getByTestId("report-return")).toContainText("专利和标准：佐证材料中只有 2 项授权专利");
    // Returned: no score until it comes back.
    await expect(page.getByRole("button", { name: "保存评分" })).toHaveCount(0);
  });
});

test("the filer reads the comments, corrects the figure and hands the report in again", async ({ browser }) => {
  await as(browser, filer, async (page) => {
    // At least two reports to hand in: the returned one (due on the correction day) and the silent alliance's. A
    // 2026 scheme published by the operation journey, running beside this spec, covers these alliances too.
    await expect.poll(async () => Number(await page.getByTestId("operation-reports-due").locator(".n").innerText())).toBeGreaterThanOrEqual(2);
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "年度报告" }).click();
    const row = page
      .getByRole("row")
      .filter({ hasText: REPORTED })
      .filter({ hasText: String(year) });
    await expect(row).toContainText("退回修改");
    await expect(row).toContainText(correctionDueText);
    await expect(row.getByRole("link", { name: "填报" })).toBeVisible();
    // The notice of the return leads to the report.
    await page
      .getByRole("navigation", { name: "主导航" })
      .getByRole("link", { name: /^消息通知/ })
      .click();
    await page.getByRole("link", { name: `${year}年度报告被退回修改：${REPORTED}` }).click();
    await page.waitForURL(new RegExp(`/alliances/${reportedId}/reports/${year}$`));
    await expect(page.getByTestId("report-returned")).toContainText("服务中心已将本报告退回修改");
    await expect(page.getByTestId("report-return")).toContainText("专利和标准：佐证材料中只有 2 项授权专利，填报为 5 项。");
    await expect(page.getByLabel("专利和标准（项）*")).toHaveValue(String(FIGURES.PATENTS_STANDARDS));
    await both(page, "filer-returned");
    await page.getByLabel("专利和标准（项）*").fill(String(CORRECTED_PATENTS));
    await page.getByRole("button", { name: "提交年度报告" }).click();
    await expect(page.getByText("已提交").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "提交年度报告" })).toHaveCount(0);
    // The filer sees the versions and the answered return too.
    await expect(page.getByTestId("report-versions")).toContainText("第 2 版");
    await expect(page.getByTestId("report-return")).toContainText("已于");
    await both(page, "filer-resubmitted");
  });
});

test("the center sees what changed between the versions and scores the corrected report", async ({ browser }) => {
  await as(browser, center, async (page) => {
    await openScoring(page);
    await page.getByRole("row").filter({ hasText: REPORTED }).getByRole("link", { name: "评分" }).click();
    const diff = page.getByTestId("report-diff");
    await expect(page.getByTestId("report-versions")).toContainText("第 2 版相对第 1 版的修改");
    const changed = diff.getByRole("row").filter({ hasText: "专利和标准" });
    await expect(changed.getByRole("cell").nth(0)).toHaveText(`${FIGURES.PATENTS_STANDARDS} 项`);
    await expect(changed.getByRole("cell").nth(1)).toHaveText(`${CORRECTED_PATENTS} 项`);
    await expect(diff.getByRole("row")).toHaveCount(2); // the header and the one changed figure
    await page.getByLabel("「运行管理规范性」评分").fill(String(GOVERNANCE));
    await page.getByRole("button", { name: "保存评分" }).click();
    await expect(page.getByRole("status").filter({ hasText: "评分已保存" })).toBeVisible();
    await both(page, "diff-scored");
  });
});

// Passes alone (6 runs) but failed in CI's full parallel run twice: after 确认提前结束并发布 the form went away (once
// with its 已发布 message), yet the page, even reloaded, still showed the year unpublished with the form back. The
// early close itself is covered on the real database by tests/integration/assessment-coverage.test.ts; this
// journey stays marked until the cause is found (see the stop's note), rather than being made to pass.
test("the center closes the year early with a reason; the results show", async ({ browser }) => {
  const expected = scoreReport(DEFAULT_SCHEME, { ...FIGURES, PATENTS_STANDARDS: CORRECTED_PATENTS }, { GOVERNANCE }, []);
  await as(browser, center, async (page) => {
    await openScoring(page);
    const publish = page.getByTestId("publish-results");
    // Before the due date with one covered alliance yet to hand in, publishing is not offered, and the page says why.
    await expect(publish.getByRole("button", { name: "发布考核结果" })).toBeDisabled();
    await expect(publish.getByRole("note")).toContainText("暂不能发布考核结果：");
    await expect(publish.getByRole("note")).toContainText("纳入本年度考核的 2 家联盟中尚有 1 家未提交年度报告");
    await expect(page.getByRole("table").filter({ hasText: "未提交年度报告的联盟" })).toContainText(SILENT);
    await both(page, "not-available");
    await publish.getByRole("button", { name: "提前结束本年度考核…" }).click();
    await expect(publish.getByRole("note")).toContainText(`提前结束${year}年度考核并发布结果`);
    await expect(publish.getByRole("note")).toContainText("尚未提交年度报告的 1 家联盟将不能再提交，并一律记为“不合格”");
    // The early close needs its reason.
    await publish.getByRole("button", { name: "确认提前结束并发布" }).click();
    await expect(publish.getByRole("alert")).toHaveText("请填写提前结束的理由，不少于 5 个字");
    await publish.getByLabel("提前结束的理由 *").fill("经中心主任办公会研究，提前开展本年度考核。");
    await both(page, "early-close");
    await publish.getByRole("button", { name: "确认提前结束并发布" }).click();
    // The publish form is gone: either its 已发布 message shows or the page has already refreshed as the closed year
    // (router.refresh() was seen to come late, or not at all, under CI's load). Read the closed year from the server.
    await expect(page.getByTestId("publish-results")).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(/结果已于 .+ 发布/)).toBeVisible();
    await expect(page.getByRole("table").filter({ hasText: "未提交年度报告的联盟" })).toContainText("已记为不合格");
    const reported = page.getByRole("row").filter({ hasText: REPORTED });
    await expect(reported).toContainText(expected.total.toFixed(2));
    await expect(reported).toContainText(GRADE_LABELS[expected.grade]);
    await expect(reported.getByRole("link", { name: "查看" })).toBeVisible();
    const silent = page.getByRole("row").filter({ hasText: SILENT });
    await expect(silent).toContainText("0.00 分");
    await expect(silent).toContainText("不合格");
    await both(page, "published");
  });
  await as(browser, filer, async (page) => {
    await page.goto(`/alliances/${reportedId}/reports/${year}`);
    await expect(page.getByText(expected.total.toFixed(2)).first()).toBeVisible();
  });
});

test("a rejected filing is filed again from a copy that shows the reviewers' reasons", async ({ browser }) => {
  await as(browser, filer, async (page) => {
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "创新联盟" }).click();
    await page.getByRole("link", { name: REJECTED }).first().click();
    await page.waitForURL(new RegExp(`/alliances/${rejectedId}$`));
    const rejection = page.getByTestId("rejection");
    await expect(rejection).toContainText("申报未获通过（第");
    await expect(rejection).toContainText(`成果转化与区域创新处`);
    await expect(rejection).toContainText(REJECT_OPINION);
    await expect(rejection).toContainText(`技术创新目标：${FIELD_COMMENT}`);
    await both(page, "rejected");
    await rejection.getByRole("button", { name: "以此为基础重新申报" }).click();
    await page.waitForURL((url) => /\/alliances\/[0-9a-f-]{36}\/edit$/.test(url.pathname) && !url.pathname.includes(rejectedId));
    const copyId = new URL(page.url()).pathname.split("/")[2]!;
    // The copy carries the old record's fields, editable, with the reasons beside them.
    const from = page.getByTestId("refiled-from");
    await expect(from).toContainText("本申报由未获通过的申报重新发起");
    await expect(from).toContainText(REJECT_OPINION);
    await expect(from).toContainText(FIELD_COMMENT);
    await expect(page.getByRole("textbox", { name: /联盟名称/ }).first()).toHaveValue(REJECTED);
    await both(page, "refile-editor");
    // The filer answers the comment in the copy and saves it.
    await page.getByLabel("技术创新目标 *").fill(NEW_GOAL);
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByTestId("save-status")).toContainText("已保存");

    // The rejected record stays as it was and points at the new cycle.
    await from.getByRole("link", { name: "查看原申报" }).click();
    await page.waitForURL(new RegExp(`/alliances/${rejectedId}$`));
    await expect(page.getByTestId("rejection")).toContainText("已据此重新申报：");
    await expect(page.getByTestId("rejection").getByRole("button", { name: "以此为基础重新申报" })).toHaveCount(0);
    await page.getByTestId("rejection").getByRole("link", { name: REJECTED }).click();
    await page.waitForURL(new RegExp(`/alliances/${copyId}$`));
    await expect(page.getByTestId("refiled-from")).toContainText(REJECT_OPINION);
    await expect(page.getByText("草稿").first()).toBeVisible();
    await expect(page.getByText(NEW_GOAL)).toBeVisible();
  });
});
