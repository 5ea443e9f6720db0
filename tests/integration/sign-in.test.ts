import { describe, expect, it } from "vitest";
import { LOCK_MINUTES, MAX_FAILED_LOGINS, signInWithPassword } from "@/lib/auth/sign-in";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

const t = useTestDatabase();

async function actions(entityId: string) {
  return (await t.prisma().auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } })).map((e) => e.action);
}

describe("sign-in with password", () => {
  it("accepts the right password, audits it and resets the failure count", async () => {
    const u = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    await signInWithPassword(u.username, "wrong-Password1", "10.0.0.1");
    const ok = await signInWithPassword(`  ${u.username.toUpperCase()} `, u.password, "10.0.0.1");
    expect(ok).toMatchObject({ ok: true, userId: u.id });
    const row = await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.failedLoginCount).toBe(0);
    expect(row.lastLoginAt).not.toBeNull();
    expect(await actions(u.id)).toEqual(["auth.login_failed", "auth.login"]);
    const login = await t.prisma().auditEvent.findFirstOrThrow({ where: { entityId: u.id, action: "auth.login" } });
    expect(login.ip).toBe("10.0.0.1");
  });

  it(`locks the account for ${LOCK_MINUTES} minutes after ${MAX_FAILED_LOGINS} wrong passwords, even against the right one`, async () => {
    const u = await makeUser(t.prisma(), ["DIVISION_REVIEWER"]);
    const now = new Date("2026-11-24T08:00:00Z");
    const results = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) results.push(await signInWithPassword(u.username, `Wrong#${i}pass`, null, now));
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "INVALID")).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await signInWithPassword(u.username, u.password, null, new Date(now.getTime() + 14 * 60_000))).toMatchObject({ ok: false, reason: "LOCKED" });
    expect(await signInWithPassword(u.username, u.password, null, new Date(now.getTime() + 16 * 60_000))).toMatchObject({ ok: true });
    expect(await actions(u.id)).toContain("auth.locked");
  });

  it("counts parallel wrong guesses atomically", async () => {
    const u = await makeUser(t.prisma(), ["DIVISION_REVIEWER"]);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => signInWithPassword(u.username, `Wrong#${i}pass`, null)));
    expect(results.some((r) => !r.ok && r.reason === "LOCKED")).toBe(true);
    const row = await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.lockedUntil).not.toBeNull();
  });

  it("answers an unknown username like a wrong password, and audits the attempt", async () => {
    const r = await signInWithPassword("nobody-here", "Whatever#2026", "10.0.0.9");
    expect(r).toEqual({ ok: false, reason: "INVALID" });
    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "auth.login_failed", actorName: "nobody-here" } });
    expect(ev.summary).toMatchObject({ reason: "UNKNOWN_USER" });
  });

  it("refuses a disabled account", async () => {
    const u = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    await t.prisma().user.update({ where: { id: u.id }, data: { active: false } });
    expect(await signInWithPassword(u.username, u.password, null)).toEqual({ ok: false, reason: "DISABLED" });
  });
});
