import { expect, test, type Page } from "@playwright/test";
import { createAccount, type Account } from "./accounts";
import { T, asUser, loginError, signInAccount, submitLogin, unlockAsSysadmin } from "./helpers";

// GB/T 22239 login-failure handling: 5 wrong passwords lock the account for 15 minutes; the
// security admin sees the lock, the system admin lifts it. The victim is a service-center account of
// this spec's own (a lock ends the account's sessions), so no other spec is touched.
let VICTIM: Account;
test.beforeAll(async () => {
  VICTIM = await createAccount("center", "lockout");
});

async function attempt(page: Page, password: string) {
  const response = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST");
  await submitLogin(page, VICTIM.username, password);
  await response;
  await expect(page.getByRole("button", { name: T.submit, exact: true })).toBeEnabled();
}

// Three sign-ins with TOTP codes (each may wait for a fresh 30-second step) besides seven attempts.
test.setTimeout(150_000);

test("连续 5 次密码错误锁定账户，安全管理员可见，系统管理员解除锁定", async ({ browser, page }) => {
  await page.goto("/login");
  for (let i = 1; i <= 4; i++) {
    await attempt(page, `Wrong#Pass${i}x`);
    await expect(loginError(page)).toContainText(T.invalid);
    await expect(loginError(page)).not.toContainText(T.locked);
    await expect(page).toHaveURL(/\/login/);
  }
  await attempt(page, "Wrong#Pass5x");
  await expect(loginError(page)).toContainText(T.locked);

  // Even the right password is refused while the lock lasts.
  await attempt(page, VICTIM.password);
  await expect(loginError(page)).toContainText(T.locked);
  await expect(page).toHaveURL(/\/login/);

  // The security admin sees the account among the locked ones.
  await asUser(browser, "secadmin", async (sec) => {
    await sec.goto("/security");
    const lockedSection = sec.locator("section").filter({ has: sec.getByRole("heading", { name: "当前锁定的账户", exact: true }) });
    await expect(lockedSection).toContainText(`${VICTIM.displayName}（${VICTIM.username}）`);
    await expect(lockedSection).not.toContainText("当前没有被锁定的账户");
  });

  // The system admin sees the lock in the user list and lifts it.
  await asUser(browser, "sysadmin", async (admin) => {
    await admin.goto(`/admin/users?q=${VICTIM.username}`);
    await expect(admin.getByTestId(`user-${VICTIM.username}`)).toContainText("已锁定");
    expect(await unlockAsSysadmin(admin, VICTIM.username)).toBe(true);
    await expect(admin.getByRole("button", { name: "解除锁定", exact: true })).toHaveCount(0);
    await admin.goto(`/admin/users?q=${VICTIM.username}`);
    await expect(admin.getByTestId(`user-${VICTIM.username}`)).toContainText("启用");
  });

  // And the account can sign in again.
  await page.context().clearCookies();
  await signInAccount(page, VICTIM);
  await expect(page.getByText(`${T.signedInAs}：${VICTIM.displayName}（${VICTIM.username}）`)).toBeVisible();
});
