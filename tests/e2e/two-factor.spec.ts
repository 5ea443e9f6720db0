import { expect, test } from "@playwright/test";
import { currentStep, totpCode } from "../../lib/auth/totp";
import { createAccount } from "./accounts";
import { T, asUser, loginError, nextTotpCode, submitLogin } from "./helpers";

// MLPS 2.0 level 3: reviewers and administrators sign in with a password and a TOTP code. Both tests use
// reviewer accounts of their own: signing in claims a code's time step, and a reset ends the sessions.

test("审核人员登录需要动态口令：错误口令被拒绝且已填内容保留，正确口令登录，同一口令不能再用", async ({ page }) => {
  const reviewer = await createAccount("reviewer", "totp");
  await page.goto("/login");
  await submitLogin(page, reviewer.username, reviewer.password);
  await expect(page.getByTestId("totp-request")).toContainText(T.totpRequired);
  const field = page.getByLabel(T.totp, { exact: true });
  await expect(field).toBeFocused();

  await field.fill("000000");
  await page.getByRole("button", { name: T.submit, exact: true }).click();
  await expect(loginError(page)).toContainText("动态口令错误或已使用过");
  await expect(page.getByLabel(T.password, { exact: true })).toHaveValue(reviewer.password);
  await expect(page).toHaveURL(/\/login/);

  const code = await nextTotpCode(reviewer.username, reviewer.totpSecret);
  await field.fill(code);
  await page.getByRole("button", { name: T.submit, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.screenshot({ path: "test-results/screens/totp-signed-in.png" });

  // Someone who saw the code tries it again in another browser: refused.
  await page.context().clearCookies();
  await page.goto("/login");
  await submitLogin(page, reviewer.username, reviewer.password);
  await page.getByLabel(T.totp, { exact: true }).fill(code);
  await page.getByRole("button", { name: T.submit, exact: true }).click();
  await expect(loginError(page)).toContainText("动态口令错误或已使用过");
  await expect(page).toHaveURL(/\/login/);
});

test("系统管理员重置动态口令后，用户须先绑定新的身份验证器才能使用平台", async ({ browser, page }) => {
  const user = await createAccount("reviewer", "reset");
  await asUser(browser, "sysadmin", async (admin) => {
    await admin.goto(`/admin/users?q=${user.username}`);
    await admin.getByTestId(`user-${user.username}`).getByRole("link", { name: "编辑" }).click();
    await expect(admin.getByText("双因素登录：已于")).toBeVisible();
    admin.once("dialog", (d) => void d.accept());
    await admin.getByRole("button", { name: "重置动态口令", exact: true }).click();
    await expect(admin.getByRole("status").filter({ hasText: "已重置动态口令" })).toBeVisible();
    await expect(admin.getByText("双因素登录：尚未设置")).toBeVisible();
  });

  // Password alone now signs in, but only to the set-up page; other pages send the user back there.
  await page.goto("/login");
  await submitLogin(page, user.username, user.password);
  await page.waitForURL(/\/account\/two-factor$/);
  await page.goto("/review");
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("双因素登录（动态口令）");
  await expect(page.getByRole("img", { name: "动态口令二维码" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/totp-enrol.png", fullPage: true });

  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(secret).not.toBe(user.totpSecret);
  await page.getByLabel("动态口令", { exact: true }).fill("123456");
  await page.getByRole("button", { name: "验证并启用" }).click();
  await expect(page.getByText("动态口令不正确")).toBeVisible();

  await page.getByLabel("动态口令", { exact: true }).fill(totpCode(secret, currentStep()));
  await page.getByRole("button", { name: "验证并启用" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await page.goto("/review");
  await expect(page).toHaveURL(/\/review/);
  await page.goto("/account/two-factor");
  await expect(page.getByRole("status")).toContainText("启用双因素登录");
});
