// The data path behind the generated documents: 附件1 四/五 from the recorded opinions, for whom,
// and the demo seed's rule reports (built by the submission's own check, not left empty).
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { AppError } from "@/lib/errors/app-error";
import { generateDocument } from "@/lib/filing/generated-documents";
import { filingCertificate } from "@/lib/review/certificate";
import { meetingPacket } from "@/lib/meetings/packet";
import { ZRuleReport } from "@/lib/rules/schema";
import { generatedResponse } from "@/lib/documents/pdf/respond";
import { resetEnvCache } from "@/lib/env";
import { paragraphs, readEntry } from "../helpers/docx-text";
import { useTestDatabase } from "../helpers/test-db";

const t = useTestDatabase();
const users = new Map<string, SessionUser>();
const as = (username: string) => users.get(username)!;
const textOf = (bytes: Buffer) => paragraphs(readEntry(bytes, "word/document.xml")).join("\n");

beforeAll(async () => {
  await seedDemoIfEmpty(t.prisma());
  for (const u of await t.prisma().user.findMany()) users.set(u.username, { ...u, mustChangePassword: false, mustEnrollTotp: false, ip: null, locale: null });
}, 120_000);

async function filedHydrogen() {
  return t.prisma().alliance.findFirstOrThrow({ where: { name: "吉林省氢能产业科技创新联盟" }, include: { filing: true } });
}

describe("附件1 四 and 五 from the recorded opinions", () => {
  it("fills each box with the stage's passing opinion, its unit and date, for the institute and the division", async () => {
    const a = await filedHydrogen();
    const opinions = await t
      .prisma()
      .reviewOpinion.findMany({ where: { allianceId: a.id, decision: "PASS", stage: { in: ["DIVISION", "FORM"] } }, orderBy: { createdAt: "desc" } });
    const division = opinions.find((o) => o.stage === "DIVISION");
    const form = opinions.find((o) => o.stage === "FORM");
    expect(division && form).toBeTruthy();
    for (const who of ["officer", "secretary", "center"]) {
      const text = textOf((await generateDocument(as(who), a.id, "annex1")).bytes);
      for (const o of [division!, form!]) {
        expect(text, who).toContain(o.opinion.trim().split("\n")[0]!);
        expect(text, who).toContain(o.reviewUnit);
      }
    }
  });

  it("never shows a filer an opinion marked internal, but keeps the unit and date", async () => {
    const a = await filedHydrogen();
    const o = await t
      .prisma()
      .reviewOpinion.findFirstOrThrow({ where: { allianceId: a.id, stage: "DIVISION", decision: "PASS" }, orderBy: { createdAt: "desc" } });
    await t.prisma().reviewOpinion.update({ where: { id: o.id }, data: { internal: true, opinion: "内部意见：仅供处室参考。" } });
    try {
      const filer = textOf((await generateDocument(as("filer3"), a.id, "annex1")).bytes);
      expect(filer).not.toContain("内部意见");
      expect(filer).toContain("审核通过（审核意见由审核部门存档）。");
      expect(filer).toContain(o.reviewUnit);
      expect(textOf((await generateDocument(as("officer"), a.id, "annex1")).bytes)).toContain("内部意见：仅供处室参考。");
    } finally {
      await t.prisma().reviewOpinion.update({ where: { id: o.id }, data: { internal: o.internal, opinion: o.opinion } });
    }
  });

  it("is not found for those who may not see the alliance (administrators, another filer)", async () => {
    const a = await filedHydrogen();
    for (const who of ["sysadmin", "auditor", "filer"]) {
      await expect(generateDocument(as(who), a.id, "annex1"), who).rejects.toSatisfy((e) => AppError.is(e, "NOT_FOUND"));
    }
  });
});

describe("PDF downloads", () => {
  it("answer ?format=pdf without LibreOffice with 503 and a Chinese message, and still serve the .docx", async () => {
    process.env.SOFFICE_PATH = "/nonexistent/soffice";
    resetEnvCache();
    const file = await generateDocument(as("officer"), (await filedHydrogen()).id, "annex1");
    const pdf = await generatedResponse(new Request("http://portal.test/api/x?format=pdf"), file);
    expect(pdf.status).toBe(503);
    expect(pdf.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await pdf.text()).toContain("未安装 PDF 转换组件");
    const docx = await generatedResponse(new Request("http://portal.test/api/x"), file);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.headers.get("content-disposition")).toContain(".docx");
  });
});

describe("the certificate's address", () => {
  it("prints the verification page and a QR code with a public address, neither with localhost", async () => {
    const a = await filedHydrogen();
    const withAddress = await filingCertificate(as("officer"), a.id, "https://kjt.jl.gov.cn/lianmeng");
    expect(textOf(withAddress.bytes)).toContain("https://kjt.jl.gov.cn/lianmeng/public/verify");
    const without = await filingCertificate(as("officer"), a.id, null);
    expect(textOf(without.bytes)).not.toMatch(/http|localhost/);
    expect(textOf(without.bytes)).toContain(`验证码：${a.filing!.verificationCode}`);
  });
});

describe("demo seed rule reports", () => {
  it("stores for every submitted version the report the submission's rules give, never an empty one", async () => {
    const versions = await t.prisma().applicationVersion.findMany({ select: { ruleReport: true, alliance: { select: { name: true } } } });
    expect(versions.length).toBeGreaterThan(3);
    for (const v of versions) {
      const report = ZRuleReport.parse(v.ruleReport);
      expect(report.length, v.alliance.name).toBeGreaterThanOrEqual(10);
      expect(new Set(report.map((r) => r.id)), v.alliance.name).toContain("R1");
    }
  });

  it("reaches the meeting packet: a filing waiting for the meeting has its policy check", async () => {
    // The demo has filings waiting for the meeting but no meeting yet: the secretary's agenda of them.
    const waiting = await t.prisma().alliance.findMany({ where: { state: "MEETING" }, select: { id: true, currentVersionNo: true } });
    expect(waiting.length).toBeGreaterThan(0);
    const meeting = await t.prisma().meeting.create({
      data: {
        sessionNo: "2026年第9次",
        title: "重点产业科技创新联盟备案审议",
        createdById: as("secretary").id,
        decisions: { create: waiting.map((a) => ({ allianceId: a.id, versionNo: a.currentVersionNo })) },
      },
    });
    const text = textOf((await meetingPacket(as("secretary"), meeting.id)).bytes);
    expect(text).not.toContain("暂无政策符合性检查结果");
    expect(text).toMatch(/共检查\d+项：符合\d+项/);
    expect(text).not.toMatch(/第 \d+ 版/);
  });
});
