import { describe, expect, it } from "vitest";
import { hashPassword, scryptCost, verifyPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/auth/password-policy";
import { roleCombinationProblem } from "@/lib/auth/roles";
import { navFor } from "@/lib/auth/nav";
import { isSameOrigin } from "@/lib/actions/safe-action";
import { isSessionCurrent } from "@/lib/auth/session";
import { changesOf } from "@/lib/audit/events";
import { memberTotals } from "@/lib/rules/member-totals";
import { allianceScope } from "@/lib/authz/alliance-scope";

describe("password policy (MLPS 2.0 identity authentication)", () => {
  it.each([
    ["Ab1#", ["TOO_SHORT"]],
    ["abcdefgh", ["TOO_FEW_CLASSES"]],
    ["abcdefg1", ["TOO_FEW_CLASSES"]],
    ["Abcdefg1", []],
    ["P@ssw0rd", ["COMMON"]],
    ["Admin@123", ["COMMON"]],
    [`Aa1#${"x".repeat(61)}`, ["TOO_LONG"]],
    ["长白山Aa1#密码", []],
  ])("%s → %j", (pw, expected) => {
    expect(passwordProblems(pw)).toEqual(expected);
  });

  it("refuses a password containing the username", () => {
    expect(passwordProblems("Zhangwei#2026", "zhangwei")).toEqual(["CONTAINS_USERNAME"]);
  });
});

describe("password hashing", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("Right#Pass2026");
    const b = await hashPassword("Right#Pass2026");
    expect(a).not.toBe(b);
    expect(await verifyPassword("Right#Pass2026", a)).toBe(true);
    expect(await verifyPassword("right#Pass2026", a)).toBe(false);
    expect(await verifyPassword("Right#Pass2026", "bcrypt$whatever")).toBe(false);
  });
});

describe("password work factor", () => {
  it("is N = 2^15 outside the test runner whatever TEST_SCRYPT_LOG2N says, and never under 2^10 inside it", () => {
    expect(scryptCost({ NODE_ENV: "production", TEST_SCRYPT_LOG2N: "10" })).toBe(2 ** 15);
    expect(scryptCost({ NODE_ENV: "test", TEST_SCRYPT_LOG2N: "10" })).toBe(2 ** 15); // not under Vitest
    expect(scryptCost({ NODE_ENV: "test", VITEST: "true", TEST_SCRYPT_LOG2N: "4" })).toBe(2 ** 10);
    expect(scryptCost({ NODE_ENV: "test", VITEST: "true" })).toBe(2 ** 15);
  });

  it("verifies a hash made with another cost by the cost stored in it", async () => {
    const stored = await hashPassword("Right#Pass2026");
    const [, n] = stored.split("$");
    expect(Number(n)).toBe(scryptCost());
    const raised = stored.replace(/^scrypt\$\d+\$/, "scrypt$32768$");
    expect(await verifyPassword("Right#Pass2026", raised)).toBe(scryptCost() === 2 ** 15);
  });
});

describe("role combinations (separation of duties)", () => {
  it.each([
    [["SYSTEM_ADMIN", "AUDIT_ADMIN"], null, null, "DUTY_CONFLICT"],
    [["SECURITY_ADMIN", "DIVISION_REVIEWER"], null, "d", "ADMIN_WITH_BUSINESS"],
    [["ENTERPRISE_FILER", "SERVICE_CENTER"], "o", null, "FILER_WITH_OTHER"],
    [["ENTERPRISE_FILER"], null, null, "FILER_NEEDS_ORG"],
    [["DIVISION_REVIEWER"], null, null, "REVIEWER_NEEDS_DIVISION"],
    [[], null, null, "NO_ROLE"],
    [["DEPARTMENT_SECRETARY", "INSTITUTE_OFFICER"], null, null, null],
    [["AUDIT_ADMIN"], null, null, null],
  ] as const)("%j → %s", (roles, org, div, expected) => {
    expect(roleCombinationProblem([...roles], org, div)).toBe(expected);
  });
});

describe("navigation by role", () => {
  it("shows each administrator only their own screen and no alliance content", () => {
    expect(navFor(["SYSTEM_ADMIN"]).map((n) => n.key)).toEqual(["home", "users", "settings", "calendar", "password"]);
    expect(navFor(["AUDIT_ADMIN"]).map((n) => n.key)).toEqual(["home", "audit", "password"]);
    expect(navFor(["ENTERPRISE_FILER"]).map((n) => n.key)).toEqual(["home", "calls", "alliances", "reports", "notifications", "password"]);
    expect(navFor(["INSTITUTE_OFFICER"]).map((n) => n.key)).toEqual(["home", "review", "objections", "alliances", "dashboard", "notifications", "password"]);
    expect(navFor(["DEPARTMENT_SECRETARY"]).map((n) => n.key)).toEqual([
      "home",
      "calls",
      "review",
      "meetings",
      "alliances",
      "dashboard",
      "notifications",
      "password",
    ]);
  });
});

describe("server action origin check", () => {
  it.each([
    ["http://localhost:3000", "localhost:3000", true],
    ["http://evil.example", "localhost:3000", false],
    ["null", "localhost:3000", false],
    [null, "localhost:3000", false],
    ["not a url", "localhost:3000", false],
    ["http://localhost:3000", null, false],
  ])("origin %s host %s → %s", (origin, host, ok) => {
    expect(isSameOrigin(origin, host)).toBe(ok);
  });
});

describe("session revocation", () => {
  const user = { id: "u1", active: true, sessionVersion: 3, lockedUntil: null };
  it("accepts only the current session version of an active, unlocked user", () => {
    expect(isSessionCurrent({ uid: "u1", sv: 3 }, user)).toBe(true);
    expect(isSessionCurrent({ uid: "u1", sv: 2 }, user)).toBe(false);
    expect(isSessionCurrent({ uid: "u2", sv: 3 }, user)).toBe(false);
    expect(isSessionCurrent({ uid: "u1", sv: 3 }, { ...user, active: false })).toBe(false);
    expect(isSessionCurrent({ uid: "u1", sv: 3 }, { ...user, lockedUntil: new Date(Date.now() + 1000) })).toBe(false);
    expect(isSessionCurrent(null, user)).toBe(false);
  });
});

describe("audit change sets", () => {
  it("lists only the fields that changed, with old and new values", () => {
    expect(changesOf({ a: 1, b: ["X"], c: "same" }, { a: 2, b: ["X"], c: "same" })).toEqual({ a: { from: 1, to: 2 } });
  });
});

describe("R8 member totals (附件1 一)", () => {
  it("counts by organisation type", () => {
    const t = memberTotals([{ type: "ENTERPRISE" }, { type: "ENTERPRISE" }, { type: "UNIVERSITY" }, { type: "RESEARCH_INSTITUTE" }, { type: "SOCIAL_ORG" }]);
    expect(t).toEqual({ total: 5, enterprises: 2, universities: 1, institutes: 1, others: 1 });
  });
});

describe("alliance scope", () => {
  it("never returns an empty filter for a role that grants nothing", () => {
    expect(allianceScope({ roles: ["SYSTEM_ADMIN"], organizationId: null, divisionId: null })).toEqual({ id: { in: [] } });
    expect(allianceScope({ roles: ["ENTERPRISE_FILER"], organizationId: null, divisionId: null })).toEqual({ id: { in: [] } });
  });
});
