// Every generated document rendered through LibreOffice to PDF (once per run, one LibreOffice start)
// and judged on the printed page: 28 characters a body line, labels whole, no heading left at a page's
// foot, page numbers at the outside corners, no localhost and no undefined/null/NaN. PNGs of every page
// are kept under test-results/documents/ to look at.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAgreement, buildCharter, buildFilingCertificate, buildFilingForm, buildMeetingPacket, type MeetingPacketItem } from "@/lib/documents";
import { kindWording } from "@/lib/documents/derive";
import { RULE_META } from "@/lib/rules/meta";
import type { RuleId } from "@/lib/rules/types";
import { FORM_TEMPLATE } from "@/templates/annex1-form";
import { CERTIFICATE_TEMPLATE } from "@/templates/certificate";
import { MEETING_PACKET_TEMPLATE } from "@/templates/meeting-packet";
import { buildMemberTemplate } from "@/lib/members/member-sheet";
import { bodyLines, fullLines, hasCalc, hasSoffice, pageNumber, renderAll, type Rendered } from "../helpers/rendered-pdf";
import { CERTIFICATE, fixture } from "./documents-fixture";

const AVAILABLE = hasSoffice();
const CALC = AVAILABLE && hasCalc();
if (AVAILABLE && !CALC)
  console.warn("documents-render: LibreOffice Calc not installed, the member template's print test skipped (apt-get install -y libreoffice-calc-nogui)");
if (!AVAILABLE)
  console.warn(
    "documents-render: LibreOffice (soffice) not found, rendering tests skipped. Install: apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk",
  );

const RULE_IDS: RuleId[] = ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R13"];
const rules = (warn: RuleId[] = []): MeetingPacketItem["rules"] =>
  RULE_IDS.map((id) => ({
    id,
    title: RULE_META[id].title,
    clause: RULE_META[id].clause,
    status: warn.includes(id) ? "warn" : "pass",
    message: warn.includes(id) ? "理事单位占成员总数比例偏离三分之一较多，请说明" : "符合要求",
  }));

const item = (n: number, over: Partial<MeetingPacketItem> = {}): MeetingPacketItem => ({
  allianceName: ["吉林省氢能产业科技创新联盟", "吉林省碳纤维产业科技创新联合体", "吉林省冰雪装备产业科技创新联盟"][n]!,
  industryName: ["新能源", "新材料", "新装备"][n]!,
  subField: ["氢能", "碳纤维及复合材料", "冰雪装备"][n]!,
  leadUnit: ["吉林省氢源能源科技股份有限公司", "吉林化纤集团有限责任公司", "长春冰雪装备制造有限公司"][n]!,
  versionNo: n + 1,
  submittedAt: new Date(`2026-07-0${n + 2}T02:00:00Z`),
  memberTotals: { total: 12 + n, enterprises: 8 + n, universities: 2, institutes: 2, others: 0 },
  innovationGoal: "围绕产业链关键环节开展联合攻关，三年内建成中试平台2个，制定团体标准3项，转化科技成果10项以上。\n建立成员单位人才交流和共享机制。",
  rules: rules(n === 1 ? ["R5"] : []),
  opinions: [
    {
      stage: "处室审核（第1版）",
      decision: n === 1 ? "退回修改" : "通过",
      opinion: n === 1 ? "成员名单与协议不一致，请核对后重新提交。" : "该联盟组建必要，技术路线可行，同意提交厅务会审议。",
      unit: "高新技术发展及产业化处",
      reviewer: "李明",
      date: new Date("2026-07-10"),
    },
    {
      stage: "组织形式审核（第1版）",
      decision: "通过",
      opinion: "组织形式符合要求。",
      unit: "吉林省科技创新研究院",
      reviewer: "赵强",
      date: new Date("2026-07-25"),
    },
  ],
  changesSinceReturn: n === 1 ? ["成员名单新增吉林省碳纤维行业协会", "技术创新目标补充量化指标"] : null,
  ...over,
});

const FILED_REVIEWS = {
  division: { opinion: "该联盟组建必要，成员单位覆盖产业链上下游，技术路线可行，同意推荐。", unit: "高新技术发展及产业化处", date: new Date("2026-07-15") },
  form: { opinion: "组织形式符合《实施方案》六（二）要求，同意备案。", unit: "吉林省科技创新研究院", date: new Date("2026-07-28") },
};

const docs = new Map<string, Rendered>();

describe.skipIf(!AVAILABLE)("generated documents rendered by LibreOffice", () => {
  beforeAll(async () => {
    const t0 = performance.now();
    const files = [
      { name: "annex1-draft", bytes: await buildFilingForm(fixture({ reviews: undefined, agreementEffectiveOn: null })) },
      { name: "annex1-filed", bytes: await buildFilingForm(fixture({ reviews: FILED_REVIEWS })) },
      { name: "annex2", bytes: await buildCharter(fixture()) },
      { name: "annex3", bytes: await buildAgreement(fixture()) },
      { name: "certificate", bytes: await buildFilingCertificate(CERTIFICATE) },
      { name: "certificate-no-address", bytes: await buildFilingCertificate({ ...CERTIFICATE, publicBaseUrl: "http://localhost:3100" }) },
      {
        name: "meeting-packet",
        bytes: await buildMeetingPacket({
          sessionNo: "2026年第12次",
          title: "重点产业科技创新联盟备案审议",
          heldOn: new Date("2026-08-05"),
          preparedBy: "张秘书",
          preparedAt: new Date("2026-07-30"),
          items: [item(0), item(1), item(2)],
        }),
      },
      ...(CALC ? [{ name: "member-template", bytes: await buildMemberTemplate(), ext: "xlsx" as const }] : []),
    ];
    for (const [k, v] of await renderAll(files)) docs.set(k, v);
    const summary = [...docs.values()].map((d) => `${d.name}: ${d.pages.length} 页`).join("，");
    console.log(`documents-render: ${summary}（${((performance.now() - t0) / 1000).toFixed(1)} s, PNG in test-results/documents/）`);
  }, 240_000);

  const doc = (name: string) => {
    const d = docs.get(name);
    if (!d) throw new Error(`${name} was not rendered`);
    return d;
  };
  const text = (name: string) => doc(name).pages.join("\n");
  const WORD_DOCS = ["annex1-draft", "annex1-filed", "annex2", "annex3", "certificate", "certificate-no-address", "meeting-packet"];

  it("sets body lines of 附件2 and 附件3 at 28 characters (±1)", () => {
    for (const name of ["annex2", "annex3"]) {
      // 附件3 ends with 第十六条 and one signature block per member: short lines, not body text.
      const all = doc(name).pages;
      const end = all.findIndex((p) => p.includes("第十六条"));
      const pages = end < 0 ? all : [...all.slice(0, end), all[end]!.split("第十六条")[0]!];
      const lines = pages.flatMap(fullLines);
      expect(lines.length, name).toBeGreaterThan(40);
      const off = lines.filter((l) => l.cells < 27 || l.cells > 29);
      expect(off, `${name}: lines not 28 characters`).toEqual([]);
    }
  });

  it("keeps every 附件1 label whole (broken only where the model table breaks it)", () => {
    const labels = Object.values(FORM_TEMPLATE.labels).flatMap((l) => kindWording(l, "ALLIANCE").split("\n"));
    const columns = ["单位名称", "是否属于", "国内十强", "省内十强", "学科优势", "学科带头人"];
    for (const name of ["annex1-draft", "annex1-filed"]) {
      const lines = doc(name)
        .pages.flatMap((p) => p.split("\n"))
        .map((l) => l.replace(/\s+/g, ""));
      for (const l of [...labels, ...columns])
        expect(
          lines.some((x) => x.includes(l)),
          `${name}: ${l}`,
        ).toBe(true);
      // The phone number never breaks at its hyphen; the title breaks between the name and 申报（备案）表.
      expect(lines.some((x) => x.includes("0431-85556677"))).toBe(true);
      expect(lines).toContain("吉林省氢能产业科技创新联盟");
      expect(lines).toContain("申报（备案）表");
    }
    const packet = doc("meeting-packet")
      .pages.flatMap((p) => p.split("\n"))
      .map((l) => l.replace(/\s+/g, ""));
    for (const c of [...MEETING_PACKET_TEMPLATE.agenda.columns, ...MEETING_PACKET_TEMPLATE.rules.columns])
      expect(
        packet.some((x) => x.includes(c)),
        c,
      ).toBe(true);
    expect(text("certificate").replace(/ +/g, "")).toContain(CERTIFICATE_TEMPLATE.issuer);
  });

  it("ends no page with a heading", () => {
    const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+章|\d+、\S{1,24}$|\d+\.\S|企业情况$|科教单位情况$)/;
    for (const name of WORD_DOCS) {
      doc(name).pages.forEach((page, i) => {
        const last = bodyLines(page).at(-1)?.trim() ?? "";
        expect(HEADING.test(last), `${name} page ${i + 1} ends with “${last}”`).toBe(false);
      });
    }
  });

  it("puts page numbers — n — at the outside corners: odd pages right, even pages left", () => {
    for (const name of WORD_DOCS) {
      const pages = doc(name).pages;
      pages.forEach((page, i) => {
        const n = pageNumber(page);
        expect(n?.no, `${name} page ${i + 1}`).toBe(i + 1);
        // Odd: at the right edge of the text (pdftotext places text by position); even: at the left margin.
        const widest = Math.max(...page.split("\n").map((l) => l.trimEnd().length));
        if ((i + 1) % 2 === 1) expect(n!.column, `${name} page ${i + 1}`).toBeGreaterThan(widest / 2);
        else expect(n!.column, `${name} page ${i + 1}`).toBeLessThan(4);
      });
    }
    expect(doc("annex3").pages.length).toBeGreaterThan(3);
  });

  it("prints no localhost, undefined, null or NaN anywhere", () => {
    for (const name of [...WORD_DOCS, ...(CALC ? ["member-template"] : [])])
      expect(text(name), name).not.toMatch(/localhost|127\.0\.0\.1|undefined|\bnull\b|NaN/);
  });

  it("fills 附件1 四 and 五 from the recorded opinions for a filed alliance, and leaves them blank in a draft", () => {
    const filed = text("annex1-filed").replace(/ +/g, "");
    for (const s of ["同意推荐。", "高新技术发展及产业化处", "2026年7月15日", "同意备案。", "吉林省科技创新研究院", "2026年7月28日"])
      expect(filed).toContain(s);
    const draft = text("annex1-draft").replace(/ +/g, "");
    expect(draft).not.toContain("同意推荐");
    expect(draft).toMatch(/年月日/);
  });

  it("gives the certificate its verification code and page beside the QR code, or neither address nor QR without a public one", () => {
    const t = text("certificate").replace(/ +/g, "");
    expect(t).toContain("验证码：K7Q2-9MPD");
    expect(t).toContain("https://portal.example.cn/public/verify");
    expect(doc("certificate").pages).toHaveLength(1);
    const bare = text("certificate-no-address").replace(/ +/g, "");
    expect(bare).toContain("验证码：K7Q2-9MPD");
    expect(bare).not.toMatch(/http/);
  });

  it("numbers the meeting packet 一、 → （一） → 1. and prints each filing's rules and opinions", () => {
    const t = text("meeting-packet").replace(/ +/g, "");
    const order = [
      "一、审议事项一览",
      "二、吉林省氢能产业科技创新联盟",
      "（一）基本情况",
      "（二）政策符合性检查",
      "（三）审核意见",
      "1.【处室审核（第1版）】通过",
      "三、吉林省碳纤维产业科技创新联合体",
      "四、吉林省冰雪装备产业科技创新联盟",
    ].map((s) => t.indexOf(s));
    expect(
      order.every((i) => i >= 0),
      String(order),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(t).not.toContain("暂无政策符合性检查结果");
    expect(t).not.toMatch(/第\s+\d+\s+版/);
    // Each filing starts a page, and its decision box is never split from its rows.
    expect(doc("meeting-packet").pages.length).toBeGreaterThanOrEqual(4);
    for (const page of doc("meeting-packet").pages) {
      if (page.includes("厅务会审议记录")) expect(page).toContain("记录人");
    }
  });

  it.skipIf(!CALC)("prints the member-import template landscape, all columns on one page wide", async () => {
    const pages = doc("member-template").pages;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildMemberTemplate()) as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean).map(String);
    expect(headers).toHaveLength(12);
    // One page wide: every column's header on the first page (three columns a page before).
    const first = pages[0]!.replace(/\s+/g, "");
    for (const h of headers) expect(first, h).toContain(h.replace(/\s+/g, "").slice(0, 4));
  });
});
