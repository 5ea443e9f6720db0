import { expect, test, type Page } from "@playwright/test";
import { ALLIANCES, DEMO_USERS, DIVISIONS, ORGANIZATIONS } from "../../prisma/seed-data";
import { withDatabase } from "./accounts";
import { T, asUser, demoUser, enterAs } from "./helpers";

// Who sees what (lib/authz/alliance-scope.ts), checked from the browser.

const orgName = (key: string | undefined) => ORGANIZATIONS.find((o) => o.key === key)?.name;
const FILER = demoUser("filer");
const FILER_ORG = orgName(FILER.org);

/** Alliance links (name → path) in the first table of the page. */
async function allianceLinks(page: Page): Promise<Map<string, string>> {
  const links = page.locator("table a[href^='/alliances/']");
  const out = new Map<string, string>();
  for (const link of await links.all()) {
    out.set((await link.innerText()).trim(), (await link.getAttribute("href")) ?? "");
  }
  return out;
}

async function expectNotFound(page: Page, hiddenName: string) {
  await expect(page.getByRole("heading", { name: T.notFound, exact: true })).toBeVisible();
  await expect(page.getByText(hiddenName)).toHaveCount(0);
  await expect(page.getByText("一、联盟简况")).toHaveCount(0);
}

test.describe("联盟访问范围", () => {
  // Each test opens pages as three or four roles one after another: room for a loaded two-core CI machine.
  test.describe.configure({ timeout: 120_000 });
  test("牵头企业经办人只能打开本单位的联盟", async ({ browser, page }) => {
    expect(FILER_ORG, "filer's organisation in the seed data").toBeTruthy();

    // filer2's own alliance (a draft of another organisation), from filer2's home page.
    const filer2 = demoUser("filer2");
    const filer2Alliance = ALLIANCES.find((a) => a.leadOrg === filer2.org)!;
    const filer2Href = await asUser(browser, "filer2", async (p) => {
      const mine = await allianceLinks(p);
      expect(mine.has(filer2Alliance.name)).toBe(true);
      return mine.get(filer2Alliance.name)!;
    });

    // A submitted alliance of yet another organisation, as listed for the secretary.
    const foreignSubmitted = ALLIANCES.find((a) => a.state !== "DRAFT" && a.leadOrg !== FILER.org && a.leadOrg !== filer2.org)!;
    const foreignHref = await asUser(browser, "secretary", async (p) => {
      await p.goto(`/alliances?q=${encodeURIComponent(foreignSubmitted.name)}`);
      const rows = await allianceLinks(p);
      expect(rows.has(foreignSubmitted.name)).toBe(true);
      return rows.get(foreignSubmitted.name)!;
    });
    expect(filer2Href).toMatch(/^\/alliances\/[0-9a-f-]{36}$/);
    expect(foreignHref).toMatch(/^\/alliances\/[0-9a-f-]{36}$/);

    await enterAs(page, FILER.username);

    // Own alliances: listed on the home page, and they open.
    const ownExpected = ALLIANCES.filter((a) => a.leadOrg === FILER.org)
      .map((a) => a.name)
      .sort();
    const own = await allianceLinks(page);
    // Every seeded alliance of the filer's organisation is listed, and every listed one (other specs running
    // beside this one add their own, e.g. the hostile spec's copy of the demo draft) is led by that organisation.
    expect(ownExpected.filter((name) => !own.has(name))).toEqual([]);
    const ids = [...own.values()].map((href) => href.split("/")[2]);
    const led = await withDatabase(async (c) => {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Alliance" a JOIN "User" u ON u."organizationId" = a."leadOrgId" WHERE u.username = $1 AND a.id = ANY($2::text[])`,
        [FILER.username, ids],
      );
      return rows[0]!.n;
    });
    expect(led).toBe(ids.length);
    const ownSubmitted = ALLIANCES.find((a) => a.leadOrg === FILER.org && a.state !== "DRAFT") ?? ALLIANCES.find((a) => a.leadOrg === FILER.org)!;
    await page.goto(own.get(ownSubmitted.name)!);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ownSubmitted.name);
    await expect(page.getByRole("heading", { name: "一、联盟简况" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "三、联盟成员单位" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "企业情况" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "科教单位情况" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "统一社会信用代码" }).first()).toBeVisible();
    const enterpriseMembers = ownSubmitted.members.filter((m) => ORGANIZATIONS.find((o) => o.key === m.org)?.type === "ENTERPRISE");
    const enterpriseTable = page.locator("table").filter({ has: page.getByRole("columnheader", { name: "2022年产值（万元）" }) });
    await expect(enterpriseTable.locator("tbody tr")).toHaveCount(enterpriseMembers.length);
    await expect(enterpriseTable).toContainText(FILER_ORG!);

    // Someone else's alliances: not found, and nothing of them shows.
    await page.goto(filer2Href);
    await expectNotFound(page, filer2Alliance.name);
    await page.goto(foreignHref);
    await expectNotFound(page, foreignSubmitted.name);
    // And they are not in the filer's list either.
    await page.goto("/alliances");
    await expect(page.getByText(filer2Alliance.name)).toHaveCount(0);
    await expect(page.getByText(foreignSubmitted.name)).toHaveCount(0);
  });

  test("业务处室审核人只看到本处室产业的已提交联盟", async ({ page }) => {
    const reviewer = demoUser("reviewer");
    const division = DIVISIONS.find((d) => d.code === reviewer.division)!;
    const visible = ALLIANCES.filter((a) => a.state !== "DRAFT" && division.industries.includes(a.industry))
      .map((a) => a.name)
      .sort();
    const hidden = ALLIANCES.filter((a) => !visible.includes(a.name));
    expect(visible.length).toBeGreaterThan(0);
    expect(hidden.some((a) => a.state === "DRAFT" && division.industries.includes(a.industry))).toBe(true);

    await enterAs(page, reviewer.username);
    await page.goto("/alliances");
    const listed = await allianceLinks(page);
    // Every seeded filing of the division's industries is listed, and the total counts the rows (the filing
    // journey, running beside this spec, may add one more in 新材料 once it is submitted, under a name a demo
    // alliance of another organisation also has: rows are counted, not names).
    expect([...listed.keys()].filter((name) => visible.includes(name)).sort()).toEqual(visible);
    // Specs running beside this one add filings of their own (the filing journey, the policy-year spec): every listed
    // row, seeded or not, must be a submitted filing of the division's industries, by the database.
    const hrefs = await page.locator("table a[href^='/alliances/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const ids = hrefs.map((href) => href.split("/")[2]);
    const inScope = await withDatabase(async (c) => {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Alliance" WHERE id = ANY($1::text[]) AND "industryCode" = ANY($2::text[]) AND state <> 'DRAFT'`,
        [ids, division.industries],
      );
      return rows[0]!.n;
    });
    expect(inScope).toBe(ids.length);
    await expect(page.getByText(`共 ${ids.length} 个`)).toBeVisible();
    for (const a of hidden) await expect(page.getByText(a.name)).toHaveCount(0);
    // The state badges never say 草稿.
    await expect(page.locator("tbody").getByText("草稿", { exact: true })).toHaveCount(0);
  });

  test("管理员不能进入创新联盟页面", async ({ page }) => {
    await enterAs(page, "sysadmin");
    await page.goto("/alliances");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { name: T.forbidden, exact: true })).toBeVisible();
    await expect(page.locator("table")).toHaveCount(0);
  });

  test("审核、厅务会和异议页面只对相应岗位开放，公示页面无需登录", async ({ page }) => {
    await enterAs(page, "filer");
    for (const path of ["/review", "/meetings", "/meetings/new", "/objections", "/admin/settings"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/forbidden$/);
    }
    await page.context().clearCookies();
    await page.goto("/public/notices");
    await expect(page.getByRole("heading", { name: "吉林省重点产业科技创新联盟备案公示" })).toBeVisible();
    await page.goto("/meetings");
    await expect(page).toHaveURL(/\/login(\?|$)/);
  });

  test("运行管理：考核、监管和统计只对相应岗位开放，他人联盟的运行页面不可见", async ({ browser, page }) => {
    const hydrogenHref = await asUser(browser, "center", async (p) => {
      await p.goto("/alliances");
      return (await allianceLinks(p)).get("吉林省氢能产业科技创新联盟")!;
    });
    expect(hydrogenHref).toMatch(/^\/alliances\/[0-9a-f-]{36}$/);
    await enterAs(page, "filer");
    for (const path of ["/assessment", "/assessment/schemes/new", "/assessment/revocations", "/oversight", "/dashboard"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/forbidden$/);
    }
    for (const tab of ["", "/reports", "/members", "/council", "/activities", "/confirmations", "/reports/2025"]) {
      await page.goto(hydrogenHref + tab);
      await expect(page.getByRole("heading", { name: T.notFound, exact: true }), tab).toBeVisible();
      await expect(page.getByText("吉林省氢能产业科技创新联盟"), tab).toHaveCount(0);
    }
    const exported = await page.request.get("/api/dashboard/export?table=industry&format=csv");
    expect(exported.status()).toBe(403);
    await enterAs(page, "officer");
    await page.goto("/reports");
    await expect(page).toHaveURL(/\/forbidden$/);
  });

  test("未登录访问用户管理跳转到登录页", async ({ page }) => {
    await page.context().clearCookies();
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(page.getByRole("heading", { name: "用户登录" })).toBeVisible();
    await expect(page.getByText(DEMO_USERS[0]!.displayName)).toHaveCount(0);
  });
});
