import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_USERS, type SeedRole } from "../../prisma/seed-data";
import { createAccount } from "./accounts";
import { T, enterAs, signInAccount, signOut } from "./helpers";

// Every demo account signs in through the form, sees its own home page and menu, and signs out.

const ROLE_NAMES: Record<SeedRole, string> = {
  ENTERPRISE_FILER: "牵头企业经办人",
  DIVISION_REVIEWER: "业务处室审核人",
  DEPARTMENT_SECRETARY: "组织形式审核 / 厅务会秘书",
  INSTITUTE_OFFICER: "研究院备案员",
  SERVICE_CENTER: "服务中心工作人员",
  SYSTEM_ADMIN: "系统管理员",
  SECURITY_ADMIN: "安全管理员",
  AUDIT_ADMIN: "审计管理员",
};

// The queue tiles each business role watches on its home page (lib/home/get-home-data.ts).
const QUEUE_STATES: Partial<Record<SeedRole, string[]>> = {
  ENTERPRISE_FILER: ["DRAFT", "RETURNED", "DIVISION_REVIEW", "FILED"],
  DIVISION_REVIEWER: ["DIVISION_REVIEW", "RETURNED", "FILED"],
  DEPARTMENT_SECRETARY: ["FORM_REVIEW", "MEETING", "FILED"],
  INSTITUTE_OFFICER: ["FILING", "FILED", "REVOKED"],
  SERVICE_CENTER: ["FILED", "REVOKED"],
};

const ADMIN_HOME: Partial<Record<SeedRole, string>> = {
  SYSTEM_ADMIN: "home-sysadmin",
  SECURITY_ADMIN: "home-secadmin",
  AUDIT_ADMIN: "home-auditor",
};

const BUSINESS: SeedRole[] = ["ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER"];

/** The menu a set of roles should get, in order (lib/auth/nav.ts). */
function expectedNav(roles: SeedRole[]): (string | RegExp)[] {
  const has = (...r: SeedRole[]) => roles.some((x) => r.includes(x));
  return [
    "首页",
    ...(has("ENTERPRISE_FILER", "DIVISION_REVIEWER", "DEPARTMENT_SECRETARY") ? ["牵头企业遴选"] : []),
    ...(has("DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER") ? ["待办审核"] : []),
    ...(has("DEPARTMENT_SECRETARY") ? ["厅务会"] : []),
    ...(has("INSTITUTE_OFFICER") ? ["公示异议"] : []),
    ...(has(...BUSINESS) ? ["创新联盟"] : []),
    ...(has("ENTERPRISE_FILER") ? ["年度报告"] : []),
    ...(has("SERVICE_CENTER") ? ["年度考核", "运行监管"] : []),
    ...(has("DIVISION_REVIEWER", "DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER", "SERVICE_CENTER") ? ["统计分析"] : []),
    // With the unread count when there is one, e.g. 消息通知（2）.
    ...(has(...BUSINESS) ? [/^消息通知(（\d+）)?$/] : []),
    ...(has("SYSTEM_ADMIN") ? ["用户管理", "办理时限设置", "工作日历"] : []),
    ...(has("SECURITY_ADMIN") ? ["安全管理"] : []),
    ...(has("AUDIT_ADMIN") ? ["审计日志"] : []),
    "修改密码",
  ];
}

const ALL_TILES = ["home-sysadmin", "home-secadmin", "home-auditor"];

// Every demo account signed in through the form once in the setup project (auth.setup.ts, with the README's
// passwords and real TOTP codes); here each one's session shows its own home page and menu.
test.describe("每个演示账户的首页与菜单", () => {
  for (const user of DEMO_USERS) {
    test(`${user.username}（${user.roles.map((r) => ROLE_NAMES[r]).join("、")}）`, async ({ page }, testInfo) => {
      await enterAs(page, user.username);
      await expect(page).toHaveURL(/\/$/);

      // Header: who is signed in and with which roles.
      await expect(page.getByText(`${T.signedInAs}：${user.displayName}（${user.username}）`)).toBeVisible();
      await expect(page.locator(".userbox .who")).toContainText(user.roles.map((r) => ROLE_NAMES[r]).join("、"));
      await expect(page.getByRole("heading", { level: 1, name: `${user.displayName}，您好` })).toBeVisible();

      // Home page for the role.
      const queue = [...new Set(user.roles.flatMap((r) => QUEUE_STATES[r] ?? []))];
      const adminTiles = user.roles.map((r) => ADMIN_HOME[r]).filter((x): x is string => Boolean(x));
      for (const state of queue) await expect(page.getByTestId(`queue-${state}`)).toBeVisible();
      if (queue.length === 0) await expect(page.locator("[data-testid^=queue-]")).toHaveCount(0);
      else await expect(page.locator("[data-testid^=queue-]")).toHaveCount(queue.length);
      for (const tile of ALL_TILES) {
        if (adminTiles.includes(tile)) await expect(page.getByTestId(tile)).toBeVisible();
        else await expect(page.getByTestId(tile)).toHaveCount(0);
      }
      if (user.roles.includes("ENTERPRISE_FILER")) {
        await expect(page.getByRole("heading", { name: "本单位的创新联盟" })).toBeVisible();
      }

      // Menu: exactly the links of the role.
      const nav = page.getByRole("navigation", { name: T.navLabel });
      await expect(nav.getByRole("link")).toHaveText(expectedNav(user.roles));
      await expect(nav.getByRole("link", { name: "首页" })).toHaveAttribute("aria-current", "page");

      await page.screenshot({ path: path.join(testInfo.project.outputDir, "screens", `home-${user.username}.png`), fullPage: true });
    });
  }
});

// Signing out ends every session of the account (sessionVersion), so it is tried on accounts of this spec's
// own: one enterprise filer (password only) and one of each staff role (password and TOTP).
test.describe("登录与退出", () => {
  for (const like of ["filer", "reviewer", "secretary", "officer", "center", "sysadmin", "secadmin", "auditor"]) {
    test(`与 ${like} 同岗位的账户登录后退出，会话随即失效`, async ({ page }) => {
      const account = await createAccount(like, `out_${like}`);
      await signInAccount(page, account);
      await expect(page.getByText(`${T.signedInAs}：${account.displayName}（${account.username}）`)).toBeVisible();
      const kept = await page.context().cookies();
      await signOut(page);
      await expect(page.getByRole("heading", { name: "用户登录" })).toBeVisible();
      // Signed out for real: a protected page sends us back to the login page, even with the old cookie replayed.
      await page.goto("/");
      await expect(page).toHaveURL(/\/login/);
      await page.context().addCookies(kept);
      await page.goto("/");
      await expect(page).toHaveURL(/\/login/);
    });
  }
});
