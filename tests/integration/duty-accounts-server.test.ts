// Issue 15 (5), the other half: the three administrator duty accounts are set up and recovered by the deployment's
// owner on the server (`npm run admin:account`), since none of the three may do it for another in the portal. Each
// path through the lib functions (create, reset password, reset two-factor, unlock) with its rows, its refusals (no
// business role, never two duties on one account, no business or mixed account recovered) and its audit event as the
// audit administrator reads it; then the command itself on an embedded data folder and through DATABASE_URL.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { verifyPassword } from "@/lib/auth/password";
import { signInWithPassword, MAX_FAILED_LOGINS } from "@/lib/auth/sign-in";
import { sealSecret } from "@/lib/auth/totp";
import { findAuditEvents, listAuditActors } from "@/lib/audit/find-events";
import { ACTION_LABELS } from "@/lib/audit/labels";
import { createDutyAccount } from "@/lib/users/create-duty-account";
import { resetDutyAccount } from "@/lib/users/reset-duty-account";
import { unlockDutyAccount } from "@/lib/users/unlock-duty-account";
import { DEPLOYMENT_OWNER, DUTY_ACCOUNT_MESSAGES } from "@/lib/users/duty-account-common";
import { ROLE_COMBINATION_MESSAGES } from "@/lib/users/role-check";
import { createPrisma } from "@/lib/db/create-prisma";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();
const OPERATOR = "root@portal-1";
const IP = "10.8.0.7";
let auditor: SessionUser;

beforeAll(async () => {
  auditor = await makeUser(t.prisma(), ["AUDIT_ADMIN"], { username: "auditor" });
});

/** Runs `fn`, expects a refusal with `code` and `message`, and checks no user row, audit event or rate-limit bucket changed. */
async function refusedUnchanged(fn: () => Promise<unknown>, code: string, message: string) {
  const p = t.prisma();
  const snapshot = () =>
    Promise.all([p.user.findMany({ orderBy: { id: "asc" } }), p.auditEvent.count(), p.rateLimitBucket.findMany({ orderBy: { key: "asc" } })]);
  const before = await snapshot();
  const out = await outcomeOf(fn());
  expect(out.code).toBe(code);
  expect(out.messages).toContain(message);
  expect(await snapshot()).toEqual(before);
}

/** The audit administrator's view of the newest event of one action. */
async function lastEvent(action: string) {
  const out = await findAuditEvents(auditor, { action });
  expect(out.rows.length).toBeGreaterThan(0);
  return out.rows[0]!;
}

describe("create: the deployment's owner sets up a duty account", () => {
  it("one duty, a one-time password shown once, changed at first sign-in; audited as the deployment's owner", async () => {
    const p = t.prisma();
    const r = await createDutyAccount(p, { username: "  SecAdmin2 ", displayName: "王安全", role: "security_admin", operator: OPERATOR });
    expect(r.role).toBe("SECURITY_ADMIN");
    expect(r.password).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    const row = await p.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({
      username: "secadmin2",
      displayName: "王安全",
      roles: ["SECURITY_ADMIN"],
      mustChangePassword: true,
      active: true,
      totpEnabledAt: null,
    });
    expect(row.passwordHash).not.toContain(r.password);
    expect(await verifyPassword(r.password, row.passwordHash)).toBe(true);
    // The holder signs in with it (then must change it and enrol two-factor: lib/auth/session.ts).
    expect(await signInWithPassword("secadmin2", r.password, IP)).toMatchObject({ ok: true, userId: r.id });

    const e = await lastEvent("user.duty_account_created");
    expect(e).toMatchObject({ actor: DEPLOYMENT_OWNER, roles: "", actionLabel: "设立管理员账户（服务器命令）" });
    expect(e.sentence).toBe(`部署负责人在服务器上设立安全管理员账户 “secadmin2”（一次性密码，首次登录须修改密码并绑定动态口令）；服务器账户 “${OPERATOR}”`);
    expect(e.object).toBe("用户：secadmin2（王*全）");
    // The password is nowhere in the record.
    const stored = await p.auditEvent.findFirstOrThrow({ where: { action: "user.duty_account_created", entityId: r.id } });
    expect(JSON.stringify(stored.summary)).not.toContain(r.password);
    expect(stored).toMatchObject({ actorId: null, actorName: DEPLOYMENT_OWNER, actorRole: null, ip: null });

    // Each duty by its code or its Chinese name.
    expect((await createDutyAccount(p, { username: "auditor2", displayName: "李审计", role: "审计管理员" })).role).toBe("AUDIT_ADMIN");
    expect((await createDutyAccount(p, { username: "sysadmin2", displayName: "赵系统", role: ["SYSTEM_ADMIN"] })).role).toBe("SYSTEM_ADMIN");
    // Without an operator the sentence simply leaves it out.
    expect((await findAuditEvents(auditor, { action: "user.duty_account_created" })).rows[0]!.sentence).toBe(
      "部署负责人在服务器上设立系统管理员账户 “sysadmin2”（一次性密码，首次登录须修改密码并绑定动态口令）",
    );
    // Two one-time passwords are never the same.
    const a = await createDutyAccount(p, { username: "auditor3", displayName: "周审计", role: "AUDIT_ADMIN" });
    expect(a.password).not.toBe(r.password);
  });

  it("refuses business roles, two duties, unknown roles, taken names and bad input, changing nothing", async () => {
    const p = t.prisma();
    const business = await makeUser(p, ["SERVICE_CENTER"], { username: "center9" });
    const mk =
      (role: string | string[], username = "newduty", displayName = "新管理员") =>
      () =>
        createDutyAccount(p, { username, displayName, role });
    await refusedUnchanged(mk("SERVICE_CENTER"), "INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.business("服务中心工作人员"));
    await refusedUnchanged(mk("AUDIT_ADMIN,SERVICE_CENTER"), "INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.business("服务中心工作人员"));
    await refusedUnchanged(mk(["DIVISION_REVIEWER", "ENTERPRISE_FILER"]), "INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.business("业务处室审核人、牵头企业经办人"));
    await refusedUnchanged(mk("AUDIT_ADMIN,SECURITY_ADMIN"), "DUTY_CONFLICT", ROLE_COMBINATION_MESSAGES.DUTY_CONFLICT!);
    await refusedUnchanged(mk(["系统管理员", "审计管理员"]), "DUTY_CONFLICT", ROLE_COMBINATION_MESSAGES.DUTY_CONFLICT!);
    await refusedUnchanged(mk("ROOT"), "INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.roleUnknown("ROOT"));
    await refusedUnchanged(mk(""), "INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.roleMissing);
    // An existing account never gains a duty through this command: neither a business account nor another duty's.
    await refusedUnchanged(mk("AUDIT_ADMIN", business.username), "USERNAME_TAKEN", DUTY_ACCOUNT_MESSAGES.taken);
    await refusedUnchanged(mk("SYSTEM_ADMIN", "secadmin2"), "USERNAME_TAKEN", DUTY_ACCOUNT_MESSAGES.taken);
    await refusedUnchanged(mk("AUDIT_ADMIN", "管理员"), "INVALID_INPUT", "用户名只能使用小写字母、数字、下划线、点和连字符，并以字母开头");
    await refusedUnchanged(mk("AUDIT_ADMIN", "newduty", "  "), "INVALID_INPUT", "请填写姓名");
  });
});

describe("reset: a fresh one-time password and/or a new two-factor enrolment", () => {
  it("password: the old one stops working, sessions end, the lock is lifted, two-factor is kept", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["AUDIT_ADMIN"], { username: "auditor4", password: "Old#Audit2026" });
    const sealed = sealSecret("JBSWY3DPEHPK3PXP");
    const before = await p.user.update({
      where: { id: target.id },
      data: { totpSecret: sealed, totpEnabledAt: new Date(), sessionVersion: 3, lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 2 },
    });
    const r = await resetDutyAccount(p, { username: "auditor4", password: true, twoFactor: false, operator: OPERATOR });
    expect(r.twoFactorWasEnabled).toBeUndefined();
    const after = await p.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ mustChangePassword: true, lockedUntil: null, failedLoginCount: 0, totpSecret: sealed, totpEnabledAt: before.totpEnabledAt });
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    expect(await verifyPassword(r.password!, after.passwordHash)).toBe(true);
    expect(await verifyPassword("Old#Audit2026", after.passwordHash)).toBe(false);

    const e = await lastEvent("user.duty_password_reset");
    expect(e).toMatchObject({ actor: DEPLOYMENT_OWNER, actionLabel: ACTION_LABELS["user.duty_password_reset"] });
    expect(e.sentence).toBe(
      `部署负责人在服务器上重置审计管理员账户 “auditor4” 的密码（一次性密码；该账户的会话全部失效，下次登录须修改密码）；服务器账户 “${OPERATOR}”`,
    );
    expect(e.object).toMatch(/^用户：auditor4（/);
  });

  it("two-factor: the enrolment is cleared and sessions end, the password is kept", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["SECURITY_ADMIN"], { username: "secadmin5" });
    const before = await p.user.update({
      where: { id: target.id },
      data: { totpSecret: sealSecret("JBSWY3DPEHPK3PXP"), totpEnabledAt: new Date(), totpLastStep: 99 },
    });
    const r = await resetDutyAccount(p, { username: "SECADMIN5", password: false, twoFactor: true, operator: OPERATOR });
    expect(r).toMatchObject({ password: undefined, twoFactorWasEnabled: true });
    const after = await p.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, passwordHash: before.passwordHash, mustChangePassword: false });
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    expect((await lastEvent("user.duty_totp_reset")).sentence).toBe(
      `部署负责人在服务器上重置安全管理员账户 “secadmin5” 的双因素登录：原动态口令作废，须重新绑定；服务器账户 “${OPERATOR}”`,
    );
  });

  it("both at once: one transaction, two events", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["SYSTEM_ADMIN"], { username: "sysadmin6" });
    const events = await p.auditEvent.count({ where: { entityId: target.id } });
    const r = await resetDutyAccount(p, { username: "sysadmin6", password: true, twoFactor: true });
    expect(r).toMatchObject({ role: "SYSTEM_ADMIN", twoFactorWasEnabled: false });
    const rows = await p.auditEvent.findMany({ where: { entityId: target.id }, orderBy: { seq: "asc" } });
    expect(rows.slice(events).map((e) => e.action)).toEqual(["user.duty_password_reset", "user.duty_totp_reset"]);
    expect((await lastEvent("user.duty_totp_reset")).sentence).toBe("部署负责人在服务器上重置系统管理员账户 “sysadmin6” 的双因素登录：此前尚未启用");
  });

  it("refuses business accounts, unknown names, accounts holding two duties, and a reset of nothing", async () => {
    const p = t.prisma();
    const business = await makeUser(p, ["DIVISION_REVIEWER"], { username: "reviewer9" });
    await makeUser(p, ["AUDIT_ADMIN", "SECURITY_ADMIN"], { username: "both7" });
    await makeUser(p, ["SYSTEM_ADMIN", "SERVICE_CENTER"], { username: "mixed7" });
    const reset =
      (username: string, password = true, twoFactor = true) =>
      () =>
        resetDutyAccount(p, { username, password, twoFactor });
    await refusedUnchanged(reset(business.username), "FORBIDDEN", DUTY_ACCOUNT_MESSAGES.notDuty);
    await refusedUnchanged(reset(business.username, false, true), "FORBIDDEN", DUTY_ACCOUNT_MESSAGES.notDuty);
    await refusedUnchanged(reset("nobody"), "NOT_FOUND", DUTY_ACCOUNT_MESSAGES.notFound("nobody"));
    await refusedUnchanged(reset("both7"), "DUTY_CONFLICT", DUTY_ACCOUNT_MESSAGES.mixed("审计管理员、安全管理员"));
    await refusedUnchanged(reset("mixed7", true, false), "DUTY_CONFLICT", DUTY_ACCOUNT_MESSAGES.mixed("系统管理员、服务中心工作人员"));
    await refusedUnchanged(reset("auditor4", false, false), "INVALID_INPUT", DUTY_ACCOUNT_MESSAGES.nothingToReset);
  });
});

describe("unlock: a locked duty account before its lock runs out", () => {
  it("lifts the lock, the failure count and the account's per-address refusals (only its own); audited once", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["AUDIT_ADMIN"], { username: "aud_x", password: "Right#Audit2026" });
    // A user name that the LIKE wildcard "_" in "aud_x" would also match: its refusals stay.
    const other = await makeUser(p, ["AUDIT_ADMIN"], { username: "audyx", password: "Right#Audit2026" });
    // One instant for every attempt, so they all fall in one rate-limit window.
    const T0 = new Date();
    for (let i = 0; i < 10; i++) await signInWithPassword("aud_x", `Wrong#${i}Pass`, IP, T0);
    for (let i = 0; i < 10; i++) await signInWithPassword("audyx", `Wrong#${i}Pass`, IP, T0);
    const locked = await p.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await signInWithPassword("aud_x", "Right#Audit2026", IP, T0)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(await signInWithPassword("aud_x", "Right#Audit2026", "10.8.0.8", T0)).toMatchObject({ ok: false, reason: "LOCKED" });

    const r = await unlockDutyAccount(p, { username: "aud_x", operator: OPERATOR });
    expect(r).toMatchObject({ wasLocked: true, changed: true, role: "AUDIT_ADMIN" });
    expect(await p.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ lockedUntil: null, failedLoginCount: 0 });
    expect(await signInWithPassword("aud_x", "Right#Audit2026", IP, T0)).toMatchObject({ ok: true });
    expect(await signInWithPassword("audyx", "Right#Audit2026", IP, T0)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(await p.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ lockedUntil: expect.any(Date) });

    // Two addresses were refused (or counted) for it: 10.8.0.7 and 10.8.0.8.
    const e = await lastEvent("user.duty_unlocked");
    expect(e.actor).toBe(DEPLOYMENT_OWNER);
    expect(e.sentence).toMatch(
      /^部署负责人在服务器上解除审计管理员账户 “aud_x” 的锁定（原锁定至 \d{4}年\d+月\d+日 \d\d:\d\d），解除按来源地址的登录限制 2 项；服务器账户 “root@portal-1”$/,
    );
    expect(MAX_FAILED_LOGINS).toBe(5);

    // Nothing left to lift: nothing changes, nothing is recorded.
    const events = await p.auditEvent.count({ where: { action: "user.duty_unlocked" } });
    expect(await unlockDutyAccount(p, { username: "aud_x" })).toMatchObject({ changed: false, wasLocked: false });
    expect(await p.auditEvent.count({ where: { action: "user.duty_unlocked" } })).toBe(events);
  });

  it("a count of failures without a lock is cleared too", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["SECURITY_ADMIN"], { username: "secadmin8" });
    await p.user.update({ where: { id: target.id }, data: { failedLoginCount: 3 } });
    expect(await unlockDutyAccount(p, { username: "secadmin8" })).toMatchObject({ changed: true, wasLocked: false });
    expect((await lastEvent("user.duty_unlocked")).sentence).toBe("部署负责人在服务器上解除安全管理员账户 “secadmin8” 的锁定，清零连续失败 3 次");
  });

  it("refuses business accounts, unknown names and accounts holding two duties", async () => {
    const p = t.prisma();
    const business = await makeUser(p, ["INSTITUTE_OFFICER"], { username: "officer9" });
    await p.user.update({ where: { id: business.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    await refusedUnchanged(() => unlockDutyAccount(p, { username: "officer9" }), "FORBIDDEN", DUTY_ACCOUNT_MESSAGES.notDuty);
    await refusedUnchanged(() => unlockDutyAccount(p, { username: "ghost" }), "NOT_FOUND", DUTY_ACCOUNT_MESSAGES.notFound("ghost"));
    await refusedUnchanged(() => unlockDutyAccount(p, { username: "both7" }), "DUTY_CONFLICT", DUTY_ACCOUNT_MESSAGES.mixed("审计管理员、安全管理员"));
  });
});

describe("the audit administrator finds these actions", () => {
  it("lists the deployment's owner among the actors and filters by it", async () => {
    expect((await listAuditActors(auditor)).map((a) => a.value)).toContain(DEPLOYMENT_OWNER);
    const out = await findAuditEvents(auditor, { actor: DEPLOYMENT_OWNER });
    expect(new Set(out.rows.map((r) => r.action))).toEqual(
      new Set(["user.duty_account_created", "user.duty_password_reset", "user.duty_totp_reset", "user.duty_unlocked"]),
    );
    for (const r of out.rows) {
      expect(r.sentence).toMatch(/^部署负责人在服务器上/);
      expect(r.sentence).not.toMatch(/user\.duty|SYSTEM_ADMIN|SECURITY_ADMIN|AUDIT_ADMIN|[{}]/);
      expect(r.actionLabel).toMatch(/（服务器命令）$/);
    }
  });
});

/** `npm run admin:account -- …` as the deployment's owner runs it, with the place's variables. */
function npmRun(args: string[], vars: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...vars };
  if (!vars.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", "admin:account", "--", ...args], { env, cwd: process.cwd(), timeout: 120_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const printedPassword = (stdout: string) => /一次性密码：(\S+)/.exec(stdout)?.[1];

describe("the command", () => {
  it("through DATABASE_URL: create, reset, unlock and a refusal, each as the owner would see it", async () => {
    const p = t.prisma();
    const vars = { DATABASE_URL: t.url() };
    const created = await npmRun(["create", "cliaudit", "命令审计", "AUDIT_ADMIN"], vars);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain("✓ 已设立审计管理员账户 cliaudit");
    const pw = printedPassword(created.stdout)!;
    const row = await p.user.findUniqueOrThrow({ where: { username: "cliaudit" } });
    expect(await verifyPassword(pw, row.passwordHash)).toBe(true);
    // The server account that ran it is recorded.
    const ev = await p.auditEvent.findFirstOrThrow({ where: { action: "user.duty_account_created", entityId: row.id } });
    expect((ev.summary as { operator?: string }).operator).toBe(`${os.userInfo().username}@${os.hostname()}`);

    const reset = await npmRun(["reset", "cliaudit"], vars);
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain("已重置审计管理员账户 cliaudit 的密码");
    expect(reset.stdout).toContain("已重置审计管理员账户 cliaudit 的双因素登录");
    const pw2 = printedPassword(reset.stdout)!;
    expect(pw2).not.toBe(pw);
    expect(await verifyPassword(pw2, (await p.user.findUniqueOrThrow({ where: { username: "cliaudit" } })).passwordHash)).toBe(true);

    await p.user.update({ where: { username: "cliaudit" }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const unlocked = await npmRun(["unlock", "cliaudit"], vars);
    expect(unlocked.code, unlocked.stderr).toBe(0);
    expect(unlocked.stdout).toContain("✓ 已解除审计管理员账户 cliaudit 的锁定");

    const refused = await npmRun(["create", "clicenter", "中心", "SERVICE_CENTER"], vars);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(DUTY_ACCOUNT_MESSAGES.business("服务中心工作人员"));
    expect(await p.user.findUnique({ where: { username: "clicenter" } })).toBeNull();

    const usage = await npmRun(["reset", "cliaudit", "--everything"], vars);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("用法");
  }, 180_000);

  it("on the embedded data folder: refuses while the portal holds it, works once it is stopped", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duty-pglite-"));
    try {
      // A data folder like the portal's, from the run's migrated template.
      const image = inject("templateImage");
      if (image) {
        const seeded = await startEmbeddedDatabase(dir, 0, { loadDataDir: new Blob([fs.readFileSync(image)]) });
        await seeded.stop();
      }
      const vars = { PGLITE_DATA_DIR: dir };
      fs.writeFileSync(path.join(dir, "postmaster.pid"), "-42\n");
      const busy = await npmRun(["create", "embsec", "内置安全", "SECURITY_ADMIN"], vars);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain("正被另一个进程使用");
      fs.rmSync(path.join(dir, "postmaster.pid"));

      const created = await npmRun(["create", "embsec", "内置安全", "SECURITY_ADMIN"], vars);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toContain(`使用内置数据库 ${dir}`);
      const pw = printedPassword(created.stdout)!;
      const reset = await npmRun(["reset", "embsec", "--two-factor"], vars);
      expect(reset.code, reset.stderr).toBe(0);
      expect(reset.stdout).not.toContain("一次性密码");

      // The folder is left closed and holds the account and its two events.
      expect(fs.existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
      const db = await startEmbeddedDatabase(dir);
      const prisma = createPrisma(db.url, 1);
      try {
        const row = await prisma.user.findUniqueOrThrow({ where: { username: "embsec" } });
        expect(row.roles).toEqual(["SECURITY_ADMIN"]);
        expect(await verifyPassword(pw, row.passwordHash)).toBe(true);
        const actions = (await prisma.auditEvent.findMany({ where: { entityId: row.id }, orderBy: { seq: "asc" } })).map((e) => [e.actorName, e.action]);
        expect(actions).toEqual([
          [DEPLOYMENT_OWNER, "user.duty_account_created"],
          [DEPLOYMENT_OWNER, "user.duty_totp_reset"],
        ]);
      } finally {
        await prisma.$disconnect();
        await db.stop();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
