// Issue #17 item 5 (《实施方案》八（四））: the service center returns a handed-in annual report with comments on
// figures or evidence and a new due day; the filer corrects it and hands it in again as version 2; the center
// sees what changed; the due day, the filer's task list and the reminders follow the return.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { findAllianceReports, findReportTasks, openReport, saveReportDraft, submitReport } from "@/lib/assessment/reports";
import { removeEvidence, uploadEvidence } from "@/lib/assessment/report-evidence";
import { saveAssessment } from "@/lib/assessment/assess";
import { findReportHistory, returnReport } from "@/lib/assessment/report-return";
import { sendReturnReminders } from "@/lib/assessment/return-reminders";
import { sendReportReminders } from "@/lib/assessment/reminders";
import { ZReportDraftInput } from "@/lib/validation/assessment";
import { ZReportReturnInput } from "@/lib/validation/report-return";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";
import { fixtures } from "../helpers/fixture-files";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
const china = (local: string) => new Date(`${local}+08:00`);
const FULL = { JOINT_PROJECTS: 2, PATENTS_STANDARDS: 4, TECH_TRANSFER: 1, RND_INPUT: 1200.5, TALENT_EXCHANGE: 18 };
// The clock of this story: handed in on 10 March 2026, returned on 16 March, corrected on 25 March.
const SUBMITTED = china("2026-03-10T10:00:00");
const RETURNED = china("2026-03-16T09:00:00");

let f: FiledFixture, g: FiledFixture;
let reportId: string, evidenceId: string;
const row = () => t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportId } });

beforeAll(async () => {
  // Filed in 2024, so the 2025 scheme (default cut-off 1 January 2025) covers it (issue 17 item 4).
  f = await createFiledAlliance(t.prisma(), { filedAt: new Date("2024-03-01T02:00:00Z") });
  g = await createFiledAlliance(t.prisma());
  await t.prisma().assessmentScheme.create({
    data: {
      year: 2025,
      title: "2025年度考核方案",
      reportDue: china("2026-03-31T23:59:59.999"),
      status: "PUBLISHED",
      publishedAt: china("2026-01-05T09:00:00"),
      createdById: f.center.id,
      indicators: DEFAULT_SCHEME.indicators as unknown as Prisma.InputJsonValue,
      gradeBands: DEFAULT_SCHEME.gradeBands,
    },
  });
  reportId = (await openReport(f.filer, f.allianceId, 2025, SUBMITTED)).report!.id;
  await saveReportDraft(
    f.filer,
    ZReportDraftInput.parse({ reportId, version: (await row()).version, figures: FULL, narrative: "全年开展联合攻关 2 项", nextYearPlan: "推进成果转化" }),
  );
  evidenceId = (await uploadEvidence(f.filer, { reportId, fileName: "专利证书.pdf", bytes: fixtures.pdf() })).documentId;
  await submitReport(f.filer, { reportId, version: (await row()).version }, SUBMITTED);
});

const returnInput = async (over: Partial<Record<string, unknown>> = {}) =>
  ZReportReturnInput.parse({
    reportId,
    version: (await row()).version,
    comment: "专利和标准数量与佐证材料不一致，请核对后更正",
    items: [
      { target: "figures.PATENTS_STANDARDS", comment: "佐证材料只有 2 件专利证书" },
      { target: "evidence", comment: "请补充标准文本" },
    ],
    correctionDue: "2026-04-10",
    ...over,
  });

describe("the first hand-in", () => {
  it("is frozen as version 1 with its evidence", async () => {
    const subs = await t.prisma().annualReportSubmission.findMany({ where: { reportId } });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ versionNo: 1, narrative: "全年开展联合攻关 2 项", figures: expect.objectContaining({ PATENTS_STANDARDS: 4 }) });
    expect(subs[0]!.evidence).toEqual([expect.objectContaining({ documentId: evidenceId, fileName: "专利证书.pdf" })]);
  });
});

describe("the service center returns it", () => {
  it("refuses anyone but the center, a due day not after today, an indicator the scheme lacks and a stale page", async () => {
    expect((await outcomeOf(returnReport(f.filer, await returnInput(), RETURNED))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(returnReport(f.outsider, await returnInput(), RETURNED))).code).toBe("FORBIDDEN");
    const past = await outcomeOf(returnReport(f.center, await returnInput({ correctionDue: "2026-03-16" }), RETURNED));
    expect(past).toEqual({ code: "INVALID_INPUT", messages: ["更正后提交的截止日期须晚于今天"] });
    const unknown = await outcomeOf(returnReport(f.center, await returnInput({ items: [{ target: "figures.NOPE", comment: "x" }] }), RETURNED));
    expect(unknown.code).toBe("INVALID_INPUT");
    expect((await outcomeOf(returnReport(f.center, { ...(await returnInput()), version: 0 }, RETURNED))).code).toBe("CONFLICT");
    expect((await row()).status).toBe("SUBMITTED");
    expect(await t.prisma().annualReportReturn.count()).toBe(0);
  });

  it("moves it to RETURNED with the new due day, tells the filer and audits it in the same transaction", async () => {
    await returnReport(f.center, await returnInput(), RETURNED);
    const r = await row();
    expect(r.status).toBe("RETURNED");
    expect(r.correctionDue).toEqual(china("2026-04-10T23:59:59.999"));
    const notes = await t.prisma().notification.findMany({ where: { kind: "report.returned" } });
    expect(notes.map((n) => n.userId)).toEqual([f.filer.id]);
    expect(notes[0]!.body).toContain("2026-04-10");
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "report.returned" } });
    expect(audit.summary).toMatchObject({
      year: 2025,
      versionNo: 1,
      correctionDue: "2026-04-10",
      comments: 2,
      changes: { status: { from: "SUBMITTED", to: "RETURNED" } },
    });
    // Returned once: it cannot be returned again, nor scored, until it is handed in again.
    expect((await outcomeOf(returnReport(f.center, await returnInput(), RETURNED))).code).toBe("FORBIDDEN");
    const scored = await outcomeOf(saveAssessment(f.center, { reportId, version: r.version, manualScores: { GOVERNANCE: 80 }, adjustments: [], comment: "" }));
    expect(scored.code).toBe("CONFLICT");
    expect(await t.prisma().assessment.count({ where: { reportId } })).toBe(0);
  });

  it("shows the filer the comments and the correction's due day, on the page and in the task list", async () => {
    const page = await openReport(f.filer, f.allianceId, 2025, china("2026-04-01T10:00:00"));
    // The scheme's day (31 March) has passed, but the correction's (10 April) has not: still editable.
    expect(page).toMatchObject({ editable: true, pastDue: false, scheme: { dueDay: "2026-04-10", daysLeft: 9, returned: true } });
    const history = await findReportHistory(f.filer, reportId);
    expect(history.openReturn).toMatchObject({ versionNo: 1, dueDay: "2026-04-10", items: [{ target: "figures.PATENTS_STANDARDS" }, { target: "evidence" }] });
    const task = (await findReportTasks(f.filer, china("2026-04-01T10:00:00"))).find((x) => x.year === 2025)!;
    expect(task).toMatchObject({ status: "RETURNED", daysLeft: 9 });
    expect(task.reportDue).toEqual(china("2026-04-10T23:59:59.999"));
    const tab = (await findAllianceReports(f.filer, f.allianceId)).find((x) => x.year === 2025)!;
    expect(tab).toMatchObject({ status: "RETURNED", reportDue: china("2026-04-10T23:59:59.999") });
    // Another enterprise sees nothing of it.
    expect((await outcomeOf(findReportHistory(g.filer, reportId))).code).toBe("NOT_FOUND");
  });
});

describe("reminders count to the correction's due day", () => {
  it("reminds 7 days and 1 day before 10 April, each once, and never against the scheme's day", async () => {
    // Six days before the scheme's 31 March, the returned report gets no reminder of that day.
    await sendReportReminders(china("2026-03-25T10:00:00"));
    expect(await t.prisma().notification.count({ where: { kind: "report.due_soon", userId: f.filer.id } })).toBe(0);
    expect(await sendReturnReminders(china("2026-04-01T10:00:00"))).toBe(0); // 9 days left
    expect(await sendReturnReminders(china("2026-04-04T10:00:00"))).toBe(1); // within 7 days
    expect(await sendReturnReminders(china("2026-04-04T11:00:00"))).toBe(0);
    expect(await sendReturnReminders(china("2026-04-10T08:00:00"))).toBe(1); // within 1 day
    const notes = await t.prisma().notification.findMany({ where: { kind: "report.due_soon", userId: f.filer.id }, orderBy: { createdAt: "asc" } });
    expect(notes).toHaveLength(2);
    expect(notes[0]!.title).toContain("2026-04-10");
    expect(await t.prisma().auditEvent.count({ where: { action: "report.return_reminders_sent" } })).toBe(2);
  });
});

describe("the filer corrects it and hands it in again", () => {
  it("edits the returned report, replaces the evidence, and hands in version 2 before the correction's day", async () => {
    const at = china("2026-04-08T15:00:00");
    await saveReportDraft(
      f.filer,
      ZReportDraftInput.parse({
        reportId,
        version: (await row()).version,
        figures: { ...FULL, PATENTS_STANDARDS: 2 },
        narrative: "全年开展联合攻关 2 项",
        nextYearPlan: "推进成果转化，申报标准 1 项",
      }),
    );
    await removeEvidence(f.filer, { reportId, documentId: evidenceId });
    await uploadEvidence(f.filer, { reportId, fileName: "专利证书及标准文本.pdf", bytes: fixtures.pdf() });
    await submitReport(f.filer, { reportId, version: (await row()).version }, at);
    const r = await row();
    expect({ status: r.status, correctionDue: r.correctionDue, submittedAt: r.submittedAt }).toEqual({
      status: "SUBMITTED",
      correctionDue: null,
      submittedAt: at,
    });
    expect((await t.prisma().annualReportReturn.findFirstOrThrow({ where: { reportId } })).answeredAt).toEqual(at);
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "report.submitted", entityId: reportId }, orderBy: { seq: "desc" } });
    expect(audit.summary).toMatchObject({ versionNo: 2, changes: { status: { from: "RETURNED", to: "SUBMITTED" } } });
    const note = await t.prisma().notification.findFirstOrThrow({ where: { kind: "report.submitted", userId: f.center.id }, orderBy: { createdAt: "desc" } });
    expect(note.title).toContain("已更正并重新提交2025年度报告（第 2 版）");
  });

  it("shows the center the diff between version 1 and version 2", async () => {
    const history = await findReportHistory(f.center, reportId);
    expect(history.submissions.map((s) => s.versionNo)).toEqual([2, 1]);
    expect(history.openReturn).toBeNull();
    expect(history.diff).toMatchObject({
      from: 1,
      to: 2,
      figures: [{ code: "PATENTS_STANDARDS", from: 4, to: 2 }],
      narrative: null,
      nextYearPlan: { from: "推进成果转化", to: "推进成果转化，申报标准 1 项" },
      evidence: { removed: [{ fileName: "专利证书.pdf" }], added: [{ fileName: "专利证书及标准文本.pdf" }], replaced: [] },
    });
  });

  it("a second return is due on its own day, and a correction after that day is refused", async () => {
    await returnReport(f.center, await returnInput({ correctionDue: "2026-04-20", items: [] }), china("2026-04-09T09:00:00"));
    const late = await outcomeOf(submitReport(f.filer, { reportId, version: (await row()).version }, china("2026-04-21T00:00:01")));
    expect(late).toEqual({ code: "FORBIDDEN", messages: ["2025年度报告的更正提交截止日期为 2026-04-20，已过截止日期，不能提交；请联系服务中心"] });
    expect((await row()).status).toBe("RETURNED");
    expect((await findReportHistory(f.center, reportId)).returns.map((r) => [r.versionNo, Boolean(r.answeredAt)])).toEqual([
      [2, false],
      [1, true],
    ]);
  });
});
