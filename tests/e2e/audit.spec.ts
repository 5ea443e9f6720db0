import { expect, test } from "@playwright/test";
import { T, loginError, signIn, submitLogin } from "./helpers";

// The audit administrator browses the (read-only) audit log and filters it by action.
// The failed sign-in is made here, so this file does not depend on the other specs having run.
const UNKNOWN = "e2e-nobody";

test("审计管理员按“登录失败”筛选审计日志", async ({ page }) => {
  await page.goto("/login");
  await submitLogin(page, UNKNOWN, "Not#The-Password1");
  await expect(loginError(page)).toContainText(T.invalid);

  await signIn(page, "auditor");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  await expect(page.getByText("审计记录只读")).toBeVisible();

  await page.getByLabel("操作", { exact: true }).selectOption({ label: "登录失败" });
  await page.getByRole("button", { name: "查询", exact: true }).click();
  await page.waitForURL(/[?&]action=auth\.login_failed/);
  await expect(page.getByLabel("操作", { exact: true })).toHaveValue("auth.login_failed");

  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByText(/^共 \d+ 条$/)).toBeVisible();
  // Every row is a failed sign-in (the 操作 column is the fourth), and ours is among them.
  await expect(rows.locator("td:nth-child(4)")).toHaveText(Array(count).fill("登录失败"));
  await expect(rows.filter({ hasText: UNKNOWN }).first()).toContainText("UNKNOWN_USER");

  // Read-only: no buttons or forms act on the events themselves.
  await expect(page.locator("table").getByRole("button")).toHaveCount(0);
});
