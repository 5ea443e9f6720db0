import { describe, it, expect, beforeAll } from "vitest";
import { buildMeetingPacket, type MeetingPacketData, type MeetingPacketItem } from "../../lib/documents";
import { CJK, paragraphs, readEntry, runs } from "../helpers/docx-text";

const CHINESE_FONTS = ["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"];

const HYDROGEN: MeetingPacketItem = {
  allianceName: "吉林省氢能产业科技创新联盟",
  industryName: "新能源",
  subField: "氢能",
  leadUnit: "吉林省氢源能源科技股份有限公司",
  versionNo: 1,
  submittedAt: new Date("2026-07-02"),
  memberTotals: { total: 12, enterprises: 8, universities: 2, institutes: 2, others: 0 },
  innovationGoal: "突破制氢、储运、加注与燃料电池关键技术。\n建成全省氢能共性技术平台。",
  rules: [
    { id: "R1", title: "成员单位不少于10家", clause: "实施方案 三(一)", status: "pass", message: "共12家" },
    { id: "R7", title: "技术创新目标不超过500字", clause: "附件1 二", status: "warn", message: "已接近字数上限" },
    { id: "R9", title: "年度经费预算", clause: "实施方案 五(二)", status: "na", message: "首年不适用" },
  ],
  opinions: [
    {
      stage: "处室审核",
      decision: "通过",
      opinion: "该联盟组建必要，技术路线可行。",
      unit: "高新技术处",
      reviewer: "李明",
      date: new Date("2026-07-10"),
    },
  ],
  changesSinceReturn: null,
};

const CARBON: MeetingPacketItem = {
  allianceName: "吉林省碳纤维产业科技创新联合体",
  industryName: "新材料",
  subField: "碳纤维及复合材料",
  leadUnit: "吉林化纤集团有限责任公司",
  versionNo: 3,
  submittedAt: new Date("2026-07-20T10:00:00+08:00"),
  memberTotals: { total: 15, enterprises: 9, universities: 3, institutes: 2, others: 1 },
  innovationGoal: "实现大丝束碳纤维低成本制备。",
  rules: [
    { id: "R2", title: "牵头单位为省内企业", clause: "实施方案 三(二)", status: "pass", message: "符合要求" },
    { id: "R8", title: "成员数量与名单一致", clause: "附件1 一", status: "fail", message: "名单15家，填报14家" },
  ],
  opinions: [
    {
      stage: "处室审核",
      decision: "退回修改",
      opinion: "成员名单与协议不一致，请核对。",
      unit: "高新技术处",
      reviewer: "王芳",
      date: new Date("2026-07-12"),
    },
    {
      stage: "组织形式审核",
      decision: "通过",
      opinion: "组织形式符合要求。",
      unit: "吉林省科技创新研究院",
      reviewer: "赵强",
      date: new Date("2026-07-25"),
    },
  ],
  changesSinceReturn: ["成员名单新增吉林省碳纤维行业协会", "合作协议第五条发起单位已更正"],
};

const PACKET: MeetingPacketData = {
  sessionNo: "2026年第12次",
  title: "重点产业科技创新联盟备案审议",
  heldOn: new Date("2026-08-05"),
  preparedBy: "张秘书",
  preparedAt: new Date("2026-07-30"),
  items: [HYDROGEN, CARBON],
};

interface Built {
  buf: Buffer;
  xml: string;
  paras: string[];
  text: string;
}

async function build(data: MeetingPacketData): Promise<Built> {
  const buf = await buildMeetingPacket(data);
  const xml = readEntry(buf, "word/document.xml");
  const paras = paragraphs(xml);
  return { buf, xml, paras, text: paras.join("\n") };
}

let doc: Built;
beforeAll(async () => {
  doc = await build(PACKET);
});

describe("厅务会审议材料", () => {
  it("has the title, session number, date, topic and preparer", () => {
    expect(doc.paras).toContain("吉林省科学技术厅厅务会审议材料");
    expect(doc.paras).toContain("（2026年第12次厅务会　会议日期：2026年8月5日）");
    expect(doc.paras).toContain("议题：重点产业科技创新联盟备案审议");
    expect(doc.paras).toContain("材料准备：张秘书　　准备日期：2026年7月30日");
    const core = readEntry(doc.buf, "docProps/core.xml");
    expect(core).toContain("<dc:title>吉林省科学技术厅厅务会审议材料（2026年第12次）</dc:title>");
  });

  it("lists both filings in the agenda table", () => {
    const p = doc.paras;
    const head = p.indexOf("序号");
    expect(p.slice(head, head + 5)).toEqual(["序号", "联盟名称", "产业", "牵头单位", "提交版本"]);
    expect(p.slice(head + 5, head + 15)).toEqual([
      "1",
      HYDROGEN.allianceName,
      "新能源",
      HYDROGEN.leadUnit,
      "第1版",
      "2",
      CARBON.allianceName,
      "新材料",
      CARBON.leadUnit,
      "第3版",
    ]);
    expect(doc.text).toContain("本次会议共2项审议事项");
  });

  it("gives each filing its own heading, on a new page, with the four sections", () => {
    expect(doc.paras).toContain("二、吉林省氢能产业科技创新联盟");
    expect(doc.paras).toContain("三、吉林省碳纤维产业科技创新联合体");
    expect(doc.xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(2);
    for (const s of ["（一）基本情况", "（二）政策符合性检查", "（三）审核意见", "（四）退回后修改情况"]) {
      expect(
        doc.paras.filter((x) => x === s),
        s,
      ).toHaveLength(2);
    }
    // sections in order inside the second item
    const start = doc.paras.indexOf("三、吉林省碳纤维产业科技创新联合体");
    const order = ["（一）基本情况", "（二）政策符合性检查", "（三）审核意见", "（四）退回后修改情况", "厅务会审议记录"].map((s) =>
      doc.paras.indexOf(s, start),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("states the basic facts and the member totals sentence", () => {
    const p = doc.paras;
    expect(p).toContain("所属产业：新能源　　细分领域：氢能");
    expect(p).toContain("牵头单位：吉林化纤集团有限责任公司");
    expect(p).toContain("提交版本：第1版　　提交日期：2026年7月2日");
    expect(p).toContain("提交版本：第3版　　提交日期：2026年7月20日");
    expect(p).toContain("成员单位共12家，其中企业8家、高校2家、科研院所2家、其他0家。");
    expect(p).toContain("成员单位共15家，其中企业9家、高校3家、科研院所2家、其他1家。");
    expect(p).toContain("技术创新目标：突破制氢、储运、加注与燃料电池关键技术。");
    expect(p).toContain("建成全省氢能共性技术平台。");
  });

  it("prints every rule row with its status word", () => {
    const p = doc.paras;
    expect(p.filter((x) => x === "编号")).toHaveLength(2);
    const status = { pass: "符合", warn: "提示", fail: "不符合", na: "不适用" } as const;
    for (const r of [...HYDROGEN.rules, ...CARBON.rules]) {
      const i = p.indexOf(r.id);
      expect(p.slice(i, i + 5), r.id).toEqual([r.id, r.title, r.clause, status[r.status], r.message]);
    }
    expect(p).toContain("共检查3项：符合1项、提示1项、不符合0项、不适用1项。");
    expect(p).toContain("共检查2项：符合1项、提示0项、不符合1项、不适用0项。");
  });

  it("prints each opinion with stage, decision, unit, reviewer and date", () => {
    expect(doc.paras).toContain("1.【处室审核】通过　意见：该联盟组建必要，技术路线可行。　（高新技术处，李明，2026年7月10日）");
    expect(doc.paras).toContain("1.【处室审核】退回修改　意见：成员名单与协议不一致，请核对。　（高新技术处，王芳，2026年7月12日）");
    expect(doc.paras).toContain("2.【组织形式审核】通过　意见：组织形式符合要求。　（吉林省科技创新研究院，赵强，2026年7月25日）");
  });

  it("shows changes since return, or that the filing was never returned", () => {
    const p = doc.paras;
    expect(p.filter((x) => x.startsWith("首次提交，未经退回"))).toHaveLength(1);
    expect(p).toContain("1. 成员名单新增吉林省碳纤维行业协会");
    expect(p).toContain("2. 合作协议第五条发起单位已更正");
    // the never-returned item comes first, its note sits in its own section
    expect(p.indexOf("首次提交，未经退回。")).toBeLessThan(p.indexOf("三、吉林省碳纤维产业科技创新联合体"));
  });

  it("ends each filing with a decision record to fill by hand", () => {
    const p = doc.paras;
    expect(p.filter((x) => x === "厅务会审议记录")).toHaveLength(2);
    expect(p.filter((x) => x === "审议结论：□通过　□不予通过　□暂缓审议")).toHaveLength(2);
    expect(p.filter((x) => x === "备注：")).toHaveLength(2);
  });
});

describe("GB/T 9704 layout: meeting packet", () => {
  it("is A4 with the official margins and 28 pt exact body spacing", () => {
    expect(doc.xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc.xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(doc.xml).toContain('w:line="560" w:lineRule="exact"');
    expect(doc.xml).toContain('<w:ind w:firstLine="632" w:firstLineChars="200"/>');
  });

  it("gives every run with Chinese text a Chinese w:eastAsia font", () => {
    const all = [doc.xml, readEntry(doc.buf, "word/footer1.xml")].flatMap(runs);
    const chinese = all.filter((r) => CJK.test(r.text));
    expect(chinese.length).toBeGreaterThan(20);
    for (const r of chinese) {
      const eastAsia = /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(r.xml)?.[1];
      expect(eastAsia, r.text).toBeDefined();
      expect(CHINESE_FONTS, r.text).toContain(eastAsia);
    }
  });

  it("sets the title in 2号 小标宋", () => {
    const titleRun = runs(doc.xml).find((r) => r.xml.includes('w:val="44"'));
    expect(titleRun?.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(titleRun?.text).toBe("吉林省科学技术厅厅务会审议材料");
  });

  it("leaves no {{ placeholder anywhere", () => {
    expect(doc.text).not.toMatch(/\{\{|\}\}|undefined|null/);
  });
});

describe("edge cases", () => {
  it("builds an empty agenda that says 本次会议无审议事项, and shows 待定 for no date", async () => {
    const empty = await build({ ...PACKET, heldOn: null, items: [] });
    expect(empty.paras).toContain("本次会议无审议事项。");
    expect(empty.paras).toContain("（2026年第12次厅务会　会议日期：待定）");
    expect(empty.paras).not.toContain("序号");
    expect(empty.xml).not.toContain("<w:pageBreakBefore/>");
    expect(empty.xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it("handles a returned filing without change lines, no opinions and no rule results", async () => {
    const sparse = await build({
      ...PACKET,
      items: [{ ...CARBON, rules: [], opinions: [], changesSinceReturn: ["与退回版本相比无变化"], submittedAt: null }],
    });
    expect(sparse.paras).toContain("1. 与退回版本相比无变化");
    expect(sparse.paras).toContain("暂无政策符合性检查结果。");
    expect(sparse.paras).toContain("暂无审核意见。");
    expect(sparse.paras).toContain("提交版本：第3版　　提交日期：未记录");
    const none = await build({ ...PACKET, items: [{ ...CARBON, changesSinceReturn: [] }] });
    expect(none.paras).toContain("与退回版本相比无变化。");
  });

  it("escapes XML-special characters in free text and reads them back intact", async () => {
    const opinion = `请补充<储运>&"加注'方案`;
    const built = await build({
      ...PACKET,
      items: [{ ...HYDROGEN, opinions: [{ ...HYDROGEN.opinions[0]!, opinion }] }],
    });
    expect(built.xml).not.toContain("<储运>");
    expect(built.text).toContain(opinion);
  });
});
