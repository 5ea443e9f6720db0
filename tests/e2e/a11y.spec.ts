import { expect, test, type Page } from "@playwright/test";
import { axe } from "./crawl";
import { createAccount } from "./accounts";
import { asUser, nextTotpCode } from "./helpers";

// GB/T 37668-2019 builds on WCAG 2.0/2.1 AA: the main pages must have no axe violations (crawl.ts: axe).
test("the sign-in page has no WCAG 2.1 AA violations", async ({ page }) => {
  await page.goto("/login");
  expect(await axe(page)).toEqual([]);
});

// Each of these runs axe over several whole pages as several roles: minutes on a loaded two-core machine (the 180 s
// of the operation pages' test ran out once, with the page half-checked). Time limits here are room, not a speed test.
test("home, alliance list, filing editor and user admin have no WCAG 2.1 AA violations", async ({ browser }) => {
  test.setTimeout(240_000);
  await asUser(browser, "filer", async (page) => {
    expect(await axe(page)).toEqual([]);
    await page.goto("/alliances");
    expect(await axe(page)).toEqual([]);
    const draft = page.getByRole("link", { name: "吉林省太阳能产业科技创新联盟" });
    await draft.click();
    await page.getByRole("link", { name: "填写申报材料" }).click();
    await page.waitForURL(/\/edit$/);
    expect(await axe(page)).toEqual([]);
  });
  await asUser(browser, "sysadmin", async (page) => {
    await page.goto("/admin/users/new");
    expect(await axe(page)).toEqual([]);
  });
});

test("review queue, review page, meeting, notifications, settings and public pages have no WCAG 2.1 AA violations", async ({ browser, page }) => {
  test.setTimeout(300_000);
  await asUser(browser, "reviewer2", async (p) => {
    await p.goto("/review");
    expect(await axe(p)).toEqual([]);
    await p.getByRole("link", { name: "吉林省直播电商产业科技创新联盟" }).click();
    await p.getByRole("button", { name: "为“技术创新目标”添加批注" }).click();
    expect(await axe(p)).toEqual([]);
    await p.goto("/notifications");
    expect(await axe(p)).toEqual([]);
  });
  await asUser(browser, "secretary", async (p) => {
    await p.goto("/meetings/new");
    expect(await axe(p)).toEqual([]);
  });
  await asUser(browser, "sysadmin", async (p) => {
    await p.goto("/admin/settings");
    expect(await axe(p)).toEqual([]);
  });
  await page.goto("/public/notices");
  expect(await axe(page)).toEqual([]);
  await page.goto("/public/verify?code=ABCD-EFGH-JKMN");
  expect(await axe(page)).toEqual([]);
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  const officer = await createAccount("officer", "keyboard");
  await page.goto("/login");
  // The language control comes first, in the header as on every page; then the form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "中文" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "English" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("用户名", { exact: true })).toBeFocused();
  await page.keyboard.type(officer.username);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("密码", { exact: true })).toBeFocused();
  await page.keyboard.type(officer.password);
  await page.keyboard.press("Enter");
  // Staff accounts: the code field appears with the cursor in it.
  await expect(page.getByLabel("动态口令（6 位数字）", { exact: true })).toBeFocused();
  await page.keyboard.type(await nextTotpCode(officer.username, officer.totpSecret));
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.pathname === "/");
});

test("operation pages (八): reports, assessment, oversight, dashboard and the alliance's tabs have no WCAG 2.1 AA violations", async ({ browser, page }) => {
  test.setTimeout(300_000);
  await asUser(browser, "filer3", async (p) => {
    await p.goto("/reports");
    expect(await axe(p)).toEqual([]);
    await p.goto("/alliances");
    await p.getByRole("link", { name: "吉林省氢能产业科技创新联盟" }).click();
    const tabs = p.getByRole("navigation", { name: "联盟运行管理" });
    for (const tab of ["年度报告与考核", "成员变更", "理事会、章程与解散", "活动与推荐项目"]) {
      await tabs.getByRole("link", { name: tab }).click();
      await expect(tabs.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
      expect(await axe(p), tab).toEqual([]);
    }
    await p.goto(p.url().replace(/\/activities$/, "/confirmations"));
    expect(await axe(p)).toEqual([]);
  });
  await asUser(browser, "center", async (p) => {
    for (const path of ["/assessment", "/assessment/schemes/new", "/assessment/revocations", "/oversight", "/dashboard"]) {
      await p.goto(path);
      expect(await axe(p), path).toEqual([]);
    }
  });
  await page.goto("/public/confirm/not-a-real-token");
  expect(await axe(page)).toEqual([]);
});

test("the axe check reports what it finds: a page made with known faults fails it", async ({ page }) => {
  // The crawls run axe through crawl.ts's own injection; this shows that path reports violations at all.
  await page.setContent(
    '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><img src="data:,"><input type="text"><p style="color:#eee;background:#fff">浅色文字</p></main></body></html>',
  );
  const found = (await axe(page)).map((v) => v.split(":")[0]);
  expect(found).toEqual(expect.arrayContaining(["image-alt", "label", "color-contrast"]));
});
