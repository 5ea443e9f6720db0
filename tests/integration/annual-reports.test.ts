import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { findAllianceReports, findReportTasks, openReport, saveReportDraft, submitReport } from "@/lib/assessment/reports";
import { getEvidenceForDownload, removeEvidence, uploadEvidence } from "@/lib/assessment/report-evidence";
import { sendReportReminders } from "@/lib/assessment/reminders";
import { ZReportDraftInput } from "@/lib/validation/assessment";
import { fieldErrorsOf } from "@/lib/actions/safe-action";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { codeOf, outcomeOf } from "../helpers/errors";
import { fixtures } from "../helpers/fixture-files";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
let f: FiledFixture, g: FiledFixture;
let reportId: string;

const defJson = { indicators: DEFAULT_SCHEME.indicators as unknown as Prisma.InputJsonValue, gradeBands: DEFAULT_SCHEME.gradeBands };
const scheme = (year: number, reportDue: Date, status: "DRAFT" | "PUBLISHED" = "PUBLISHED") =>
  t.prisma().assessmentScheme.create({
    data: {
      year,
      title: `${year}年度考核方案`,
      reportDue,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      createdById: f.center.id,
      ...defJson,
    },
  });
const versionOf = async (id = reportId) => (await t.prisma().annualReport.findUniqueOrThrow({ where: { id } })).version;
const FULL = { JOINT_PROJECTS: 2, PATENTS_STANDARDS: 4, TECH_TRANSFER: 1, ACTIVITIES: 99, RND_INPUT: 1200.5, TALENT_EXCHANGE: 18 };

beforeAll(async () => {
  f = await createFiledAlliance(t.prisma());
  // Filed in 2024, so the 2025 scheme (default cut-off 1 January 2025) covers it (issue 17 item 4).
  g = await createFiledAlliance(t.prisma(), { filedAt: new Date("2024-03-01T02:00:00Z") });
  await scheme(2026, new Date("2099-03-31T15:59:59.999Z"));
  await scheme(2025, new Date("2021-03-31T15:59:59.999Z"));
  await scheme(2027, new Date("2099-03-31T15:59:59.999Z"), "DRAFT");
  // Three activities held in 2026 and one in 2025: the 2026 report counts three (八（一）).
  for (const day of ["2026-01-05", "2026-06-30", "2026-12-31", "2025-12-31"]) {
    await t.prisma().activity.create({ data: { allianceId: f.allianceId, kind: "技术交流", title: `活动${day}`, heldOn: new Date(`${day}T00:00:00Z`) } });
  }
});

describe("opening a report", () => {
  it("creates the filer's draft on first open, with counted figures, and hides it from other enterprises", async () => {
    const page = await openReport(f.filer, f.allianceId, 2026);
    expect(page.report?.status).toBe("DRAFT");
    expect(page.editable).toBe(true);
    expect(page.counts).toEqual({ activities: 3, projects: 0 });
    reportId = page.report!.id;
    expect((await openReport(f.filer, f.allianceId, 2026)).report?.id).toBe(reportId);

    expect(await codeOf(openReport(f.outsider, f.allianceId, 2026))).toBe("NOT_FOUND");
    expect(await codeOf(openReport(g.filer, f.allianceId, 2026))).toBe("NOT_FOUND");
    expect(await codeOf(openReport(f.filer, f.allianceId, 2027))).toBe("NOT_FOUND"); // a draft scheme is not open
    expect(await t.prisma().annualReport.count({ where: { allianceId: f.allianceId } })).toBe(1);
  });

  it("shows staff in scope a read-only report, without creating one", async () => {
    const staff = await openReport(f.center, f.allianceId, 2026);
    expect(staff).toMatchObject({ isOwner: false, editable: false });
    expect(staff.report?.id).toBe(reportId);
    const none = await openReport(g.center, g.allianceId, 2026);
    expect(none.report).toBeNull();
  });
});

describe("drafts", () => {
  it("saves what was typed with the loaded version, counts the counted figure itself, and refuses a stale version", async () => {
    const v = await versionOf();
    const r = await saveReportDraft(
      f.filer,
      ZReportDraftInput.parse({
        reportId,
        version: v,
        figures: { PATENTS_STANDARDS: 3, ACTIVITIES: 99, GOVERNANCE: 100, JOINT_PROJECTS: null },
        narrative: "上半年",
        nextYearPlan: "",
      }),
    );
    expect(r.version).toBe(v + 1);
    const row = await t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(row.figures).toEqual({ PATENTS_STANDARDS: 3, ACTIVITIES: 3 });
    expect(row.narrative).toBe("上半年");

    const stale = await outcomeOf(
      saveReportDraft(f.filer, ZReportDraftInput.parse({ reportId, version: v, figures: {}, narrative: "覆盖", nextYearPlan: "" })),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(stale.messages[0]).toContain("请刷新");
    expect((await t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportId } })).narrative).toBe("上半年");
    expect(await t.prisma().auditEvent.count({ where: { action: "report.draft_saved", entityId: reportId } })).toBe(1);
  });

  it("refuses another enterprise's filer and staff as not found", async () => {
    const v = await versionOf();
    const draft = ZReportDraftInput.parse({ reportId, version: v, figures: {}, narrative: "篡改", nextYearPlan: "" });
    expect(await codeOf(saveReportDraft(f.outsider, draft))).toBe("NOT_FOUND");
    expect(await codeOf(saveReportDraft(g.filer, draft))).toBe("NOT_FOUND");
    expect(await codeOf(saveReportDraft(f.center, draft))).toBe("NOT_FOUND");
    expect(await codeOf(submitReport(g.filer, { reportId, version: v }))).toBe("NOT_FOUND");
  });

  it("limits the summary to 3000 and the plan to 2000 characters", () => {
    const r = ZReportDraftInput.safeParse({ reportId, version: 0, figures: { A: -1 }, narrative: "总".repeat(3001), nextYearPlan: "计".repeat(2001) });
    const e = fieldErrorsOf(r.error!);
    expect(e.narrative).toEqual(["年度工作总结不超过 3000 字"]);
    expect(e.nextYearPlan).toEqual(["下一年度工作计划不超过 2000 字"]);
    expect(e["figures.A"]).toEqual(["请填写不小于 0 的数字"]);
    expect(ZReportDraftInput.safeParse({ reportId, version: 0, figures: {}, narrative: "总".repeat(3000), nextYearPlan: "" }).success).toBe(true);
  });
});

describe("evidence", () => {
  let versionId: string;
  it("stores a checked file, lists it, and lets only those who see the alliance download it", async () => {
    const up = await uploadEvidence(f.filer, { reportId, fileName: "专利证书汇编.pdf", bytes: fixtures.pdf() });
    versionId = up.versionId;
    expect(up.fileName).toBe("专利证书汇编.pdf");
    expect((await openReport(f.filer, f.allianceId, 2026)).evidence.map((e) => e.fileName)).toEqual(["专利证书汇编.pdf"]);
    expect((await getEvidenceForDownload(f.filer, reportId, versionId)).bytes.equals(fixtures.pdf())).toBe(true);
    expect((await getEvidenceForDownload(f.center, reportId, versionId)).bytes.equals(fixtures.pdf())).toBe(true);
    expect(await codeOf(getEvidenceForDownload(f.outsider, reportId, versionId))).toBe("NOT_FOUND");
    expect(await codeOf(getEvidenceForDownload(g.filer, reportId, versionId))).toBe("NOT_FOUND");
    // Evidence is the report's, not the filing's: it never appears among the alliance's attachments.
    expect(await t.prisma().document.count({ where: { allianceId: f.allianceId } })).toBe(0);
    expect(await t.prisma().auditEvent.count({ where: { action: "report.evidence_uploaded", entityId: reportId } })).toBe(1);
  });

  it("refuses a disguised file and another enterprise's upload", async () => {
    expect(await outcomeOf(uploadEvidence(f.filer, { reportId, fileName: "x.pdf", bytes: fixtures.exe() }))).toMatchObject({ code: "INVALID_INPUT" });
    expect(await codeOf(uploadEvidence(g.filer, { reportId, fileName: "x.pdf", bytes: fixtures.pdf() }))).toBe("NOT_FOUND");
  });

  it("removes a file from a draft", async () => {
    const up = await uploadEvidence(f.filer, { reportId, fileName: "多余.docx", bytes: fixtures.docx() });
    expect(await codeOf(removeEvidence(g.filer, { reportId, documentId: up.documentId }))).toBe("NOT_FOUND");
    await removeEvidence(f.filer, { reportId, documentId: up.documentId });
    expect((await openReport(f.filer, f.allianceId, 2026)).evidence).toHaveLength(1);
  });
});

describe("submission", () => {
  it("names every missing figure and text", async () => {
    const r = await outcomeOf(submitReport(f.filer, { reportId, version: await versionOf() }));
    expect(r.code).toBe("INVALID_INPUT");
    expect(r.messages).toEqual([
      "「联合攻关项目」请填写不小于 0 的数字",
      "「成果转移转化」请填写不小于 0 的数字",
      "「成员研发投入」请填写不小于 0 的数字",
      "「人才交流」请填写不小于 0 的数字",
      "请填写下一年度工作计划",
    ]);
    expect((await t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe("DRAFT");
  });

  it("refuses a submission after the due date, showing the date", async () => {
    const late = await openReport(g.filer, g.allianceId, 2025);
    expect(late.pastDue).toBe(true);
    const id = late.report!.id;
    await saveReportDraft(g.filer, ZReportDraftInput.parse({ reportId: id, version: 0, figures: FULL, narrative: "总结", nextYearPlan: "计划" }));
    const r = await outcomeOf(submitReport(g.filer, { reportId: id, version: 1 }));
    expect(r.code).toBe("FORBIDDEN");
    expect(r.messages[0]).toContain("截止日期为 2021-03-31");
  });

  it("submits a complete report on time, tells the center, and then it is read-only", async () => {
    const v1 = await versionOf();
    await saveReportDraft(
      f.filer,
      ZReportDraftInput.parse({ reportId, version: v1, figures: FULL, narrative: "全年组织联合攻关两项。", nextYearPlan: "继续推进。" }),
    );
    expect(await codeOf(submitReport(f.filer, { reportId, version: v1 }))).toBe("CONFLICT");
    await submitReport(f.filer, { reportId, version: v1 + 1 });
    const row = await t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedById).toBe(f.filer.id);
    expect(row.figures).toEqual({ ...FULL, ACTIVITIES: 3 });
    const notes = await t.prisma().notification.findMany({ where: { kind: "report.submitted" } });
    expect(new Set(notes.map((n) => n.userId))).toEqual(new Set([f.center.id, g.center.id]));

    const v = row.version;
    const again = await outcomeOf(
      saveReportDraft(f.filer, ZReportDraftInput.parse({ reportId, version: v, figures: FULL, narrative: "改", nextYearPlan: "改" })),
    );
    expect(again).toEqual({ code: "FORBIDDEN", messages: ["年度报告已提交，不能再修改"] });
    expect(await codeOf(submitReport(f.filer, { reportId, version: v }))).toBe("FORBIDDEN");
    expect(await codeOf(uploadEvidence(f.filer, { reportId, fileName: "晚到.pdf", bytes: fixtures.pdf() }))).toBe("FORBIDDEN");
    expect((await openReport(f.filer, f.allianceId, 2026)).editable).toBe(false);
  });

  it("lists the filer's tasks and the alliance's years with only published results", async () => {
    const tasks = await findReportTasks(f.filer, new Date("2099-03-21T00:00:00Z"));
    expect(tasks.map((x) => [x.year, x.status, x.daysLeft < 0 ? "overdue" : x.daysLeft])).toEqual([
      [2026, "SUBMITTED", 10],
      [2025, "NONE", "overdue"],
    ]);
    expect(await findReportTasks(f.center)).toEqual([]);
    await t.prisma().assessment.create({ data: { reportId, allianceId: f.allianceId, year: 2026, score: "82.50", grade: "GOOD", assessorId: f.center.id } });
    expect((await findAllianceReports(f.filer, f.allianceId)).find((r) => r.year === 2026)?.result).toBeNull();
    await t.prisma().assessment.update({ where: { reportId }, data: { publishedAt: new Date() } });
    const rows = await findAllianceReports(f.center, f.allianceId);
    expect(rows.map((r) => [r.year, r.status, r.result?.grade ?? null, r.result?.score ?? null])).toEqual([
      [2026, "SUBMITTED", "GOOD", 82.5],
      [2025, "NONE", null, null],
    ]);
    expect(await codeOf(findAllianceReports(f.outsider, f.allianceId))).toBe("NOT_FOUND");
  });
});

describe("reminders before the due date", () => {
  it("reminds each alliance without a submitted report once per threshold", async () => {
    const due = new Date("2031-03-31T15:59:59.999Z");
    const s = await scheme(2030, due);
    await t
      .prisma()
      .annualReport.create({ data: { allianceId: g.allianceId, schemeId: s.id, year: 2030, figures: {}, status: "SUBMITTED", submittedAt: new Date() } });
    const at = (hoursBefore: number) => new Date(due.getTime() - hoursBefore * 3_600_000);

    expect(await sendReportReminders(at(8 * 24 + 1))).toBe(0); // not yet within 7 days
    expect(await sendReportReminders(at(6 * 24))).toBe(1); // f only: g has submitted
    expect(await sendReportReminders(at(5 * 24))).toBe(0);
    expect(await sendReportReminders(at(12))).toBe(1);
    expect(await sendReportReminders(at(11))).toBe(0);
    expect(await sendReportReminders(new Date(due.getTime() + 1))).toBe(0); // past due: nothing

    const notes = await t.prisma().notification.findMany({ where: { kind: "report.due_soon" }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => n.userId)).toEqual([f.filer.id, f.filer.id]);
    expect(notes[0]!.title).toBe(`2030年度报告将于2031-03-31截止提交：${(await t.prisma().alliance.findUniqueOrThrow({ where: { id: f.allianceId } })).name}`);
    const audits = await t.prisma().auditEvent.findMany({ where: { action: "reminders.sent", entityId: s.id } });
    expect(audits.map((a) => (a.summary as { threshold: number; count: number }).threshold).sort()).toEqual([1, 7]);
  });
});
