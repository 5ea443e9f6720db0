import { expect, test } from "@playwright/test";
import { createAccount, withDatabase } from "./accounts";
import { T, signInAccount, submitLogin } from "./helpers";

// Issue 18: a language control on every page, remembered per browser (cookie) and per account, with the
// browser's Accept-Language as the first guess; Chinese by default. The account is the spec's own.

test("an English browser gets English, and the control switches to Chinese and back", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户登录");
  // The choice outlives the page: the browser's English no longer decides.
  await page.goto("/public/notices");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await context.close();
});

test("a Chinese browser gets Chinese by default", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户登录");
  await context.close();
});

test("a signed-in user's choice is kept in the account and follows them to another browser", async ({ browser }) => {
  const account = await createAccount("filer", "lang");
  const first = await browser.newContext({ locale: "zh-CN" });
  const page = await first.newPage();
  await signInAccount(page, account);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();

  const stored = await withDatabase(async (db) => {
    const user = await db.query<{ id: string; locale: string | null }>(`SELECT id, locale FROM "User" WHERE username = $1`, [account.username]);
    const events = await db.query(`SELECT 1 FROM "AuditEvent" WHERE action = 'user.locale_changed' AND "entityId" = $1`, [user.rows[0]?.id]);
    return { locale: user.rows[0]?.locale, events: events.rowCount };
  });
  expect(stored).toEqual({ locale: "en", events: 1 });
  await first.close();

  // Another browser, set to Chinese and without the cookie: the sign-in page is Chinese, the portal English.
  const second = await browser.newContext({ locale: "zh-CN" });
  const other = await second.newPage();
  await other.goto("/login");
  await expect(other.locator("html")).toHaveAttribute("lang", "zh-CN");
  await submitLogin(other, account.username, account.password);
  await other.waitForURL((url) => url.pathname === "/");
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await expect(other.getByRole("navigation", { name: "Main navigation" })).toBeVisible();

  // Choosing Chinese there changes the account back.
  await other.getByRole("button", { name: "中文" }).click();
  await expect(other.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(other.getByText(`${T.signedInAs}：`)).toBeVisible();
  const after = await withDatabase((db) => db.query<{ locale: string | null }>(`SELECT locale FROM "User" WHERE username = $1`, [account.username]));
  expect(after.rows[0]?.locale).toBe("zh-CN");
  await second.close();
});
