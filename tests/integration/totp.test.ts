import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { currentStep, matchTotp, openSecret, requiresTotp, sealSecret, totpCode } from "@/lib/auth/totp";
import { confirmTotpEnrollment, ownTotpStatus, resetUserTotp } from "@/lib/auth/totp-enrollment";
import { AppError } from "@/lib/errors/app-error";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { DEMO_USERS } from "@/prisma/seed-data";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

const t = useTestDatabase();
const NOW = new Date("2026-11-24T08:00:10Z");

async function enrol(roles: Parameters<typeof makeUser>[1]) {
  const u = await makeUser(t.prisma(), roles);
  const status = await ownTotpStatus(u);
  if (status.state !== "PENDING") throw new Error(`expected a pending secret, got ${status.state}`);
  await confirmTotpEnrollment(u, totpCode(status.secret, currentStep(NOW.getTime())), NOW);
  return { u, secret: status.secret };
}

// First, while the database has no users (the demo seed loads only into an empty one).
describe("demo accounts", () => {
  it("the demo staff accounts are enrolled with their published demo secrets; filers are not", async () => {
    await seedDemoIfEmpty(t.prisma());
    for (const d of DEMO_USERS) {
      const row = await t.prisma().user.findUniqueOrThrow({ where: { username: d.username } });
      if (d.totpSecret) {
        expect(row.totpEnabledAt).not.toBeNull();
        expect(openSecret(row.totpSecret!)).toBe(d.totpSecret);
      } else {
        expect(row.totpSecret).toBeNull();
        expect(requiresTotp(row.roles)).toBe(false);
      }
    }
  });
});

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC 6238 SHA-1 test vector and seals secrets so they open only with the key", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCode(rfcSecret, Math.floor(59 / 30))).toBe("287082");
    expect(totpCode(rfcSecret, Math.floor(1111111109 / 30))).toBe("081804");
    const sealed = sealSecret(rfcSecret);
    expect(sealed).not.toContain(rfcSecret);
    expect(openSecret(sealed)).toBe(rfcSecret);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => openSecret(tampered)).toThrow();
  });

  it("accepts the neighbouring steps for clock drift, refuses older ones and a step already used", () => {
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    const step = currentStep(NOW.getTime());
    expect(matchTotp(secret, totpCode(secret, step), null, NOW.getTime())).toEqual({ step });
    expect(matchTotp(secret, totpCode(secret, step + 1), null, NOW.getTime())).toEqual({ step: step + 1 });
    expect(matchTotp(secret, totpCode(secret, step - 2), null, NOW.getTime())).toBeNull();
    expect(matchTotp(secret, totpCode(secret, step), step, NOW.getTime())).toEqual({ replay: true });
    expect(matchTotp(secret, "12345", null, NOW.getTime())).toBeNull();
  });

  it("is required of reviewers and administrators, not of enterprise filers", () => {
    expect(requiresTotp(["DIVISION_REVIEWER"])).toBe(true);
    expect(requiresTotp(["AUDIT_ADMIN"])).toBe(true);
    expect(requiresTotp(["SERVICE_CENTER"])).toBe(true);
    expect(requiresTotp(["ENTERPRISE_FILER"])).toBe(false);
  });
});

describe("two-factor sign-in", () => {
  it("enrols with a code from the pending secret, audited; a wrong code is refused at the field", async () => {
    const u = await makeUser(t.prisma(), ["DIVISION_REVIEWER"]);
    const first = await ownTotpStatus(u);
    const again = await ownTotpStatus(u);
    expect(first.state).toBe("PENDING");
    // A reload shows the same secret (the QR code the user may already have scanned).
    expect(again).toEqual(first);
    if (first.state !== "PENDING") return;
    expect(first.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const stored = await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(stored.totpSecret).not.toContain(first.secret);

    const wrong = await confirmTotpEnrollment(u, "000000", NOW).catch((e: unknown) => e);
    expect(AppError.is(wrong, "INVALID_INPUT")).toBe(true);
    expect((wrong as AppError).fieldErrors?.code?.[0]).toMatch(/动态口令不正确/);
    expect((await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } })).totpEnabledAt).toBeNull();

    await confirmTotpEnrollment(u, totpCode(first.secret, currentStep(NOW.getTime())), NOW);
    expect(await ownTotpStatus(u)).toMatchObject({ state: "ENABLED" });
    const events = await t.prisma().auditEvent.findMany({ where: { entityId: u.id, action: "user.totp_enrolled" } });
    expect(events).toHaveLength(1);
  });

  it("asks for the code after the right password, accepts it once and refuses its replay", async () => {
    const { u, secret } = await enrol(["INSTITUTE_OFFICER"]);
    const later = new Date(NOW.getTime() + 60_000);
    expect(await signInWithPassword(u.username, u.password, "10.1.0.1", later)).toEqual({ ok: false, reason: "TOTP_REQUIRED" });
    const code = totpCode(secret, currentStep(later.getTime()));
    expect(await signInWithPassword(u.username, u.password, "10.1.0.1", later, code)).toMatchObject({ ok: true, userId: u.id });
    // The same code again (an eavesdropper replaying it) is refused and counted as a failure.
    expect(await signInWithPassword(u.username, u.password, "10.1.0.1", later, code)).toMatchObject({ ok: false, reason: "TOTP_INVALID" });
    const row = await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.failedLoginCount).toBe(1);
    const reasons = (await t.prisma().auditEvent.findMany({ where: { entityId: u.id, action: "auth.login_failed" } })).map(
      (e) => (e.summary as { reason: string }).reason,
    );
    expect(reasons).toEqual(["TOTP_REPLAY"]);
  });

  it("lets exactly one of two parallel sign-ins with the same code through", async () => {
    const { u, secret } = await enrol(["SYSTEM_ADMIN"]);
    const later = new Date(NOW.getTime() + 90_000);
    const code = totpCode(secret, currentStep(later.getTime()));
    const results = await Promise.all([0, 1].map(() => signInWithPassword(u.username, u.password, null, later, code)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "TOTP_INVALID")).toHaveLength(1);
  });

  it("locks the account after five wrong codes like five wrong passwords", async () => {
    const { u } = await enrol(["SECURITY_ADMIN"]);
    const later = new Date(NOW.getTime() + 120_000);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await signInWithPassword(u.username, u.password, null, later, String(100000 + i)));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === "TOTP_INVALID")).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, reason: "LOCKED" });
  });

  it("a system administrator resets another user's second factor (sessions end), never his own", async () => {
    const { u } = await enrol(["DEPARTMENT_SECRETARY"]);
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    const before = await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } });
    await resetUserTotp(admin, u.id);
    const after = await t.prisma().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: before.sessionVersion + 1 });
    expect(await t.prisma().auditEvent.count({ where: { entityId: u.id, action: "user.totp_reset" } })).toBe(1);
    // Password alone now signs in; the portal then sends the user to set up a new authenticator.
    expect(await signInWithPassword(u.username, u.password, null, NOW)).toMatchObject({ ok: true });
    await expect(resetUserTotp(admin, admin.id)).rejects.toMatchObject({ code: "SELF_ACTION" });
    const center = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    await expect(resetUserTotp(center, u.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
