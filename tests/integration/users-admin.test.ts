import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { resetPassword } from "@/lib/users/reset-password";
import { unlockUser } from "@/lib/users/unlock-user";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { findAuditEvents } from "@/lib/audit/find-events";
import { isSessionCurrent } from "@/lib/auth/session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";

const t = useTestDatabase();

const base = { displayName: "张三", divisionId: null, organizationId: null, phone: null, email: null };

describe("user administration", () => {
  it("lets only the system administrator create users, and audits the creation", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const auditor = await makeUser(t.prisma(), ["AUDIT_ADMIN"]);
    const input = { ...base, username: "center.new", password: "Center#2026x", roles: ["SERVICE_CENTER" as const] };
    expect(await codeOf(createUser(auditor, input))).toBe("FORBIDDEN");
    const { id } = await createUser(admin, input);
    const row = await t.prisma().user.findUniqueOrThrow({ where: { id } });
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(await codeOf(createUser(admin, input))).toBe("USERNAME_TAKEN");
    const events = await findAuditEvents(auditor, { action: "user.created", entityId: id });
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]!.actorId).toBe(admin.id);
  });

  it("enforces separation of duties between the three administrators", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const mixed = { ...base, username: "two.hats", password: "TwoHats#2026", roles: ["SECURITY_ADMIN" as const, "AUDIT_ADMIN" as const] };
    expect(await codeOf(createUser(admin, mixed))).toBe("DUTY_CONFLICT");
    const adminPlusBusiness = { ...mixed, roles: ["SYSTEM_ADMIN" as const, "SERVICE_CENTER" as const] };
    expect(await codeOf(createUser(admin, adminPlusBusiness))).toBe("INVALID_INPUT");
    const filerWithoutOrg = { ...mixed, roles: ["ENTERPRISE_FILER" as const] };
    expect(await codeOf(createUser(admin, filerWithoutOrg))).toBe("INVALID_INPUT");
  });

  it("ends the user's sessions when roles change or the account is disabled, and refuses stale edits", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const target = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    const before = await t.prisma().user.findUniqueOrThrow({ where: { id: target.id } });
    const token = { uid: target.id, sv: before.sessionVersion };
    expect(isSessionCurrent(token, before)).toBe(true);

    await updateUser(admin, { ...base, id: target.id, version: before.version, roles: ["INSTITUTE_OFFICER"], active: true });
    const after = await t.prisma().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.roles).toEqual(["INSTITUTE_OFFICER"]);
    expect(isSessionCurrent(token, after)).toBe(false);

    // The same form submitted again from a stale page: someone else changed it in between.
    expect(
      await codeOf(updateUser(admin, { ...base, displayName: "李四", id: target.id, version: before.version, roles: ["INSTITUTE_OFFICER"], active: true })),
    ).toBe("CONFLICT");

    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "user.updated", entityId: target.id } });
    expect(ev.summary).toEqual({
      changes: { displayName: { from: target.displayName, to: "张三" }, roles: { from: ["SERVICE_CENTER"], to: ["INSTITUTE_OFFICER"] } },
    });

    await updateUser(admin, { ...base, id: target.id, version: after.version, roles: ["INSTITUTE_OFFICER"], active: false });
    expect(await signInWithPassword(target.username, target.password, null)).toEqual({ ok: false, reason: "DISABLED" });
  });

  it("does not let an administrator disable or demote themself", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const row = await t.prisma().user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await codeOf(updateUser(admin, { ...base, id: admin.id, version: row.version, roles: ["SYSTEM_ADMIN"], active: false }))).toBe("SELF_ACTION");
  });

  it("resets a password: old one stops working, sessions end, a change is required", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const target = await makeUser(t.prisma(), ["DEPARTMENT_SECRETARY"]);
    const sv = (await t.prisma().user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion;
    await resetPassword(admin, target.id, "Temp#Reset2026");
    const row = await t.prisma().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.sessionVersion).toBe(sv + 1);
    expect(row.mustChangePassword).toBe(true);
    expect(await signInWithPassword(target.username, target.password, null)).toMatchObject({ ok: false });
    expect(await signInWithPassword(target.username, "Temp#Reset2026", null)).toMatchObject({ ok: true });
  });

  it("unlocks a locked account", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const target = await makeUser(t.prisma(), ["DEPARTMENT_SECRETARY"]);
    await t.prisma().user.update({ where: { id: target.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    expect(await signInWithPassword(target.username, target.password, null)).toMatchObject({ reason: "LOCKED" });
    await unlockUser(admin, target.id);
    expect(await signInWithPassword(target.username, target.password, null)).toMatchObject({ ok: true });
  });

  it("changes one's own password only with the current one", async () => {
    const u = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    expect(await codeOf(changeOwnPassword(u, "not-it", "Brand#New2026"))).toBe("WRONG_PASSWORD");
    expect(await codeOf(changeOwnPassword(u, u.password, `${u.username}#A1`))).toBe("WEAK_PASSWORD");
    await changeOwnPassword(u, u.password, "Brand#New2026");
    expect(await signInWithPassword(u.username, "Brand#New2026", null)).toMatchObject({ ok: true });
  });

  it("keeps the audit log readable only by the audit administrator", async () => {
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    expect(await codeOf(findAuditEvents(admin, {}))).toBe("FORBIDDEN");
  });
});
