import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { changeOwnPasswordAction } from "@/app/(portal)/account/password/actions";
import { confirmTotpAction } from "@/app/(portal)/account/two-factor/actions";
import { updateSettingsAction } from "@/app/(portal)/admin/settings/actions";
import { removeCalendarDayAction, setCalendarDayAction } from "@/app/(portal)/admin/calendar/actions";
import { createUserAction, resetPasswordAction, resetTotpAction, unlockUserAction, updateUserAction } from "@/app/(portal)/admin/users/actions";
import { updateSecuritySettingsAction } from "@/app/(portal)/security/actions";
import { markAllReadAction } from "@/app/(portal)/notifications/actions";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import { WORKFLOW_SETTING_KEYS, WORKFLOW_SETTINGS } from "@/lib/settings/settings";
import { makeUser } from "../helpers/users";
import { call, expectRefused, messagesOf, SCRIPT_TEXTS, SQL_TEXTS, useHostileDatabase } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// Accounts, settings, notifications and sign-in: escalation and smuggling aimed at the administrators' verbs.

const { fp, ...t } = useHostileDatabase();

let admin: SessionUser & { password: string }, secAdmin: SessionUser, filer: SessionUser & { password: string }, other: SessionUser & { password: string };
const settings = () => Object.fromEntries(WORKFLOW_SETTING_KEYS.map((k) => [k, WORKFLOW_SETTINGS[k].default]));
const row = (id: string) => t.prisma().user.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  const p = t.prisma();
  const org = await p.organization.create({ data: { name: "吉林省测试企业有限公司", type: "ENTERPRISE", creditCode: "91220101MA00000019" } });
  admin = await makeUser(p, ["SYSTEM_ADMIN"], { username: "sysadmin" });
  secAdmin = await makeUser(p, ["SECURITY_ADMIN"]);
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: org.id, username: "filer" });
  other = await makeUser(p, ["SERVICE_CENTER"], { username: "center" });
});

describe("one's own account", () => {
  it("a password change touches only the caller's row, whatever ids and roles are smuggled in", async () => {
    const before = await row(other.id);
    const r = await call(filer, changeOwnPasswordAction, {
      current: filer.password,
      next: "Neu#Pass2027x",
      confirm: "Neu#Pass2027x",
      id: other.id,
      userId: other.id,
      username: "center",
      roles: ["SYSTEM_ADMIN"],
      mustChangePassword: false,
      organizationId: null,
    });
    expect(r).toEqual({ ok: true, data: true });
    const mine = await row(filer.id);
    expect(mine.roles).toEqual(["ENTERPRISE_FILER"]);
    expect(mine.organizationId).toBe(filer.organizationId);
    expect(await verifyPassword("Neu#Pass2027x", mine.passwordHash)).toBe(true);
    expect(await row(other.id)).toEqual(before);
  });

  it("refuses an SQL-looking or over-long one-time code in Chinese, storing nothing", async () => {
    await fp.unchanged(async () => {
      for (const code of [SQL_TEXTS[1], "123456' --", "1".repeat(10_000), "١٢٣٤٥٦"]) {
        const r = expectRefused(await call(admin, confirmTotpAction, { code }), "INVALID_INPUT");
        expect(r.fieldErrors?.code).toEqual(["请输入 6 位数字的动态口令。"]);
      }
    });
  });

  it("marks only the caller's own notifications read", async () => {
    await t.prisma().notification.createMany({
      data: [
        { userId: filer.id, kind: "x", title: "给经办人" },
        { userId: other.id, kind: "x", title: "给服务中心" },
      ],
    });
    expect(await call(filer, markAllReadAction, { userId: other.id, where: {} })).toEqual({ ok: true, data: 1 });
    expect(await t.prisma().notification.count({ where: { userId: other.id, readAt: null } })).toBe(1);
  });
});

describe("administrators' verbs", () => {
  it("a new account cannot be born trusted: smuggled hash, password flags, session and TOTP fields are ignored", async () => {
    const r = await call(admin, createUserAction, {
      username: "newstaff",
      password: "Strong#Pass2026",
      displayName: SCRIPT_TEXTS[0],
      roles: ["SERVICE_CENTER"],
      divisionId: "",
      organizationId: "",
      phone: "",
      email: "",
      passwordHash: "scrypt$forged",
      mustChangePassword: false,
      sessionVersion: 99,
      totpEnabledAt: "2026-01-01T00:00:00Z",
      failedLogins: -100,
      active: true,
    });
    expect(r).toMatchObject({ ok: true });
    const u = await t.prisma().user.findUniqueOrThrow({ where: { username: "newstaff" } });
    expect(u).toMatchObject({ displayName: SCRIPT_TEXTS[0], mustChangePassword: true, sessionVersion: 0, totpEnabledAt: null });
    expect(u.passwordHash).not.toBe("scrypt$forged");
  });

  it("refuses SQL in a username with the rule in Chinese, and accounts holding two administrator duties", async () => {
    await fp.unchanged(async () => {
      const bad = expectRefused(
        await call(admin, createUserAction, {
          username: SQL_TEXTS[0],
          password: "Strong#Pass2026",
          displayName: "张三",
          roles: ["SERVICE_CENTER"],
          divisionId: "",
          organizationId: "",
          phone: "",
          email: "",
        }),
        "INVALID_INPUT",
      );
      expect(messagesOf(bad).join()).toContain("用户名只能使用小写字母");
      expectRefused(
        await call(admin, createUserAction, {
          username: "twohats",
          password: "Strong#Pass2026",
          displayName: "李四",
          roles: ["SYSTEM_ADMIN", "AUDIT_ADMIN"],
          divisionId: "",
          organizationId: "",
          phone: "",
          email: "",
        }),
        ["DUTY_CONFLICT", "INVALID_INPUT"],
      );
      const self = await row(admin.id);
      expectRefused(
        await call(admin, updateUserAction, {
          id: admin.id,
          version: self.version,
          active: true,
          displayName: "系统管理员",
          roles: ["SYSTEM_ADMIN", "SECURITY_ADMIN"],
          divisionId: "",
          organizationId: "",
          phone: "",
          email: "",
        }),
        ["DUTY_CONFLICT", "INVALID_INPUT"],
      );
      expectRefused(
        await call(admin, updateUserAction, {
          id: admin.id,
          version: self.version,
          active: false,
          displayName: "系统管理员",
          roles: ["SYSTEM_ADMIN"],
          divisionId: "",
          organizationId: "",
          phone: "",
          email: "",
        }),
        "SELF_ACTION",
      );
      expectRefused(await call(admin, resetTotpAction, { id: admin.id }), "SELF_ACTION");
    });
  });

  it("answers ids that name nobody with not found, storing nothing", async () => {
    const ghost = crypto.randomUUID();
    await fp.unchanged(async () => {
      expectRefused(await call(admin, unlockUserAction, { id: ghost }), "NOT_FOUND");
      expectRefused(await call(admin, resetPasswordAction, { id: ghost, newPassword: "Strong#Pass2026" }), "NOT_FOUND");
      expectRefused(await call(admin, resetTotpAction, { id: ghost }), "NOT_FOUND");
      expectRefused(
        await call(admin, updateUserAction, {
          id: ghost,
          version: 0,
          active: true,
          displayName: "张三",
          roles: ["SERVICE_CENTER"],
          divisionId: "",
          organizationId: "",
          phone: "",
          email: "",
        }),
        "NOT_FOUND",
      );
    });
  });

  it("settings take only the known keys: smuggled keys (security policy, prototype) are dropped", async () => {
    const r = await call(admin, updateSettingsAction, {
      ...settings(),
      noticeDays: 9,
      "security.auditRetentionDays": 1,
      auditRetentionDays: 1,
      "workflow.noticeDays": 1,
    });
    expect(r).toEqual({ ok: true, data: true });
    const keys = (await t.prisma().setting.findMany()).map((s) => s.key).sort();
    expect(keys).toEqual(["workflow.noticeDays"]);
    expect((await t.prisma().setting.findUniqueOrThrow({ where: { key: "workflow.noticeDays" } })).value).toBe(9);
  });

  it("refuses an audit retention under six months, and text where days are wanted", async () => {
    await fp.unchanged(async () => {
      const r = expectRefused(await call(secAdmin, updateSecuritySettingsAction, { auditRetentionDays: 30 }), "INVALID_INPUT");
      expect(r.fieldErrors?.auditRetentionDays?.[0]).toContain("不能少于 184 天");
      expectRefused(await call(secAdmin, updateSecuritySettingsAction, { auditRetentionDays: '184; DROP TABLE "AuditEvent"' }), "INVALID_INPUT");
      expectRefused(await call(admin, updateSettingsAction, { ...settings(), noticeDays: "7 OR 1=1" }), "INVALID_INPUT");
    });
  });
});

describe("the working-day calendar (issue #17 item 7)", () => {
  it("only the system administrator keeps it; others are refused and nothing is stored", async () => {
    await fp.unchanged(async () => {
      for (const u of [filer, other, secAdmin]) {
        expectRefused(await call(u, setCalendarDayAction, { date: "2026-10-08", kind: "HOLIDAY", name: "国庆节" }), "FORBIDDEN");
        expectRefused(await call(u, removeCalendarDayAction, { date: "2026-10-01" }), "FORBIDDEN");
      }
    });
  });

  it("refuses impossible dates, SQL and script in the name, and smuggled audit fields, in Chinese at the field", async () => {
    await fp.unchanged(async () => {
      for (const date of ["2026-02-30", "2026-13-01", "2026-10-01' OR 1=1 --", "1900-01-01", "", "２０２６-１０-０１"]) {
        const r = expectRefused(await call(admin, setCalendarDayAction, { date, kind: "HOLIDAY", name: "国庆节" }), "INVALID_INPUT");
        expect(messagesOf(r).join("")).toMatch(/[\u4e00-\u9fff]/);
      }
      expectRefused(await call(admin, setCalendarDayAction, { date: "2026-10-08", kind: "WEEKEND", name: "x" }), "INVALID_INPUT");
      expectRefused(await call(admin, setCalendarDayAction, { date: "2026-10-08", kind: "HOLIDAY", name: "国".repeat(31) }), "INVALID_INPUT");
      // A 调休 working day must be a Saturday or Sunday; a holiday must be a weekday.
      expect(
        expectRefused(await call(admin, setCalendarDayAction, { date: "2026-10-08", kind: "WORKDAY", name: "调休" }), "INVALID_INPUT").fieldErrors?.kind,
      ).toBeDefined();
      expectRefused(await call(admin, removeCalendarDayAction, { date: "2026-10-09" }), "NOT_FOUND");
    });
    for (const name of [SQL_TEXTS[0]!.slice(0, 30), SCRIPT_TEXTS[0]!.slice(0, 30)]) {
      expect(await call(admin, setCalendarDayAction, { date: "2026-10-08", kind: "HOLIDAY", name, updatedBy: "nobody", date2: "2026-10-09" })).toEqual({
        ok: true,
        data: true,
      });
      const row = await t.prisma().calendarDay.findUniqueOrThrow({ where: { date: new Date("2026-10-08T00:00:00Z") } });
      expect({ name: row.name, updatedBy: row.updatedBy }).toEqual({ name, updatedBy: "sysadmin" });
    }
    expect(await call(admin, removeCalendarDayAction, { date: "2026-10-08" })).toEqual({ ok: true, data: true });
    expect(await t.prisma().calendarDay.count()).toBe(0);
  });
});

describe("sign-in (POST /api/auth/callback/credentials goes through this authorize)", () => {
  const provider = authOptions().providers[0] as unknown as { options: { authorize: (c: unknown, req: unknown) => Promise<unknown> } };
  const authorize = (credentials: unknown) => provider.options.authorize(credentials, { headers: { "x-forwarded-for": "203.0.113.9" } });

  it("is one handler for GET and POST (next-auth checks its CSRF token on POST)", () => {
    expect(nextAuthRoute.POST).toBe(nextAuthRoute.GET);
  });

  it("answers a broken JSON body with 400 and a Chinese message (next-auth itself would throw: a 500)", async () => {
    const req = new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      body: '{"username":',
      headers: { "content-type": "application/json" },
    });
    const res = await nextAuthRoute.POST(req, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, code: "INVALID_INPUT", fieldErrors: { _form: ["请求内容格式不正确，请刷新页面后重试"] } });
  });

  it("answers SQL-looking, over-long and non-string credentials like a wrong password, leaving accounts as they were", async () => {
    const before = await row(admin.id);
    const users = await t.prisma().user.count();
    for (const credentials of [
      { username: `sysadmin' --`, password: "x" },
      { username: SQL_TEXTS[1], password: SQL_TEXTS[1] },
      { username: "sysadmin", password: `' OR '1'='1` },
      { username: "s".repeat(100_000), password: "p".repeat(100_000) },
      { username: ["sysadmin"], password: { $ne: null } },
      { username: "sysadmin\u0000", password: admin.password },
    ]) {
      await expect(authorize(credentials)).rejects.toThrow(/INVALID|RATE_LIMITED/);
    }
    await expect(authorize({})).rejects.toThrow("INVALID");
    expect(await t.prisma().user.count()).toBe(users);
    // Two attempts named the account ("sysadmin" and ["sysadmin"], which next-auth's form body turns into the
    // same text): they count toward its lockout. The NUL-suffixed name names nobody. Nothing else changed.
    const after = await row(admin.id);
    expect(after.failedLoginCount).toBe(before.failedLoginCount + 2);
    expect({ ...after, failedLoginCount: 0, updatedAt: null }).toEqual({ ...before, failedLoginCount: 0, updatedAt: null });
  });
});
