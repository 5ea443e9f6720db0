import { expect, test, type Page } from "@playwright/test";
import { T, enterAs, loginError, submitLogin } from "./helpers";

// The audit administrator browses the (read-only) audit log and filters it by action.
// The failed sign-in is made here, so this file does not depend on the other specs having run.
const UNKNOWN = "e2e-nobody";

const actionSelect = (page: Page) => page.getByLabel("操作", { exact: true });
const rows = (page: Page) => page.locator("table tbody tr");
/** The 操作 column is the fourth one. */
const actionCells = (page: Page) => rows(page).locator("td:nth-child(4)");

async function openAuditAsAuditor(page: Page) {
  await enterAs(page, "auditor");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
}

async function filterByAction(page: Page, value: string) {
  await actionSelect(page).selectOption({ value });
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/audit" && url.searchParams.get("action") === value);
  await expect(actionSelect(page)).toHaveValue(value);
}

test.describe("审计日志", () => {
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    try {
      await page.goto("/login");
      await submitLogin(page, UNKNOWN, "Not#The-Password1");
      await expect(loginError(page)).toContainText(T.invalid);
    } finally {
      await page.close();
    }
  });

  test("审计管理员按操作“登录失败”筛选，看到记录，页面声明只读", async ({ page }) => {
    await openAuditAsAuditor(page);
    await expect(page.getByText("审计记录只读")).toBeVisible();

    await filterByAction(page, "auth.login_failed");
    await expect(rows(page).first()).toBeVisible();
    const count = await rows(page).count();
    expect(count).toBeGreaterThan(0);
    await expect(page.getByText(/^共 \d+ 条$/)).toBeVisible();
    // Every row shows the action that was filtered on, as the filter names it; ours is among them.
    const label = ((await actionSelect(page).locator("option:checked").textContent()) ?? "").trim();
    await expect(actionCells(page)).toHaveText(Array<string>(count).fill(label));
    await expect(rows(page).filter({ hasText: UNKNOWN }).first()).toContainText("用户名不存在");

    // Read-only: nothing in the table acts on the events.
    await expect(page.locator("table").getByRole("button")).toHaveCount(0);
    await expect(page.locator("table").locator("form, input, select, textarea")).toHaveCount(0);
  });

  test("操作名称以中文显示（登录失败）", async ({ page }) => {
    await openAuditAsAuditor(page);
    await actionSelect(page).selectOption({ label: "登录失败" }, { timeout: 3_000 });
    await page.getByRole("button", { name: "查询", exact: true }).click();
    await page.waitForURL(/[?&]action=auth\.login_failed/);
    await expect(actionCells(page).first()).toHaveText("登录失败");
  });

  test("按“登录成功”筛选不混入登录失败记录", async ({ page }) => {
    await openAuditAsAuditor(page);
    await filterByAction(page, "auth.login");
    const label = ((await actionSelect(page).locator("option:checked").textContent()) ?? "").trim();
    await expect(rows(page).first()).toBeVisible();
    const count = await rows(page).count();
    await expect(actionCells(page)).toHaveText(Array<string>(count).fill(label), { timeout: 3_000 });
  });
});
