import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VersionDiff } from "../../components/review/version-diff";
import type { ApplicationSnapshot, SnapshotDocument } from "../../lib/filing/snapshot";
import { diffSnapshots, diffSummaryLines, isEmpty, type SnapshotDiff } from "../../lib/review/diff";
import { creditCodeCheckChar } from "../../lib/rules/credit-code";
import type { TMemberInput } from "../../lib/validation/filing";

function code(prefix: string, n: number): string {
  const first17 = prefix + String(n).padStart(9, "0");
  return first17 + (creditCodeCheckChar(first17) ?? "0");
}
const LEAD = code("91220101", 1);
// Letters in the code show that matching ignores case.
const MIXED = "91220101MA0Y2B3C46";

function member(n: number, over: Partial<TMemberInput> = {}): TMemberInput {
  return {
    creditCode: code("91220102", n),
    name: `成员企业${n}`,
    type: "ENTERPRISE",
    role: "MEMBER",
    chainPosition: "MIDSTREAM",
    outputValue2022: 1000,
    profitTax2022: 100,
    resources: "",
    nationalTop10: false,
    provincialTop10: false,
    disciplineStrengths: "",
    disciplineLeader: "",
    ...over,
  };
}

function doc(kind: SnapshotDocument["kind"], sha: string, over: Partial<SnapshotDocument> = {}): SnapshotDocument {
  const title = { CHARTER: "联盟章程", AGREEMENT: "合作协议", CONSTRUCTION_PLAN: "建设方案" }[kind as string] ?? "补充材料";
  return { kind, title, versionNo: 1, fileName: `${title}.docx`, sha256: sha.repeat(64).slice(0, 64), byteSize: 1000, ...over };
}

function snapshot(over: Partial<ApplicationSnapshot> = {}): ApplicationSnapshot {
  return {
    name: "吉林省汽车产业科技创新联盟",
    subField: "新能源汽车",
    agreementEffectiveOn: "2024-03-01",
    technicalField: "动力电池",
    chairName: "张三",
    hostUnitName: "一汽集团",
    address: "长春市汽车经济技术开发区",
    postcode: "130011",
    contactName: "王五",
    phone: "0431-88888888",
    fax: "",
    innovationGoal: "突破动力电池关键技术。",
    members: [
      member(1, { creditCode: LEAD, role: "CHAIR" }),
      member(2),
      member(3, { type: "UNIVERSITY", chainPosition: null, outputValue2022: null, profitTax2022: null }),
    ],
    kind: "ALLIANCE",
    industry: { code: "AUTO", name: "汽车" },
    leadOrg: { name: "成员企业1", creditCode: LEAD },
    documents: [doc("CHARTER", "a"), doc("AGREEMENT", "b"), doc("CONSTRUCTION_PLAN", "c")],
    ...over,
  };
}

const base = snapshot();
const render = (diff: SnapshotDiff) =>
  renderToStaticMarkup(createElement(VersionDiff, { diff, beforeLabel: "第 1 版（退回时）", afterLabel: "第 2 版（本次提交）" }));

describe("diffSnapshots: fields", () => {
  it("finds nothing between identical snapshots, even when copied", () => {
    const diff = diffSnapshots(base, structuredClone(base));
    expect(isEmpty(diff)).toBe(true);
    expect(diff).toEqual({ fields: [], members: { added: [], removed: [], changed: [] }, documents: [] });
  });

  it.each([
    ["name", "联盟名称（全称）", "吉林省新能源汽车产业科技创新联盟"],
    ["subField", "细分领域", "智能网联"],
    ["agreementEffectiveOn", "联盟协议生效时间", "2024-04-01"],
    ["technicalField", "技术领域", "固态电池"],
    ["chairName", "联盟理事长", "李四"],
    ["hostUnitName", "联盟常设机构的依托单位名称", "吉林大学"],
    ["address", "常设机构通讯地址", "长春市前进大街2699号"],
    ["postcode", "邮编", "130012"],
    ["contactName", "联系人", "赵六"],
    ["phone", "电话", "13912345678"],
    ["fax", "传真", "0431-66666666"],
    ["innovationGoal", "技术创新目标", "突破固态电池关键技术。"],
  ] as const)("reports a change of %s with its 附件1 label", (key, label, value) => {
    const diff = diffSnapshots(base, snapshot({ [key]: value }));
    expect(diff.fields).toEqual([{ key, label, before: base[key] || "（空）", after: value }]);
    expect(isEmpty(diff)).toBe(false);
  });

  it("shows an emptied or newly filled field as （空）", () => {
    expect(diffSnapshots(base, snapshot({ contactName: "" })).fields).toEqual([{ key: "contactName", label: "联系人", before: "王五", after: "（空）" }]);
    expect(diffSnapshots(base, snapshot({ fax: "0431-1234567" })).fields[0]).toMatchObject({ before: "（空）", after: "0431-1234567" });
  });

  it("ignores whitespace-only edits around a value", () => {
    expect(diffSnapshots(base, snapshot({ chairName: " 张三 " })).fields).toEqual([]);
  });

  it("reports kind and industry by their Chinese names", () => {
    const diff = diffSnapshots(base, snapshot({ kind: "CONSORTIUM", industry: { code: "MED", name: "医药健康" } }));
    expect(diff.fields).toEqual([
      { key: "kind", label: "名称形式", before: "产业科技创新联盟", after: "产业科技创新联合体" },
      { key: "industry", label: "产业", before: "汽车", after: "医药健康" },
    ]);
  });

  it("lists several changes in the order of the form", () => {
    const diff = diffSnapshots(base, snapshot({ innovationGoal: "新目标", phone: "13900000000", name: "新名称" }));
    expect(diff.fields.map((c) => c.key)).toEqual(["name", "phone", "innovationGoal"]);
  });
});

describe("diffSnapshots: members", () => {
  it("finds added and removed members by credit code", () => {
    const after = snapshot({ members: [base.members[0]!, base.members[2]!, member(4, { name: "新成员公司", role: "COUNCIL" })] });
    const { added, removed, changed } = diffSnapshots(base, after).members;
    expect(added).toEqual([{ creditCode: code("91220102", 4), name: "新成员公司", typeLabel: "企业", roleLabel: "理事单位" }]);
    expect(removed).toEqual([{ creditCode: code("91220102", 2), name: "成员企业2", typeLabel: "企业", roleLabel: "成员单位" }]);
    expect(changed).toEqual([]);
  });

  it("matches members regardless of order and letter case", () => {
    const before = snapshot({ members: [member(1, { creditCode: MIXED.toLowerCase() }), member(2)] });
    const after = snapshot({ members: [member(2), member(1, { creditCode: MIXED })] });
    expect(isEmpty(diffSnapshots(before, after))).toBe(true);
  });

  it("reports each changed member field with labels and formatted values", () => {
    const after = snapshot({
      members: [
        base.members[0]!,
        member(2, {
          name: "成员企业2（更名）",
          role: "COUNCIL",
          chainPosition: "UPSTREAM",
          outputValue2022: 1234.5,
          profitTax2022: null,
          resources: "省级工程中心",
          nationalTop10: true,
        }),
        member(3, {
          type: "RESEARCH_INSTITUTE",
          chainPosition: null,
          outputValue2022: null,
          profitTax2022: null,
          provincialTop10: true,
          disciplineStrengths: "材料学",
          disciplineLeader: "刘教授",
        }),
      ],
    });
    const { changed } = diffSnapshots(base, after).members;
    expect(changed).toHaveLength(2);
    expect(changed[0]).toEqual({
      creditCode: code("91220102", 2),
      name: "成员企业2（更名）",
      changes: [
        { key: "name", label: "单位名称", before: "成员企业2", after: "成员企业2（更名）" },
        { key: "role", label: "联盟职务", before: "成员单位", after: "理事单位" },
        { key: "chainPosition", label: "产业链位置", before: "中游", after: "上游" },
        { key: "outputValue2022", label: "2022年产值（万元）", before: "1000", after: "1234.5" },
        { key: "profitTax2022", label: "2022年利税（万元）", before: "100", after: "（空）" },
        { key: "resources", label: "已有科技资源与平台", before: "（空）", after: "省级工程中心" },
        { key: "nationalTop10", label: "国内十强", before: "否", after: "是" },
      ],
    });
    expect(changed[1]!.changes).toEqual([
      { key: "type", label: "单位类型", before: "高校", after: "科研院所" },
      { key: "provincialTop10", label: "省内十强", before: "否", after: "是" },
      { key: "disciplineStrengths", label: "学科优势", before: "（空）", after: "材料学" },
      { key: "disciplineLeader", label: "学科带头人", before: "（空）", after: "刘教授" },
    ]);
  });

  it("labels every role and chain position in Chinese", () => {
    const roles = [
      ["CHAIR", "理事长单位"],
      ["VICE_CHAIR", "副理事长单位"],
      ["COUNCIL", "理事单位"],
    ] as const;
    for (const [role, label] of roles) {
      const c = diffSnapshots(base, snapshot({ members: [base.members[0]!, member(2, { role }), base.members[2]!] })).members.changed[0]!.changes[0];
      expect(c).toMatchObject({ key: "role", after: label });
    }
    const c = diffSnapshots(base, snapshot({ members: [base.members[0]!, member(2, { chainPosition: "DOWNSTREAM" }), base.members[2]!] })).members.changed[0]!
      .changes[0];
    expect(c).toMatchObject({ before: "中游", after: "下游" });
  });

  it("treats 0 as a value, different from not given", () => {
    const c = diffSnapshots(base, snapshot({ members: [base.members[0]!, member(2, { outputValue2022: 0 }), base.members[2]!] })).members.changed[0]!.changes;
    expect(c).toEqual([{ key: "outputValue2022", label: "2022年产值（万元）", before: "1000", after: "0" }]);
  });
});

describe("diffSnapshots: documents", () => {
  it("reports a replaced, an added and a removed attachment; unchanged ones are left out", () => {
    const before = snapshot({ documents: [doc("CHARTER", "a"), doc("AGREEMENT", "b"), doc("OTHER", "e", { title: "旧说明", fileName: "旧说明.pdf" })] });
    const after = snapshot({
      documents: [doc("CHARTER", "d", { versionNo: 2, fileName: "章程修订.docx" }), doc("AGREEMENT", "b"), doc("CONSTRUCTION_PLAN", "c")],
    });
    const docs = diffSnapshots(before, after).documents;
    expect(docs).toEqual([
      {
        kind: "CHARTER",
        label: "联盟章程",
        status: "replaced",
        before: { fileName: "联盟章程.docx", sha256: "a".repeat(64), versionNo: 1 },
        after: { fileName: "章程修订.docx", sha256: "d".repeat(64), versionNo: 2 },
      },
      { kind: "OTHER", label: "旧说明", status: "removed", before: { fileName: "旧说明.pdf", sha256: "e".repeat(64), versionNo: 1 } },
      { kind: "CONSTRUCTION_PLAN", label: "建设方案", status: "added", after: { fileName: "建设方案.docx", sha256: "c".repeat(64), versionNo: 1 } },
    ]);
  });

  it("pairs several other materials by content, not by position", () => {
    const x = doc("OTHER", "1", { title: "说明甲" });
    const y = doc("OTHER", "2", { title: "说明乙" });
    const z = doc("OTHER", "3", { title: "说明丙" });
    const docs = diffSnapshots(snapshot({ documents: [x, y] }), snapshot({ documents: [z, y, x] })).documents;
    expect(docs).toEqual([expect.objectContaining({ kind: "OTHER", label: "说明丙", status: "added" })]);
  });
});

describe("diffSummaryLines", () => {
  it("says there is no change for an empty diff", () => {
    expect(diffSummaryLines(diffSnapshots(base, base))).toEqual(["与退回版本相比无变化"]);
  });

  it("writes short changes as old → new and long texts as 已修改 with lengths", () => {
    const longGoal = "围绕动力电池、电驱动和智能网联三大方向，联合攻关关键共性技术，建设中试平台，推动成果在省内转化应用并形成标准。";
    const lines = diffSummaryLines(diffSnapshots(base, snapshot({ contactName: "赵六", innovationGoal: longGoal })));
    expect(lines).toEqual(["联系人：王五 → 赵六", `技术创新目标：已修改（11 字 → ${[...longGoal].length} 字）`]);
  });

  it("covers members and attachments", () => {
    const after = snapshot({
      members: [base.members[0]!, member(2, { role: "COUNCIL" }), member(5, { name: "某公司" })],
      documents: [doc("CHARTER", "f", { versionNo: 2, fileName: "章程（修订）.docx" }), doc("AGREEMENT", "g", { versionNo: 2 })],
    });
    expect(diffSummaryLines(diffSnapshots(base, after))).toEqual([
      `新增成员：某公司（${code("91220102", 5)}）`,
      `移除成员：成员企业3（${code("91220102", 3)}）`,
      "成员「成员企业2」联盟职务：成员单位 → 理事单位",
      "附件「联盟章程」：已更换（联盟章程.docx → 章程（修订）.docx）",
      "附件「合作协议」：已更换（合作协议.docx，第 1 版 → 第 2 版）",
      "附件「建设方案」：已移除（建设方案.docx）",
    ]);
  });
});

describe("VersionDiff", () => {
  it("renders the three parts with version headings, marked deletions and insertions, and row ids", () => {
    const after = snapshot({
      contactName: "赵六",
      members: [base.members[0]!, member(2, { nationalTop10: true }), base.members[2]!, member(6, { name: "新成员公司" })],
      documents: [doc("CHARTER", "f", { fileName: "新章程.docx", versionNo: 2 }), doc("AGREEMENT", "b"), doc("CONSTRUCTION_PLAN", "c")],
    });
    const html = render(diffSnapshots(base, after));
    expect(html).toContain('data-testid="version-diff"');
    expect(html).toMatch(/<caption>字段<\/caption>[\s\S]*<caption>成员单位<\/caption>[\s\S]*<caption>附件<\/caption>/);
    expect(html).toContain("第 1 版（退回时）");
    expect(html).toContain("第 2 版（本次提交）");
    expect(html).toMatch(/data-testid="diff-field-contactName"[\s\S]*?<del class="diff-del">王五<\/del>[\s\S]*?<ins class="diff-ins">赵六<\/ins>/);
    expect(html).toMatch(new RegExp(`data-testid="diff-member-${code("91220102", 2)}"[\\s\\S]*?国内十强：<del class="diff-del">否</del>`));
    expect(html).toMatch(new RegExp(`data-testid="diff-member-${code("91220102", 6)}"[\\s\\S]*?新增成员`));
    expect(html).toContain('<ins class="diff-ins">新章程.docx</ins>');
    expect(html).not.toContain("与退回版本相比无变化");
  });

  it("says so when nothing changed, and marks unchanged parts when only some changed", () => {
    const empty = render(diffSnapshots(base, base));
    expect(empty).toContain("与退回版本相比无变化");
    expect(empty).not.toContain("<table");
    const fieldsOnly = render(diffSnapshots(base, snapshot({ postcode: "130012" })));
    expect(fieldsOnly).toContain("成员单位：无变化");
    expect(fieldsOnly).toContain("附件：无变化");
  });
});
