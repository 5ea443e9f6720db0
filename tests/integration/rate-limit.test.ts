import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { hitRateLimit, pruneRateLimits, RATE_LIMITS } from "@/lib/security/rate-limit";
import { ADDRESS_SLOWDOWN_MS, signInWithPassword } from "@/lib/auth/sign-in";
import { resetEnvCache } from "@/lib/env";
import { PEER_HEADER } from "@/lib/http/client-address";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

// Public actions read the caller's address from the request headers: a stand-in for next/headers only.
const state = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => state.headers }));
const { publicAction } = await import("@/lib/actions/safe-action");
const { clientIpOf } = await import("@/lib/auth/session");

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

  it("never refuses correct credentials from a shared address: 20 failures across accounts slow its answers instead", async () => {
    const a = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    const b = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    const office = "203.0.113.9";
    // One person behind the office's NAT address: unknown usernames and wrong passwords for several accounts
    // (none reaches its own lockout of 5), past the address's limit.
    for (let i = 0; i < RATE_LIMITS.signInFailuresByIp.limit + 3; i++) {
      const name = i < 2 ? a.username : i < 4 ? b.username : `nobody${i}`;
      expect(await signInWithPassword(name, `Wrong#${i}pw`, office, T0)).toMatchObject({ ok: false });
    }
    // Everyone else in the office still signs in with the right password, answered a little later.
    const started = Date.now();
    expect(await signInWithPassword(a.username, a.password, office, T0)).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(ADDRESS_SLOWDOWN_MS - 50);
    expect(await signInWithPassword(b.username, b.password, office, T0)).toMatchObject({ ok: true });
    expect(await signInWithPassword(a.username, a.password, "198.51.100.7", T0)).toMatchObject({ ok: true });
    // Successful sign-ins do not count: an office behind one address can sign in all morning.
    const c = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    for (let i = 0; i < 5; i++) expect(await signInWithPassword(c.username, c.password, "192.0.2.50", T0)).toMatchObject({ ok: true });
  }, 60_000);

  it("refuses one account from one address once it is guessed there too often; that account elsewhere and others there are unaffected", async () => {
    const limit = RATE_LIMITS.signInFailuresByAccountIp.limit;
    const victim = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    const colleague = await makeUser(t.prisma(), ["ENTERPRISE_FILER"]);
    // An unknown name has no lockout of its own: the pair limit is what stops guessing it.
    for (let i = 0; i < limit; i++)
      expect(await signInWithPassword("ghost", `Wrong#${i}pw`, "203.0.113.10", T0)).toMatchObject({ ok: false, reason: "INVALID" });
    expect(await signInWithPassword("ghost", "Wrong#xpw", "203.0.113.10", T0)).toEqual({ ok: false, reason: "RATE_LIMITED" });
    const limited = await t.prisma().auditEvent.findMany({ where: { action: "auth.login_failed", ip: "203.0.113.10" } });
    expect(limited.filter((e) => (e.summary as { reason: string }).reason === "RATE_LIMITED")).toHaveLength(1);
    expect(await signInWithPassword(colleague.username, colleague.password, "203.0.113.10", T0)).toMatchObject({ ok: true });
    expect(await signInWithPassword(victim.username, victim.password, "203.0.113.10", T0)).toMatchObject({ ok: true });
  });

  it("counts spoofed X-Forwarded-For chains on the real address under each proxy setting", async () => {
    const handler = vi.fn(async () => true);
    const action = publicAction({ schema: z.object({ text: z.string().min(1) }), rateLimit: "publicObjection" }, handler);
    (globalThis as Record<symbol, unknown>)[Symbol.for("portal.peerAddressHeader")] = true;
    const cases: { setting: string; peer: string; chain: (forged: string) => string }[] = [
      // No proxy trusted: the peer is the client; the header is ignored.
      { setting: "", peer: "203.0.113.60", chain: (forged) => forged },
      // One proxy: it appended the real client after whatever the client wrote.
      { setting: "1", peer: "10.0.0.2", chain: (forged) => `${forged}, 203.0.113.61` },
      { setting: "10.0.0.0/8", peer: "10.0.0.2", chain: (forged) => `${forged}, 203.0.113.62, 10.0.0.9` },
    ];
    for (const c of cases) {
      process.env.TRUSTED_PROXIES = c.setting;
      resetEnvCache();
      handler.mockClear();
      const results = [];
      for (let i = 0; i < RATE_LIMITS.publicObjection.limit + 3; i++) {
        state.headers = new Headers({
          host: "portal.example",
          origin: "http://portal.example",
          [PEER_HEADER]: c.peer,
          "x-forwarded-for": c.chain(`198.18.0.${i}`),
        });
        results.push(await action({ text: "异议" }));
      }
      expect(handler, c.setting).toHaveBeenCalledTimes(RATE_LIMITS.publicObjection.limit);
      expect(
        results.slice(RATE_LIMITS.publicObjection.limit).every((r) => !r.ok && r.code === "RATE_LIMITED"),
        c.setting,
      ).toBe(true);
    }
    // Sign-in failures with a changing forged first entry all count on the one real address.
    process.env.TRUSTED_PROXIES = "1";
    resetEnvCache();
    for (let i = 0; i < 23; i++) {
      const ip = clientIpOf(new Headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": `198.18.1.${i}, 203.0.113.63` }));
      await signInWithPassword(`spray${i}`, "Wrong#1pw", ip, T0);
    }
    const bucket = await t.prisma().rateLimitBucket.findFirst({ where: { key: "signInFailuresByIp:203.0.113.63" } });
    expect(bucket?.count).toBe(23);
    delete process.env.TRUSTED_PROXIES;
    resetEnvCache();
  }, 60_000);

  it("limits a public form per address and refuses before parsing, so nothing is stored", async () => {
    const handler = vi.fn(async () => true);
    const action = publicAction({ schema: z.object({ text: z.string().min(1) }), rateLimit: "publicObjection" }, handler);
    (globalThis as Record<symbol, unknown>)[Symbol.for("portal.peerAddressHeader")] = true;
    state.headers = new Headers({ host: "portal.example", origin: "http://portal.example", [PEER_HEADER]: "203.0.113.77" });
    const results = [];
    for (let i = 0; i < RATE_LIMITS.publicObjection.limit + 2; i++) results.push(await action({ text: "异议" }));
    expect(results.slice(0, RATE_LIMITS.publicObjection.limit).every((r) => r.ok)).toBe(true);
    expect(results.slice(RATE_LIMITS.publicObjection.limit)).toEqual([
      { ok: false, code: "RATE_LIMITED" },
      { ok: false, code: "RATE_LIMITED" },
    ]);
    expect(handler).toHaveBeenCalledTimes(RATE_LIMITS.publicObjection.limit);
    state.headers = new Headers({ host: "portal.example", origin: "http://portal.example", [PEER_HEADER]: "203.0.113.78" });
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
