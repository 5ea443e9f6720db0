import { describe, it, expect, beforeAll } from "vitest";
import {
  buildAgreement,
  buildCharter,
  buildFilingCertificate,
  buildFilingForm,
  fill,
  formatDateCN,
  industryWord,
  MissingPlaceholderError,
  type AllianceDocData,
} from "../../lib/documents";
import { CJK, paragraphs, readEntry, runs, textOf, unzip } from "../helpers/docx-text";
import { CERTIFICATE, MEMBERS, fixture } from "./documents-fixture";

const CHINESE_FONTS = ["仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"];

interface Built {
  buf: Buffer;
  xml: string;
  paras: string[];
  text: string;
}

async function build(label: string, make: () => Promise<Buffer>): Promise<Built> {
  const t0 = performance.now();
  const buf = await make();
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms, ${buf.length} bytes`);
  const xml = readEntry(buf, "word/document.xml");
  const paras = paragraphs(xml);
  return { buf, xml, paras, text: paras.join("\n") };
}

const docs: Record<"form" | "charter" | "agreement" | "certificate", Built> = {} as never;

beforeAll(async () => {
  const data = fixture();
  docs.form = await build("附件1 申报（备案）表", () => buildFilingForm(data));
  docs.charter = await build("附件2 章程", () => buildCharter(data));
  docs.agreement = await build("附件3 合作协议书", () => buildAgreement(data));
  docs.certificate = await build("备案证明", () => buildFilingCertificate(CERTIFICATE));
});

/** The paragraph right after the (last) one equal to `label` (label cell → value cell). */
function after(paras: string[], label: string): string | undefined {
  const i = paras.lastIndexOf(label);
  return i < 0 ? undefined : paras[i + 1];
}

describe.each(["form", "charter", "agreement", "certificate"] as const)("GB/T 9704 layout: %s", (key) => {
  it("is A4 with the official margins and 28 pt exact body spacing", () => {
    const { xml } = docs[key];
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:line="560" w:lineRule="exact"');
    expect(xml).toContain('<w:ind w:firstLine="632" w:firstLineChars="200"/>');
  });

  it("gives every run with Chinese text a Chinese w:eastAsia font", () => {
    const all = [docs[key].xml, readEntry(docs[key].buf, "word/footer1.xml")].flatMap(runs);
    const chinese = all.filter((r) => CJK.test(r.text));
    expect(chinese.length).toBeGreaterThan(5);
    for (const r of chinese) {
      const eastAsia = /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(r.xml)?.[1];
      expect(eastAsia, r.text).toBeDefined();
      expect(CHINESE_FONTS, r.text).toContain(eastAsia);
    }
  });

  it("sets the title in 2号 小标宋", () => {
    const titleRun = runs(docs[key].xml).find((r) => r.xml.includes('w:val="44"'));
    expect(titleRun?.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(titleRun?.text).toMatch(/^吉林省/);
  });

  it("puts the page number — PAGE — at the outside corners: odd pages right, even pages left (GB/T 9704 7.5)", () => {
    const { xml, buf } = docs[key];
    const settings = readEntry(buf, "word/settings.xml");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const ref = (type: string) => new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(xml)?.[1];
    const rels = readEntry(buf, "word/_rels/document.xml.rels");
    const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    const file = (type: string) => {
      const m = target(ref(type));
      return readEntry(buf, `word/${m?.[1] ?? m?.[2]}`);
    };
    const odd = file("default");
    const even = file("even");
    for (const f of [odd, even]) {
      expect(f).toContain("PAGE</w:instrText>");
      expect(textOf(f)).toBe("—  —");
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toMatch(/<w:ind w:right="280"\/>/);
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toMatch(/<w:ind w:left="280"\/>/);
  });

  it("leaves no XX or {{ placeholder anywhere", () => {
    const { text } = docs[key];
    expect(text).not.toMatch(/XX|ＸＸ|\{\{|\}\}/);
  });

  it("records title, creator and lastModifiedBy in the core properties", () => {
    const core = readEntry(docs[key].buf, "docProps/core.xml");
    expect(core).toContain("<dc:creator>吉林省重点产业科技创新联盟备案与监管平台</dc:creator>");
    expect(core).toContain("<cp:lastModifiedBy>吉林省重点产业科技创新联盟备案与监管平台</cp:lastModifiedBy>");
    expect(core).toMatch(/<dc:title>吉林省[^<]+<\/dc:title>/);
  });
});

describe("附件1 申报（备案）表", () => {
  it("uses the real name in the title", () => {
    expect(docs.form.paras).toContain("吉林省氢能产业科技创新联盟申报（备案）表");
  });

  it("has every official label of section 一 and the section headings", () => {
    // Two-line labels are two paragraphs of one cell, broken where the model table breaks them.
    const labels = [
      "联盟名称",
      "（全称）",
      "联盟协议",
      "生效时间",
      "技术领域",
      "联盟理事长",
      "所在单位",
      "联盟常设机构的",
      "依托单位名称",
      "常设机构",
      "通讯地址",
      "邮编",
      "联系人",
      "电话",
      "传真",
      "成员总数",
      "成员企业数量",
      "成员高校数量",
      "成员研究机构数量",
    ];
    for (const l of labels) expect(docs.form.paras, l).toContain(l);
    for (const h of ["一、联盟简况", "二、技术创新目标（限500字）", "三、联盟成员单位在行业（或领域）中地位的简要说明", "企业情况", "科教单位情况"]) {
      expect(docs.form.paras).toContain(h);
    }
    expect(docs.form.text).toContain("四、联盟组建必要性和技术性审核意见（可另附页）");
    expect(docs.form.text).toContain("五、联盟组织形式审核意见（可另附页）");
  });

  it("fills section 一 with the data and totals computed from the members (R8)", () => {
    const p = docs.form.paras;
    expect(after(p, "（全称）")).toBe("吉林省氢能产业科技创新联盟");
    expect(after(p, "生效时间")).toBe("2026年7月1日");
    expect(after(p, "技术领域")).toBe("可再生能源制氢、储运与燃料电池应用");
    expect(after(p, "邮编")).toBe("130012");
    expect(after(p, "传真")).toBe("0431-85556678");
    expect(after(p, "成员总数")).toBe("12 个");
    expect(after(p, "成员企业数量")).toBe("8 个");
    expect(after(p, "成员高校数量")).toBe("2 个");
    expect(after(p, "成员研究机构数量")).toBe("2 个");
  });

  it("lists members in the two tables with 单位情况 and 是/否", () => {
    const p = docs.form.paras;
    for (const m of MEMBERS) expect(p).toContain(m.name);
    expect(after(p, "吉林省氢源能源科技股份有限公司")).toBe("2022年产值268,000万元，利税21,500.5万元；省级氢能工程技术研究中心、省级企业技术中心");
    const i = p.lastIndexOf("吉林省氢源能源科技股份有限公司");
    expect(p.slice(i + 2, i + 4)).toEqual(["否", "是"]);
    expect(after(p, "吉林北方大学")).toBe("化学、材料科学与工程（国家一流学科）");
    expect(p).toContain("王建华");
    expect(p).toContain("单位：万元");
    // the template's column header, verbatim
    expect(p).toContain("单位情况（主要包括单位的2022年产值、利税等指标和已有科技资源与平台）");
  });

  it("prints the division opinion with its date, and leaves 五 blank for the reviewer", () => {
    const t = docs.form.text;
    expect(t).toContain("该联盟组建必要，技术路线可行，同意推荐。");
    expect(t).toContain("2026年7月15日");
    expect(docs.form.paras).toContain("联盟理事长单位（盖章）：");
    expect(docs.form.paras).toContain("盖章：");
    expect(docs.form.paras).toContain("年   月   日");
  });

  it("escapes XML-special characters in the goal and reads them back intact", async () => {
    const goal = `攻关<储运>&"加注'一体化 a<b && c>d`;
    const buf = await buildFilingForm(fixture({ innovationGoal: goal }));
    const xml = readEntry(buf, "word/document.xml");
    expect(xml).toContain("攻关&lt;储运&gt;&amp;");
    expect(xml).not.toContain("<储运>");
    expect(paragraphs(xml)).toContain(goal);
  });
});

describe("附件2 章程", () => {
  it("names the alliance in the preamble and 第一条, and the industry word in 第二条", () => {
    const p = docs.charter.paras;
    expect(p).toContain("吉林省氢能产业科技创新联盟章程");
    expect(p).toContain("第一条　联盟名称：吉林省氢能产业科技创新联盟。");
    expect(p.find((s) => s.startsWith("第二条"))).toContain("促进氢能产业做大做强");
    expect(p[2]).toContain("为进一步明确“吉林省氢能产业科技创新联盟”（以下简称“联盟”）");
  });

  it("has all seven chapters and twenty-two articles, with 第八条's duplicate removed", () => {
    const articles = docs.charter.paras.filter((s) => /^第[一二三四五六七八九十]+条/.test(s));
    expect(articles).toHaveLength(22);
    expect(docs.charter.paras.filter((s) => /^第[一二三四五六七]章/.test(s))).toHaveLength(7);
    const eighth = articles.find((s) => s.startsWith("第八条")) ?? "";
    expect(eighth.split("推进全产业链深度融合和创新发展")).toHaveLength(2);
  });
});

describe("附件3 合作协议书", () => {
  const para = (prefix: string) => docs.agreement.paras.find((s) => s.startsWith(prefix)) ?? "";

  it("names the alliance in 第一条 and the industry word in 第二条 and 第七条", () => {
    expect(para("第一条")).toBe("第一条　联盟名称：吉林省氢能产业科技创新联盟（以下简称“联盟”）。");
    expect(para("第二条")).toContain("提升氢能产业发展的自主创新能力");
    expect(para("第七条")).toContain("以氢能产业发展研究与重大科技需求为出发点");
    expect(docs.agreement.paras).toContain("1、氢能共性关键技术研究");
  });

  it("fills address, postcode, founders, counts and the role lists (第四条-第六条)", () => {
    const p = docs.agreement.paras;
    expect(p).toContain("对外联络地址：吉林省长春市高新区硅谷大街3188号，吉林省氢源能源科技股份有限公司成立联盟办公室");
    expect(p).toContain("邮政编码：130012");
    expect(para("第五条")).toBe("第五条　联盟发起人（排名不分先后）：联盟由＿＿＿＿＿＿＿＿（签署前填写）等单位发起。");
    expect(para("联盟参加单位")).toBe("联盟参加单位共12个。其中企业8个，科研单位和大专院校4个。联盟分为理事长单位、副理事长单位、理事单位和成员单位四部分。");
    expect(p).toContain("理事长单位：吉林省氢源能源科技股份有限公司");
    expect(p).toContain("副理事长单位：长春绿氢装备制造有限公司、吉林省氢能技术研究院");
    expect(p).toContain("理事单位：吉林化工新材料有限公司、白城风光制氢有限公司、吉林北方大学，共3个单位。");
    expect(para("成员单位：")).toContain("共6个单位。");
    // 任务分工 is not in the filing: marked blank lines under a note, never names nobody entered.
    expect(p).toContain("本条分工由协议各方协商确定，在签署前填写。");
    for (const l of ["技术依托单位：", "主要参与企业：", "参与企业：", "技术依托："]) expect(p).toContain(`${l}＿＿＿＿＿＿＿＿（签署前填写）`);
    const tasks = p.slice(p.indexOf("（三）成员单位任务分工"), p.indexOf("第三章  经费分配"));
    expect(tasks.length).toBeGreaterThan(9);
    for (const m of MEMBERS) expect(tasks.join("")).not.toContain(m.name);
  });

  it("ends with a signature block per member unit", () => {
    const p = docs.agreement.paras;
    MEMBERS.forEach((m, i) => expect(p).toContain(`参加单位${i + 1}（公章）：${m.name}`));
    expect(p.filter((s) => s === "法定代表人（签章）：")).toHaveLength(12);
    expect(p.filter((s) => s === "签订日期：   年    月    日")).toHaveLength(12);
  });
});

describe("备案证明", () => {
  it("names the alliance, lead unit, number, date and verification", () => {
    const t = docs.certificate.text;
    expect(docs.certificate.paras).toContain("吉林省重点产业科技创新联盟备案证明");
    expect(t).toContain("吉林省氢能产业科技创新联盟（牵头单位：吉林省氢源能源科技股份有限公司）");
    expect(t).toContain("备案编号：吉科联备〔2026〕001号");
    expect(t).toContain("备案日期：2026年7月1日");
    expect(t).toContain("验证码：K7Q2-9MPD");
    expect(t).toContain("访问 https://portal.example.cn/public/verify 输入验证码核验");
  });

  it("carries a QR code that opens the verification page with the code filled in", async () => {
    const files = unzip(docs.certificate.buf);
    const png = [...files.keys()].find((k) => k.startsWith("word/media/") && k.endsWith(".png"));
    expect(png).toBeDefined();
    expect(docs.certificate.xml).toContain('descr="https://portal.example.cn/public/verify?code=K7Q2-9MPD"');
  });

  it("prints no address and no QR code when the portal has no public one (never localhost)", async () => {
    for (const publicBaseUrl of [null, "http://localhost:3100", "http://127.0.0.1:3000/"]) {
      const buf = await buildFilingCertificate({ ...CERTIFICATE, publicBaseUrl });
      const text = paragraphs(readEntry(buf, "word/document.xml")).join("\n");
      expect(text).not.toMatch(/localhost|127\.0\.0\.1|http/);
      expect(text).toContain("验证码：K7Q2-9MPD");
      expect(text).toContain("“备案证明核验”页面输入验证码核验");
      expect([...unzip(buf).keys()].some((k) => k.startsWith("word/media/"))).toBe(false);
    }
  });
});

describe("联合体 wording and sparse data", () => {
  const consortium = (): AllianceDocData =>
    fixture({
      name: "吉林省碳纤维产业科技创新联合体",
      industryName: "新材料",
      industryShort: null,
      kind: "CONSORTIUM",
      agreementEffectiveOn: null,
      address: "",
      hostUnitName: "",
      reviews: undefined,
      members: [...MEMBERS, { name: "吉林省碳纤维行业协会", type: "SOCIAL_ORG", role: "MEMBER" }],
    });

  it("says 联合体 instead of 联盟 in template text", async () => {
    const paras = paragraphs(readEntry(await buildCharter(consortium()), "word/document.xml"));
    expect(paras).toContain("第一条　联合体名称：吉林省碳纤维产业科技创新联合体。");
    expect(paras.join("")).not.toContain("联盟");
  });

  it("fills blanks by hand-completion lines, never XX, and counts other units", async () => {
    const paras = paragraphs(readEntry(await buildAgreement(consortium()), "word/document.xml"));
    const text = paras.join("\n");
    expect(text).not.toMatch(/XX|\{\{/);
    expect(paras).toContain("对外联络地址：＿＿＿＿，＿＿＿＿成立联合体办公室");
    expect(text).toContain("联合体参加单位共13个。其中企业8个，科研单位和大专院校4个，其他单位1个。");
    const form = paragraphs(readEntry(await buildFilingForm(consortium()), "word/document.xml"));
    expect(form).toContain("联合体名称");
    expect(form).toContain("其他成员单位：吉林省碳纤维行业协会");
    expect(form).toContain("联合体协议");
    expect(after(form, "生效时间")).toBe("    年   月   日");
  });
});

describe("helpers", () => {
  it("fill replaces placeholders and throws on a missing value", () => {
    expect(fill("吉林省{{industry}}产业{{ n }}个", { industry: "氢能", n: 3 })).toBe("吉林省氢能产业3个");
    expect(() => fill("联盟由{{founders}}等单位发起", {})).toThrow(MissingPlaceholderError);
    expect(() => fill("{{a}}", { b: "x" })).toThrow(/\{\{a\}\}/);
    expect(() => fill("{{ 中文 }}", {})).toThrow(/Malformed/);
    // values are inserted verbatim, not re-scanned
    expect(fill("{{a}}", { a: "{{b}}" })).toBe("{{b}}");
  });

  it("formats dates as 2026年7月1日 in Asia/Shanghai", () => {
    expect(formatDateCN(new Date("2026-07-01"))).toBe("2026年7月1日");
    expect(formatDateCN(new Date("2026-06-30T16:30:00Z"))).toBe("2026年7月1日");
    expect(formatDateCN(new Date("2026-12-31T00:00:00+08:00"))).toBe("2026年12月31日");
  });

  it("derives the industry word from the full name", () => {
    expect(industryWord({ name: "吉林省氢能产业科技创新联盟", industryShort: null, industryName: "新能源" })).toBe("氢能");
    expect(industryWord({ name: "吉林省现代种业产业科技创新联合体", industryShort: "种业", industryName: "新农业" })).toBe("现代种业");
    expect(industryWord({ name: "长白山冰雪联盟", industryShort: "冰雪", industryName: "新旅游" })).toBe("冰雪");
    expect(industryWord({ name: "长白山联盟", industryShort: null, industryName: "新旅游" })).toBe("新旅游");
  });

  it("produces the same document body for the same input", async () => {
    const a = readEntry(await buildAgreement(fixture()), "word/document.xml");
    const b = readEntry(await buildAgreement(fixture()), "word/document.xml");
    expect(a).toBe(b);
    expect([...unzip(docs.form.buf).keys()]).toContain("word/footer1.xml");
  });
});
