import { describe, it, expect } from "vitest";
import { creditCodeCheckChar } from "../../lib/rules/credit-code";
import { blockingResults, canSubmit, evaluateFiling } from "../../lib/rules/filing-rules";
import { INDUSTRIES } from "../../lib/rules/industries";
import type { FilingInput, FilingMemberInput, RuleId, RuleResult } from "../../lib/rules/types";

/** A valid 18-character code: 8-character prefix + 9 body characters + the computed check character. */
function code(prefix: string, n: number): string {
  const first17 = prefix + String(n).padStart(9, "0");
  const check = creditCodeCheckChar(first17);
  if (check === null) throw new Error(`bad prefix ${prefix}`);
  return first17 + check;
}

const LEAD = code("91220101", 1);

function member(n: number, over: Partial<FilingMemberInput> = {}): FilingMemberInput {
  return { creditCode: code("91220102", n), name: `成员企业${n}`, type: "ENTERPRISE", role: "MEMBER", chainPosition: "MIDSTREAM", ...over };
}

/** 12 members: 8 enterprises (66.7%), 2 universities, 2 institutes; council 4 of 12 (33.3%). */
function validMembers(): FilingMemberInput[] {
  return [
    { creditCode: LEAD, name: "吉林牵头集团", type: "ENTERPRISE", role: "CHAIR", chainPosition: "UPSTREAM", isLead: true },
    member(2, { role: "VICE_CHAIR", chainPosition: "DOWNSTREAM" }),
    member(3, { role: "VICE_CHAIR" }),
    member(4, { role: "COUNCIL", chainPosition: "UPSTREAM" }),
    member(5),
    member(6),
    member(7),
    member(8, { chainPosition: "DOWNSTREAM" }),
    member(9, { type: "UNIVERSITY", name: "吉林大学", chainPosition: null }),
    member(10, { type: "UNIVERSITY", name: "长春理工大学" }),
    member(11, { type: "RESEARCH_INSTITUTE", name: "省农科院" }),
    member(12, { type: "RESEARCH_INSTITUTE", name: "长春应化所" }),
  ];
}

function valid(over: Partial<FilingInput> = {}): FilingInput {
  return {
    name: "吉林省氢能产业科技创新联盟",
    kind: "ALLIANCE",
    industryCode: "NEW_ENERGY",
    subField: "氢能",
    leadCreditCode: LEAD,
    innovationGoal: "突破制氢、储运和燃料电池关键技术。",
    members: validMembers(),
    attachments: { CHARTER: true, AGREEMENT: true, CONSTRUCTION_PLAN: true },
    ...over,
  };
}

function rule(input: FilingInput, id: RuleId): RuleResult {
  const r = evaluateFiling(input).find((x) => x.id === id);
  if (!r) throw new Error(`no ${id}`);
  return r;
}

/** n members, the first e of them enterprises (the lead first), with upstream and downstream enterprises. */
function mix(n: number, e: number): FilingMemberInput[] {
  return Array.from({ length: n }, (_, i) =>
    i === 0
      ? { creditCode: LEAD, name: "牵头", type: "ENTERPRISE" as const, role: "CHAIR" as const, chainPosition: "UPSTREAM" as const, isLead: true }
      : member(i + 1, { type: i < e ? "ENTERPRISE" : "UNIVERSITY", chainPosition: i === 1 ? "DOWNSTREAM" : null }),
  );
}

describe("evaluateFiling: the valid fixture", () => {
  it("passes every rule, in order R1-R10, R13, each citing its clause", () => {
    const results = evaluateFiling(valid());
    expect(results.map((r) => r.id)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R13"]);
    expect(results.filter((r) => r.status !== "pass")).toEqual([]);
    expect(canSubmit(results)).toBe(true);
    expect(results.map((r) => r.clause)).toEqual([
      "六（二）1",
      "六（二）1",
      "六（二）1",
      "六（一）1",
      "附件2 第十三条（二）",
      "附件2 第十三条（二）",
      "附件1 二",
      "附件1 一",
      "七（二）",
      "四（一）",
      "附件1；附件2 第一条",
    ]);
  });
  it("R8 reports the computed totals", () => {
    expect(rule(valid(), "R8").message).toContain("成员总数 12 个：企业 8 个、高校 2 个、研究机构 2 个");
  });
});

describe("R1 member count", () => {
  it("9 members fail", () => {
    const r = rule(valid({ members: validMembers().slice(0, 9) }), "R1");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("成员单位共 9 家");
  });
  it("10 members pass", () => expect(rule(valid({ members: validMembers().slice(0, 10) }), "R1").status).toBe("pass"));
  it("no members fails (not na)", () => expect(rule(valid({ members: [] }), "R1").status).toBe("fail"));
  it("a unit entered twice is counted once and fails, even at 10 distinct", () => {
    const ten = validMembers().slice(0, 10);
    const withDup = [...ten, { ...ten[4]!, name: "同一家，换个名字" }];
    const r = rule(valid({ members: withDup }), "R1");
    expect(r.status).toBe("fail");
    expect(r.message).toContain(ten[4]!.creditCode);
    expect(r.message).toContain("去重后成员单位共 10 家");
    const nine = [...validMembers().slice(0, 9), { ...ten[2]!, creditCode: ` ${ten[2]!.creditCode.toLowerCase()} ` }];
    expect(rule(valid({ members: nine }), "R1").message).toContain("共 9 家，少于 10 家");
    expect(rule(valid({ members: nine }), "R8").message).toContain("成员总数 9 个");
  });
});

describe("R2 enterprise share (integer boundary at 60%)", () => {
  const cases: [number, number, "pass" | "fail"][] = [
    [10, 6, "pass"],
    [10, 5, "fail"],
    [9, 5, "fail"],
    [18, 11, "pass"],
    [5, 3, "pass"],
    [12, 7, "fail"],
    [20, 12, "pass"],
  ];
  for (const [n, e, status] of cases) {
    it(`${e} of ${n} → ${status}`, () => expect(rule(valid({ members: mix(n, e) }), "R2").status).toBe(status));
  }
  it("message shows the share", () => {
    expect(rule(valid({ members: mix(11, 6) }), "R2").message).toContain("企业 6 家，占 54.5%，低于 60%");
    expect(rule(valid({ members: mix(18, 11) }), "R2").message).toContain("占 61.1%，不低于 60%");
  });
  it("a failing 59.96% is never displayed as 60.0%", () => {
    const r = rule(valid({ members: mix(2500, 1499) }), "R2");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("占 59.9%");
  });
});

describe("R3 upstream and downstream enterprises", () => {
  it("no downstream enterprise fails and says so", () => {
    const ms = validMembers().map((m) => (m.chainPosition === "DOWNSTREAM" ? { ...m, chainPosition: "MIDSTREAM" as const } : m));
    const r = rule(valid({ members: ms }), "R3");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("下游企业");
    expect(r.message).not.toContain("上游企业和");
  });
  it("upstream only at a university still fails", () => {
    const ms = validMembers().map((m) => (m.chainPosition === "UPSTREAM" ? { ...m, chainPosition: null } : m));
    ms[8] = { ...ms[8]!, chainPosition: "UPSTREAM" }; // 吉林大学
    const r = rule(valid({ members: ms }), "R3");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("上游企业");
    expect(r.message).toContain("非企业成员的产业链位置不计入");
  });
});

describe("R4 lead unit credit code", () => {
  const badCheck = LEAD.slice(0, 17) + (LEAD.endsWith("0") ? "1" : "0");
  it("a bad check character fails", () => {
    const r = rule(valid({ leadCreditCode: badCheck }), "R4");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("校验位");
    expect(r.message).not.toContain(`应为${LEAD.charAt(17)}`);
  });
  it("a valid Beijing code fails as not Jilin", () => {
    const r = rule(valid({ leadCreditCode: "91110000600037341L" }), "R4");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("110000");
  });
  it("a reviewer override turns a checksum failure into a warning", () => {
    const r = rule(valid({ leadCreditCode: badCheck, creditCodeOverride: true }), "R4");
    expect(r.status).toBe("warn");
    expect(r.message).toContain("经审核人确认的早期试点代码");
  });
  it("the override does not excuse a code from outside Jilin", () => {
    const beijingBad = "91110000600037341" + "0";
    expect(rule(valid({ leadCreditCode: beijingBad, creditCodeOverride: true }), "R4").status).toBe("fail");
  });
  it("an empty or short code fails even with override", () => {
    expect(rule(valid({ leadCreditCode: null, members: [] }), "R4").status).toBe("fail");
    expect(rule(valid({ leadCreditCode: "9122", creditCodeOverride: true }), "R4").status).toBe("fail");
  });
});

describe("R5 council about one third (soft)", () => {
  const withCouncil = (c: number) =>
    validMembers().map((m, i) => ({ ...m, role: i === 0 ? ("CHAIR" as const) : i < c ? ("COUNCIL" as const) : ("MEMBER" as const) }));
  it("3 of 12 (25%) passes", () => expect(rule(valid({ members: withCouncil(3) }), "R5").status).toBe("pass"));
  it("2 of 12 warns", () => {
    const r = rule(valid({ members: withCouncil(2) }), "R5");
    expect(r).toMatchObject({ status: "warn", severity: "soft" });
    expect(r.message).toContain("16.7%");
  });
  it("5 of 12 (41.7%) warns and does not block", () => {
    const results = evaluateFiling(valid({ members: withCouncil(5) }));
    expect(results.find((r) => r.id === "R5")?.message).toContain("41.7%");
    expect(canSubmit(results)).toBe(true);
  });
  it("4 of 10 (40%) passes", () => expect(rule(valid({ members: withCouncil(4).slice(0, 10) }), "R5").status).toBe("pass"));
});

describe("R6 the chair is the lead unit", () => {
  it("two chairs fail", () => {
    const ms = validMembers();
    ms[1] = { ...ms[1]!, role: "CHAIR" };
    expect(rule(valid({ members: ms }), "R6").status).toBe("fail");
  });
  it("a chair that is not the lead fails", () => {
    const ms = validMembers();
    ms[0] = { ...ms[0]!, role: "VICE_CHAIR" };
    ms[1] = { ...ms[1]!, role: "CHAIR" };
    const r = rule(valid({ members: ms }), "R6");
    expect(r.status).toBe("fail");
    expect(r.message).toContain("不是牵头单位");
  });
  it("the lead is found by leadCreditCode without isLead", () => {
    const ms = validMembers().map((m) => ({ ...m, isLead: false }));
    expect(rule(valid({ members: ms }), "R6").status).toBe("pass");
  });
  it("no chair fails", () => {
    const ms = validMembers().map((m) => ({ ...m, role: m.role === "CHAIR" ? ("COUNCIL" as const) : m.role }));
    expect(rule(valid({ members: ms }), "R6").status).toBe("fail");
  });
});

describe("R7 innovation goal at most 500 characters", () => {
  it("500 Chinese characters pass", () => expect(rule(valid({ innovationGoal: "创".repeat(500) }), "R7").status).toBe("pass"));
  it("501 fail with the count", () => {
    const r = rule(valid({ innovationGoal: "创".repeat(501) }), "R7");
    expect(r.status).toBe("fail");
    expect(r.message).toBe("技术创新目标 501 字，超过 500 字");
  });
  it("an emoji counts as one character", () => {
    expect(rule(valid({ innovationGoal: "创".repeat(499) + "🚀" }), "R7").status).toBe("pass");
    expect(rule(valid({ innovationGoal: "创".repeat(500) + "🚀" }), "R7").status).toBe("fail");
  });
  it("surrounding whitespace is trimmed", () => expect(rule(valid({ innovationGoal: `\u3000 ${"创".repeat(500)}\n` }), "R7").status).toBe("pass"));
  it("an empty goal fails", () => expect(rule(valid({ innovationGoal: "  " }), "R7").status).toBe("fail"));
});

describe("R9 attachments", () => {
  const labels = { CHARTER: "联盟章程", AGREEMENT: "合作协议", CONSTRUCTION_PLAN: "建设方案" } as const;
  for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
    it(`missing ${key} fails naming ${labels[key]}`, () => {
      const r = rule(valid({ attachments: { CHARTER: true, AGREEMENT: true, CONSTRUCTION_PLAN: true, [key]: false } }), "R9");
      expect(r.status).toBe("fail");
      expect(r.message).toBe(`缺少${labels[key]}，提交前须齐备`);
    });
  }
  it("all missing are listed", () => expect(rule(valid({ attachments: {} }), "R9").message).toContain("联盟章程、合作协议、建设方案"));
});

describe("R10 industry and sub-field", () => {
  it("an unknown industry is a hard fail", () => {
    const results = evaluateFiling(valid({ industryCode: "NEW_SPACE" }));
    expect(results.find((r) => r.id === "R10")).toMatchObject({ status: "fail", severity: "hard" });
    expect(canSubmit(results)).toBe(false);
  });
  it("no industry fails", () => expect(rule(valid({ industryCode: null }), "R10").status).toBe("fail"));
  it("a sub-field not named in 四 warns without blocking", () => {
    const results = evaluateFiling(valid({ subField: "地热能" }));
    const r = results.find((x) => x.id === "R10");
    expect(r).toMatchObject({ status: "warn", severity: "soft", clause: "四（一）" });
    expect(r?.message).toContain("请确认属于新能源产业");
    expect(canSubmit(results)).toBe(true);
  });
  it("a sub-field named under another industry says which", () => {
    expect(rule(valid({ industryCode: "NEW_EQUIPMENT", subField: "农机装备" }), "R10").message).toContain("新农业产业（四（四））");
  });
  it("every named sub-field passes with its industry's clause", () => {
    for (const ind of INDUSTRIES)
      for (const s of ind.subFields) {
        expect(rule(valid({ industryCode: ind.code, subField: s }), "R10")).toMatchObject({ status: "pass", clause: ind.clause });
      }
    expect(rule(valid({ industryCode: "NEW_TOURISM", subField: "冰雪产业" }), "R10").status).toBe("pass");
  });
});

describe("R13 name", () => {
  const cases: [string, FilingInput["kind"], RuleResult["status"]][] = [
    ["吉林省氢能产业科技创新联盟", "ALLIANCE", "pass"],
    ["吉林省XX产业科技创新联盟", "ALLIANCE", "fail"],
    ["吉林省ｘｘ产业科技创新联盟", "ALLIANCE", "fail"],
    ["氢能产业科技创新联盟", "ALLIANCE", "fail"],
    ["吉林省产业科技创新联盟", "ALLIANCE", "fail"],
    ["吉林省氢能产业联盟", "ALLIANCE", "fail"],
    ["", "ALLIANCE", "fail"],
    ["吉林省碳纤维产业科技创新联合体", "CONSORTIUM", "pass"],
    ["吉林省碳纤维产业科技创新联合体", undefined, "pass"],
    ["吉林省碳纤维产业科技创新联合体", "ALLIANCE", "warn"],
    ["吉林省碳纤维产业科技创新联盟", "CONSORTIUM", "warn"],
  ];
  for (const [name, kind, status] of cases) {
    it(`"${name}" (${kind ?? "no kind"}) → ${status}`, () => expect(rule(valid({ name, kind }), "R13").status).toBe(status));
  }
});

describe("blockingResults / canSubmit", () => {
  it("lists only hard failures", () => {
    const results = evaluateFiling(valid({ members: validMembers().slice(0, 9), attachments: {}, subField: "地热能" }));
    expect(blockingResults(results).map((r) => r.id)).toEqual(["R1", "R9"]);
    expect(canSubmit(results)).toBe(false);
  });
  it("an empty draft is blocked but evaluates without throwing", () => {
    const results = evaluateFiling({ name: "", industryCode: null, leadCreditCode: null, innovationGoal: "", members: [], attachments: {} });
    expect(results.find((r) => r.id === "R5")?.status).toBe("na");
    expect(blockingResults(results).map((r) => r.id)).toEqual(["R1", "R2", "R3", "R4", "R6", "R7", "R9", "R10", "R13"]);
  });
});
