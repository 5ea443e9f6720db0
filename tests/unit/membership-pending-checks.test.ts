// Issue 17 item 1: a pending change's check is computed against the member list as it is now, with the combined
// effect of every pending change shown beside it (六（二）1 via lib/membership/change-rules.ts).
import { describe, expect, it } from "vitest";
import { membersAfter, pendingChecks, type RulesChange } from "../../lib/membership/change-rules";
import type { FilingMemberInput } from "../../lib/rules/types";

const member = (i: number, type: FilingMemberInput["type"], chainPosition: FilingMemberInput["chainPosition"] = null): FilingMemberInput => ({
  creditCode: `CODE${String(i).padStart(4, "0")}`,
  name: `单位${i}`,
  type,
  role: i === 1 ? "CHAIR" : i <= 4 ? "COUNCIL" : "MEMBER",
  chainPosition,
  isLead: i === 1,
});

/** 氢能 as in the issue: 14 members, 9 of them enterprises (upstream, midstream and downstream present). */
function hydrogen(): FilingMemberInput[] {
  const chain = ["UPSTREAM", "MIDSTREAM", "DOWNSTREAM"] as const;
  return Array.from({ length: 14 }, (_, k) => (k < 9 ? member(k + 1, "ENTERPRISE", chain[k % 3]) : member(k + 1, "UNIVERSITY")));
}

const exitOf = (id: string, m: FilingMemberInput): RulesChange => ({ id, kind: "EXIT", creditCode: m.creditCode });
const r2 = (results: { id: string; status: string; message: string }[]) => results.find((r) => r.id === "R2")!;

describe("membersAfter", () => {
  it("removes exits by credit code (whatever the case or spacing) and adds joins once", () => {
    const list = hydrogen();
    const joining = member(20, "RESEARCH_INSTITUTE");
    const after = membersAfter(list, [
      { id: "a", kind: "EXIT", creditCode: ` ${list[4]!.creditCode.toLowerCase()} ` },
      { id: "b", kind: "JOIN", member: joining },
      { id: "c", kind: "JOIN", member: joining },
    ]);
    expect(after).toHaveLength(14);
    expect(after.map((m) => m.name)).not.toContain("单位5");
    expect(after.filter((m) => m.name === "单位20")).toHaveLength(1);
    expect(list).toHaveLength(14); // the input is not changed
  });
});

describe("pendingChecks", () => {
  it("shows each exit alone against today's list and both together beside it", () => {
    const list = hydrogen();
    const checks = pendingChecks(list, [exitOf("A", list[5]!), exitOf("B", list[6]!)]);
    const a = checks.get("A")!;
    expect(r2(a.results)).toMatchObject({ status: "pass", message: "成员单位 13 家中企业 8 家，占 61.5%，不低于 60%" });
    expect(a.combined?.others).toBe(1);
    expect(r2(a.combined!.results)).toMatchObject({ status: "fail", message: "成员单位 12 家中企业 7 家，占 58.3%，低于 60%" });
    expect(checks.get("B")!.combined!.results).toEqual(a.combined!.results);
  });

  it("after A is approved, B's own check is against the list without A: 12 members, 7 enterprises, 58.3 %", () => {
    const list = hydrogen();
    const afterA = membersAfter(list, [exitOf("A", list[5]!)]);
    const checks = pendingChecks(afterA, [exitOf("B", list[6]!)]);
    const b = checks.get("B")!;
    expect(r2(b.results)).toMatchObject({ status: "fail", message: "成员单位 12 家中企业 7 家，占 58.3%，低于 60%" });
    expect(b.results.find((r) => r.id === "R1")).toMatchObject({ status: "pass" });
    // Alone: nothing else pending, so no combined line.
    expect(b.combined).toBeNull();
  });

  it("counts a pending join in the combined effect only", () => {
    const list = hydrogen();
    const checks = pendingChecks(list, [exitOf("A", list[5]!), { id: "J", kind: "JOIN", member: member(30, "ENTERPRISE", "MIDSTREAM") }]);
    expect(r2(checks.get("A")!.results).message).toContain("13 家中企业 8 家");
    expect(r2(checks.get("A")!.combined!.results).message).toContain("14 家中企业 9 家");
    expect(r2(checks.get("J")!.results).message).toContain("15 家中企业 10 家");
  });

  it("returns nothing for no pending change", () => {
    expect(pendingChecks(hydrogen(), []).size).toBe(0);
  });
});
