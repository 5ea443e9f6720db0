import { describe, expect, it } from "vitest";
import { groupMembers, memberGroupOf } from "@/lib/rules/member-groups";
import { memberTotals } from "@/lib/rules/member-totals";
import { ORG_TYPES } from "@/lib/validation/filing";

// Issue 14 (3): a 社会组织 member was counted in the totals but listed in none of 附件1 三's tables.
describe("member groups of 附件1 三", () => {
  it("puts every organisation type in exactly one list", () => {
    expect(Object.fromEntries(ORG_TYPES.map((t) => [t, memberGroupOf(t)]))).toEqual({
      ENTERPRISE: "enterprises",
      UNIVERSITY: "academia",
      RESEARCH_INSTITUTE: "academia",
      SOCIAL_ORG: "others",
      OTHER: "others",
    });
  });

  it("lists every member once, in order, and the totals' parts add up to the total", () => {
    const members = ["ENTERPRISE", "SOCIAL_ORG", "UNIVERSITY", "ENTERPRISE", "RESEARCH_INSTITUTE", "OTHER", "ENTERPRISE"].map((type, i) => ({ type, n: i }));
    const g = groupMembers(members, (m) => m.type);
    expect(g.enterprises.map((m) => m.n)).toEqual([0, 3, 6]);
    expect(g.academia.map((m) => m.n)).toEqual([2, 4]);
    expect(g.others.map((m) => m.n)).toEqual([1, 5]);
    const listed = [...g.enterprises, ...g.academia, ...g.others].map((m) => m.n).sort();
    expect(listed).toEqual(members.map((m) => m.n));
    const t = memberTotals(members);
    expect(t).toEqual({ total: 7, enterprises: 3, universities: 1, institutes: 1, others: 2 });
    expect(t.enterprises + t.universities + t.institutes + t.others).toBe(t.total);
  });
});
