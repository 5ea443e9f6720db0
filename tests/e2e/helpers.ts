// Labels computed here from lib/ (grades, industries) read the catalogue as the server does: Chinese.
import "../helpers/text-setup";
import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_USERS, type SeedUser } from "../../prisma/seed-data";
import { currentStep, totpCode } from "../../lib/auth/totp";
import type { Account } from "./accounts";
import { E2E_OUTPUT_DIR, storageStatePath } from "./server-file";

/** UI strings (lib/i18n/messages/zh-CN.json) the specs assert on. */
export const T = {
  username: "用户名",
  password: "密码",
  submit: "登录",
  logout: "退出登录",
  signedInAs: "当前用户",
  loggedOut: "您已安全退出。",
  invalid: "用户名或密码错误",
  totp: "动态口令（6 位数字）",
  totpRequired: "请输入动态口令",
  locked: "账户已因多次密码错误被锁定",
  notFound: "页面不存在",
  forbidden: "无权访问",
  navLabel: "主导航",
} as const;

export function demoUser(username: string): SeedUser {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username} in prisma/seed-data.ts`);
  return user;
}

/** Fills the login form and submits it; does not wait for the outcome. */
export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  if (!/\/login(\?|$)/.test(page.url())) await page.goto("/login");
  await page.getByLabel(T.username, { exact: true }).fill(username);
  await page.getByLabel(T.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: T.submit, exact: true }).click();
}

// The portal accepts each code once (replay refused) and only the steps next to now, so a spec that signs
// the same account in again soon takes the next step's code, or waits for a new step. The steps used are
// kept in a file: a fresh database per run, and a restarted worker must not reuse one.
const STEPS_FILE = path.join(E2E_OUTPUT_DIR, ".totp-steps.json");

function readSteps(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(STEPS_FILE, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * A fresh TOTP code for a staff account (a demo account, or one of a spec's own with its secret): the
 * current step, else the next, else wait for one.
 */
export async function nextTotpCode(username: string, secret: string | null | undefined = demoUser(username).totpSecret): Promise<string> {
  if (!secret) throw new Error(`${username} has no TOTP secret`);
  for (;;) {
    const steps = readSteps();
    const now = currentStep();
    const step = [now, now + 1].find((s) => s > (steps[username] ?? -1));
    if (step !== undefined) {
      steps[username] = step;
      fs.mkdirSync(path.dirname(STEPS_FILE), { recursive: true });
      fs.writeFileSync(STEPS_FILE, JSON.stringify(steps));
      return totpCode(secret, step);
    }
    await new Promise((r) => setTimeout(r, 30_000 - (Date.now() % 30_000) + 200));
  }
}

/** Answers the two-factor step of the login form (shown after the password for staff accounts). */
export async function submitTotp(page: Page, username: string, secret?: string | null): Promise<void> {
  const field = page.getByLabel(T.totp, { exact: true });
  await expect(field).toBeVisible();
  await field.fill(await nextTotpCode(username, secret ?? demoUser(username).totpSecret));
  await page.getByRole("button", { name: T.submit, exact: true }).click();
}

/**
 * Signs in through the form (with the TOTP step for staff accounts) and waits for the home page. Only the
 * setup project (auth.setup.ts) signs the demo accounts in this way; specs that test signing in use
 * accounts of their own (`account`), so no demo account's shared session is touched.
 */
export async function signIn(page: Page, username: string, password = demoUser(username).password, account?: Account): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, username, password);
  const secret = account ? account.totpSecret : DEMO_USERS.find((u) => u.username === username)?.totpSecret;
  if (secret) await submitTotp(page, username, secret);
  await page.waitForURL((url) => url.pathname === "/", { timeout: 30_000 });
  await expect(page.getByText(`${T.signedInAs}：`)).toBeVisible();
}

/** Signs a spec's own account in through the form. */
export function signInAccount(page: Page, account: Account): Promise<void> {
  return signIn(page, account.username, account.password, account);
}

/**
 * Puts the demo account's session, signed in once by the setup project, into this page's browser context
 * and opens the home page.
 */
export async function enterAs(page: Page, username: string): Promise<void> {
  const state = JSON.parse(fs.readFileSync(storageStatePath(username), "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().clearCookies();
  await page.context().addCookies(state.cookies);
  await page.goto("/");
  await expect(page.getByText(`${T.signedInAs}：`)).toBeVisible();
}

/** Clicks 退出登录 and waits for the login page with its confirmation. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: T.logout, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await expect(page.getByRole("status").filter({ hasText: T.loggedOut })).toBeVisible();
}

/**
 * Runs `fn` with a page of a fresh browser context holding the demo account's saved session, on its home
 * page; the context is closed afterwards.
 */
export async function asUser<R>(browser: Browser, username: string, fn: (page: Page) => Promise<R>): Promise<R> {
  const context = await browser.newContext({ storageState: storageStatePath(username) });
  try {
    const missing = watchMissingMessages(context);
    const prefetched = watchPrefetches(context);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByText(`${T.signedInAs}：`)).toBeVisible();
    const result = await fn(page);
    expect(missing, "catalogue messages the page's client code could not find").toEqual([]);
    expect(prefetched, "links prefetched by Next's router (components/ui/link.tsx)").toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * The catalogue messages client code asked for and did not find, in every page of the context, as they happen:
 * next-intl reports each in the browser's console (MISSING_MESSAGE) and shows the key instead. Each page hands
 * the browser only the paths its client modules read (lib/i18n/page-text.tsx); a path the analysis missed shows here.
 */
export function watchMissingMessages(context: BrowserContext): string[] {
  const missing: string[] = [];
  context.on("console", (msg) => {
    if (/MISSING_MESSAGE|INSUFFICIENT_PATH/.test(msg.text())) missing.push(`${msg.page()?.url() ?? "?"}: ${msg.text().slice(0, 200)}`);
  });
  return missing;
}

/**
 * Requests Next's router made to prefetch a link (header Next-Router-Prefetch), in every page of the context. The
 * portal's links do not prefetch (components/ui/link.tsx): on these dynamic pages a prefetch brings only the route tree
 * and the metadata, two requests per link in view, which made a page view cost the server 7-13 times the page.
 */
export function watchPrefetches(context: BrowserContext): string[] {
  const prefetched: string[] = [];
  context.on("request", (req) => {
    if (req.headers()["next-router-prefetch"]) prefetched.push(`${req.frame().url()} → ${req.url()}`);
  });
  return prefetched;
}

/** The error alert of the login form (`.alert.error`, role=alert). */
export function loginError(page: Page) {
  return page.locator(".alert.error[role=alert]");
}

/** Signs in as sysadmin and lifts a lock on `username` if there is one (used to make lockout tests re-runnable). */
export async function unlockAsSysadmin(page: Page, username: string): Promise<boolean> {
  await page.goto(`/admin/users?q=${encodeURIComponent(username)}`);
  const row = page.getByTestId(`user-${username}`);
  await expect(row).toBeVisible();
  await row.getByRole("link", { name: "编辑" }).click();
  await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`（${username}）`);
  const unlock = page.getByRole("button", { name: "解除锁定", exact: true });
  if (!(await unlock.isVisible())) return false;
  await unlock.click();
  await expect(page.getByRole("status").filter({ hasText: "已解除锁定。" })).toBeVisible();
  return true;
}
