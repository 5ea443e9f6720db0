import { describe, expect, it } from "vitest";
import { chinaToday, formatFilingNumber, newVerificationCode } from "@/lib/review/file-alliance";
import { isCommentPath } from "@/lib/review/comment-paths";

describe("filing number and certificate code (七（三）备案)", () => {
  it("writes 吉科联备〔year〕NNN号 with three digits, more when needed", () => {
    expect(formatFilingNumber(2026, 1)).toBe("吉科联备〔2026〕001号");
    expect(formatFilingNumber(2026, 42)).toBe("吉科联备〔2026〕042号");
    expect(formatFilingNumber(2027, 1000)).toBe("吉科联备〔2027〕1000号");
  });

  it("makes verification codes without look-alike characters, all different", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newVerificationCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it("takes the year and date in China, not in the server's zone", () => {
    // 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Changchun.
    expect(chinaToday(new Date("2026-12-31T17:00:00Z"))).toEqual({ year: 2027, date: new Date("2027-01-01T00:00:00Z") });
    expect(chinaToday(new Date("2026-12-31T15:59:00Z")).year).toBe(2026);
  });
});

describe("comment paths", () => {
  it("accepts form fields, attachments and current members only", () => {
    const members = new Set(["91220101MA0000001X"]);
    expect(isCommentPath("innovationGoal", members)).toBe(true);
    expect(isCommentPath("document:CHARTER", members)).toBe(true);
    expect(isCommentPath("member:91220101MA0000001X", members)).toBe(true);
    expect(isCommentPath("member:91220101MA0000002X", members)).toBe(false);
    expect(isCommentPath("passwordHash", members)).toBe(false);
    expect(isCommentPath("__proto__", members)).toBe(false);
  });
});
