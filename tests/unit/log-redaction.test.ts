import { afterEach, describe, expect, it, vi } from "vitest";
import { logError, logInfo } from "@/lib/log";

afterEach(() => vi.restoreAllMocks());

describe("server log lines carry no personal data", () => {
  it("masks phone numbers, emails and ID numbers in error messages and stacks", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    // What a database error quoting a key looks like.
    const err = new Error(
      'duplicate key value violates unique constraint "User_phone_key": Key (phone)=(13912345678) already exists; mail to zhang.san@jl.gov.cn; id 22010219900101123X',
    );
    logError("server action failed", err);
    logError("notification email failed", "550 mailbox unavailable: li@example.com, 0431-88886666");
    expect(lines).toHaveLength(2);
    const all = lines.join("\n");
    for (const secret of ["13912345678", "zhang.san@jl.gov.cn", "22010219900101123X", "li@example.com", "0431-88886666"]) expect(all).not.toContain(secret);
    expect(lines[0]).toContain("(phone)=(139****5678)");
    expect(lines[0]).toContain("z***@jl.gov.cn");
    expect(lines[0]).toContain("220***********123X");
    expect(lines[1]).toContain("l***@example.com, 0431-****6666");
  });

  it("masks them in operational lines too, and keeps the counts", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    logInfo("reminders sent", { due7: 3, to: "13812345678" });
    expect(lines[0]).toContain('"due7":3');
    expect(lines[0]).toContain('"to":"138****5678"');
    expect(lines[0]).not.toContain("13812345678");
  });
});
