import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { hitRateLimit, pruneRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

// Public actions read the caller's address from the request headers: a stand-in for next/headers only.
const state = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => state.headers }));
const { publicAction } = await import("@/lib/actions/safe-action");

const t = useTestDatabase();
const T0 = new Date("2026-11-24T02:00:00Z");

describe("rate limits shared through the database", () => {
  it("counts parallel hits atomically: each of 40 gets its own number, the ones over the limit are refused", async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit("upload", "user-a", T0)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(RATE_LIMITS.upload.limit < 40 ? RATE_LIMITS.upload.limit : 40);
    // Another subject has its own bucket; the next window starts again at one.
    expect((await hitRateLimit("upload", "user-b", T0)).count).toBe(1);
    const next = new Date(T0.getTime() + RATE_LIMITS.upload.windowSeconds * 1000);
    expect((await hitRateLimit("upload", "user-a", next)).count).toBe(1);
  });

  it("refuses sign-in from an address after 20 failures across accounts, even with the right password; others are unaffected", async () => {
    const a = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    const b = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    const limit = RATE_LIMITS.signInFailuresByIp.limit;
    // Unknown usernames and wrong passwords for several accounts (none reaches its own lockout of 5).
    for (let i = 0; i < limit; i++) {
      const name = i < 2 ? a.username : i < 4 ? b.username : `nobody${i}`;
      expect(await signInWithPassword(name, `Wrong#${i}pw`, "203.0.113.9", T0)).toMatchObject({ ok: false });
    }
    expect(await signInWithPassword(a.username, a.password, "203.0.113.9", T0)).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(await signInWithPassword(a.username, a.password, "198.51.100.7", T0)).toMatchObject({ ok: true });
    const limited = await t.prisma().auditEvent.findMany({ where: { action: "auth.login_failed", ip: "203.0.113.9" } });
    expect(limited.filter((e) => (e.summary as { reason: string }).reason === "RATE_LIMITED")).toHaveLength(1);
    // Successful sign-ins do not count: an office behind one address can sign in all morning.
    for (let i = 0; i < limit + 5; i++) expect(await signInWithPassword(b.username, b.password, "192.0.2.50", T0)).toMatchObject({ ok: true });
  });

  it("limits a public form per address and refuses before parsing, so nothing is stored", async () => {
    const handler = vi.fn(async () => true);
    const action = publicAction({ schema: z.object({ text: z.string().min(1) }), rateLimit: "publicObjection" }, handler);
    state.headers = new Headers({ host: "portal.example", origin: "http://portal.example", "x-forwarded-for": "203.0.113.77" });
    const results = [];
    for (let i = 0; i < RATE_LIMITS.publicObjection.limit + 2; i++) results.push(await action({ text: "异议" }));
    expect(results.slice(0, RATE_LIMITS.publicObjection.limit).every((r) => r.ok)).toBe(true);
    expect(results.slice(RATE_LIMITS.publicObjection.limit)).toEqual([
      { ok: false, code: "RATE_LIMITED" },
      { ok: false, code: "RATE_LIMITED" },
    ]);
    expect(handler).toHaveBeenCalledTimes(RATE_LIMITS.publicObjection.limit);
    state.headers = new Headers({ host: "portal.example", origin: "http://portal.example", "x-forwarded-for": "203.0.113.78" });
    expect(await action({ text: "异议" })).toEqual({ ok: true, data: true });
  });

  it("prunes windows older than a day", async () => {
    const old = new Date(T0.getTime() - 3 * 24 * 3600 * 1000);
    await hitRateLimit("publicVerify", "x", old);
    const before = await t.prisma().rateLimitBucket.count();
    expect(await pruneRateLimits(T0)).toBeGreaterThanOrEqual(1);
    expect(await t.prisma().rateLimitBucket.count()).toBeLessThan(before);
    expect(await t.prisma().rateLimitBucket.count({ where: { windowStart: { lt: new Date(T0.getTime() - 24 * 3600 * 1000) } } })).toBe(0);
  });
});
