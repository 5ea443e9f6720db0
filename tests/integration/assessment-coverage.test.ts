// Issue 17 items 3 and 4 on the real database: which alliances a year covers (filed before the scheme's cut-off day,
// by default 1 January), the not-covered list with its reason, and when the center may publish the year's results
// (after the due date, once every covered alliance has handed in, or by an audited early close with a reason).
import { beforeEach, describe, expect, it } from "vitest";
import { findSchemeReports, saveAssessment } from "@/lib/assessment/assess";
import { lapsedReturnComment, publishResults } from "@/lib/assessment/publish-results";
import { returnReport } from "@/lib/assessment/report-return";
import { findAllianceReports, findReportTasks, openReport, saveReportDraft, submitReport } from "@/lib/assessment/reports";
import { findOperationTiles } from "@/lib/home/operation-tiles";
import { ZReportReturnInput } from "@/lib/validation/report-return";
import { createScheme, getSchemeOrThrow, updateScheme } from "@/lib/assessment/schemes";
import { sendReportReminders } from "@/lib/assessment/reminders";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { ZSchemeInput } from "@/lib/validation/assessment";
import { ZPublishResultsInput } from "@/lib/validation/assessment-scoring";
import { describeEvent } from "@/lib/audit/sentences";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();
const FIGURES = { JOINT_PROJECTS: 2, PATENTS_STANDARDS: 4, TECH_TRANSFER: 1, ACTIVITIES: 5, RND_INPUT: 800, TALENT_EXCHANGE: 15 };
const REASON = "经中心主任办公会研究，提前开展年度考核";

/** Each test starts from alliances of its own: those of earlier tests leave the FILED state. */
beforeEach(async () => {
  await t.prisma().alliance.updateMany({ where: { state: "FILED" }, data: { state: "REVOKED" } });
});

async function scheme(center: FiledFixture["center"], year: number, opts: { due?: string; cutoff?: string } = {}) {
  const row = await t.prisma().assessmentScheme.create({
    data: {
      year,
      title: `${year}年度考核`,
      indicators: DEFAULT_SCHEME.indicators,
      gradeBands: DEFAULT_SCHEME.gradeBands,
      reportDue: new Date(`${opts.due ?? `${year + 1}-03-31`}T23:59:59.999+08:00`),
      coverageCutoff: opts.cutoff ? new Date(`${opts.cutoff}T00:00:00Z`) : null,
      status: "PUBLISHED",
      createdById: center.id,
    },
  });
  return row;
}

/** A handed-in report, scored. */
async function handIn(f: FiledFixture, s: { id: string; year: number }, scoredToo = true) {
  const r = await t.prisma().annualReport.create({
    data: { allianceId: f.allianceId, schemeId: s.id, year: s.year, figures: FIGURES, status: "SUBMITTED", submittedAt: new Date() },
  });
  if (scoredToo) await saveAssessment(f.center, { reportId: r.id, version: 0, manualScores: { GOVERNANCE: 85 }, adjustments: [], comment: "" });
  return r;
}

describe("which alliances a year covers (issue 17 item 4)", () => {
  it("an alliance filed on 2 December is listed as not covered with the reason, is not graded 不合格 and is not reminded", async () => {
    const early = await createFiledAlliance(t.prisma(), { filedAt: new Date("2025-03-01T02:00:00Z") });
    const late = await createFiledAlliance(t.prisma(), { filedAt: new Date("2026-12-02T02:00:00Z") });
    const s = await scheme(early.center, 2026, { due: "2027-01-31" });

    const page = await findSchemeReports(early.center, s.id, {}, new Date("2026-12-03T02:00:00Z"));
    expect(page.missing.map((a) => a.id)).toEqual([early.allianceId]);
    expect(page.notCovered.map((a) => a.id)).toEqual([late.allianceId]);
    expect(page.notCovered[0]!.reason).toBe("2026-12-02 备案，晚于本年度考核覆盖截止日 2026-01-01（截止日前备案的联盟参加 2026 年度考核）");
    expect(page.facts).toMatchObject({ covered: 1, handedIn: 0 });

    // Seven days before the due date only the covered alliance is reminded.
    expect(await sendReportReminders(new Date("2027-01-25T02:00:00Z"))).toBe(1);
    const reminded = await t.prisma().notification.findMany({ where: { link: { contains: "/reports/2026" } }, select: { userId: true } });
    expect(reminded.map((n) => n.userId)).toEqual([early.filer.id]);

    const res = await publishResults(early.center, { schemeId: s.id, version: s.version }, new Date("2027-02-01T02:00:00Z"));
    expect(res).toMatchObject({ missingReports: 1, basis: "DUE_PASSED" });
    expect(await t.prisma().assessment.count({ where: { allianceId: late.allianceId } })).toBe(0);
    expect(await t.prisma().assessment.findFirstOrThrow({ where: { allianceId: early.allianceId, year: 2026 } })).toMatchObject({ grade: "FAIL" });
  });

  it("the center sets a later cut-off day within the year; it is audited, and a day outside the year is refused at the field", async () => {
    const f = await createFiledAlliance(t.prisma(), { filedAt: new Date("2027-05-10T02:00:00Z") });
    const input = { year: 2027, title: "2027年度创新联盟考核方案", reportDue: "2099-03-31", ...DEFAULT_SCHEME };
    const outside = ZSchemeInput.safeParse({ ...input, coverageCutoff: "2028-01-01" });
    expect(outside.error?.issues.find((i) => i.path.join(".") === "coverageCutoff")?.message).toBe("考核覆盖截止日应在考核年度之内（不填为当年 1 月 1 日）");
    const { id } = await createScheme(f.center, ZSchemeInput.parse(input));
    expect((await getSchemeOrThrow(f.center, id)).cutoffDay).toBe("2027-01-01");
    await updateScheme(f.center, { ...ZSchemeInput.parse({ ...input, coverageCutoff: "2027-07-01" }), id, version: 0 });
    const saved = await getSchemeOrThrow(f.center, id);
    expect(saved.cutoffDay).toBe("2027-07-01");
    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "scheme.updated" } });
    expect(ev.summary).toMatchObject({ changes: { coverageCutoff: { from: "2027-01-01", to: "2027-07-01" } } });
    await t.prisma().assessmentScheme.update({ where: { id }, data: { status: "PUBLISHED" } });
    const page = await findSchemeReports(f.center, id);
    expect(page.missing.map((a) => a.id)).toEqual([f.allianceId]);
    expect(page.notCovered).toEqual([]);
  });
});

describe("when the year's results may be published (issue 17 item 3)", () => {
  const beforeDue = new Date("2028-12-20T02:00:00Z");

  it("before the due date with a report outstanding: the page says why, the server refuses the same way", async () => {
    const a = await createFiledAlliance(t.prisma(), { filedAt: new Date("2027-06-01T02:00:00Z") });
    const b = await createFiledAlliance(t.prisma(), { filedAt: new Date("2027-06-01T02:00:00Z") });
    const s = await scheme(a.center, 2028, { due: "2029-01-31" });
    await handIn(a, s);
    const page = await findSchemeReports(a.center, s.id, {}, beforeDue);
    const why = "年度报告提交截止日期（2029-01-31）未到，纳入本年度考核的 2 家联盟中尚有 1 家未提交年度报告，截止前仍可提交（八（四））";
    expect(page.readiness).toEqual({ allowed: false, earlyClose: true, reasons: [why], notes: [] });
    expect(await outcomeOf(publishResults(a.center, { schemeId: s.id, version: s.version }, beforeDue))).toEqual({ code: "INVALID_INPUT", messages: [why] });
    expect((await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PUBLISHED");

    // Once B hands in and is scored, the year may close early without a reason.
    await handIn(b, s);
    expect((await findSchemeReports(a.center, s.id, {}, beforeDue)).readiness).toEqual({ allowed: true, basis: "ALL_HANDED_IN", reasons: [], notes: [] });
    const res = await publishResults(a.center, { schemeId: s.id, version: s.version }, beforeDue);
    expect(res).toMatchObject({ year: 2028, results: 2, missingReports: 0, basis: "ALL_HANDED_IN" });
    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { entityId: s.id, action: "scheme.results_published" } });
    expect(ev.summary).toMatchObject({ basis: "ALL_HANDED_IN", covered: 2, handedIn: 2, reportDue: "2029-01-31", coverageCutoff: "2028-01-01" });
  });

  it("an unscored report blocks publishing, early close included", async () => {
    const a = await createFiledAlliance(t.prisma(), { filedAt: new Date("2028-06-01T02:00:00Z") });
    await createFiledAlliance(t.prisma(), { filedAt: new Date("2028-06-01T02:00:00Z") });
    const s = await scheme(a.center, 2029, { due: "2030-01-31" });
    await handIn(a, s, false);
    const r = await outcomeOf(publishResults(a.center, { schemeId: s.id, version: s.version, earlyCloseReason: REASON }, new Date("2029-12-20T02:00:00Z")));
    expect(r).toEqual({ code: "INVALID_INPUT", messages: ["尚有 1 份已提交的年度报告未评分，请全部评分后再发布考核结果"] });
    expect((await findSchemeReports(a.center, s.id, {}, new Date("2029-12-20T02:00:00Z"))).readiness).toMatchObject({ allowed: false, earlyClose: false });
  });

  it("an explicit early close with a reason publishes before the due date; those yet to hand in are graded 不合格 and the reason is audited", async () => {
    const a = await createFiledAlliance(t.prisma(), { filedAt: new Date("2029-06-01T02:00:00Z") });
    const b = await createFiledAlliance(t.prisma(), { filedAt: new Date("2029-06-01T02:00:00Z") });
    const s = await scheme(a.center, 2030, { due: "2031-01-31" });
    await handIn(a, s);
    const now = new Date("2030-12-20T02:00:00Z");
    // A short reason is refused at the field, in the schema and on the server.
    expect(ZPublishResultsInput.safeParse({ schemeId: s.id, version: 0, earlyCloseReason: "太早" }).error?.issues[0]).toMatchObject({
      path: ["earlyCloseReason"],
      message: "请填写提前结束的理由，不少于 5 个字",
    });
    expect((await outcomeOf(publishResults(a.center, { schemeId: s.id, version: s.version, earlyCloseReason: "太早" }, now))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(publishResults(a.filer, { schemeId: s.id, version: s.version, earlyCloseReason: REASON }, now))).code).toBe("FORBIDDEN");

    const res = await publishResults(a.center, { schemeId: s.id, version: s.version, earlyCloseReason: REASON }, now);
    expect(res).toMatchObject({ missingReports: 1, basis: "EARLY_CLOSE" });
    expect(await t.prisma().assessment.findFirstOrThrow({ where: { allianceId: b.allianceId, year: 2030 } })).toMatchObject({ grade: "FAIL" });
    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { entityId: s.id, action: "scheme.results_published" } });
    expect(ev.summary).toMatchObject({ basis: "EARLY_CLOSE", earlyCloseReason: REASON, covered: 2, handedIn: 1 });
    expect(describeEvent(ev)).toContain(`报告截止前提前结束，理由：“${REASON}”`);
    expect((await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("FROZEN");
  });
});

describe("a report returned for correction while results are due (issue 17 items 3 and 5)", () => {
  const china = (local: string) => new Date(`${local}+08:00`);
  const returnIt = async (f: FiledFixture, reportId: string, correctionDue: string, at: Date) => {
    const r = await t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportId } });
    await returnReport(
      f.center,
      ZReportReturnInput.parse({ reportId, version: r.version, comment: "专利数量与佐证材料不一致，请核对后更正", items: [], correctionDue }),
      at,
    );
  };

  it("is listed with its status and correction day, not as missing; publishing waits for its correction day, on the page and on the server", async () => {
    const a = await createFiledAlliance(t.prisma(), { name: "甲创新联盟", filedAt: new Date("2030-06-01T02:00:00Z") });
    const b = await createFiledAlliance(t.prisma(), { name: "乙创新联盟", filedAt: new Date("2030-06-01T02:00:00Z") });
    const s = await scheme(a.center, 2031, { due: "2032-01-31" });
    await handIn(a, s);
    const rb = await handIn(b, s); // scored, then returned: its draft score must not be published
    await returnIt(b, rb.id, "2032-02-10", china("2032-01-20T09:00:00"));

    // After the report due date but before the correction day.
    const now = china("2032-02-05T10:00:00");
    const page = await findSchemeReports(a.center, s.id, {}, now);
    const returned = page.reports.rows.find((r) => r.id === rb.id)!;
    expect(returned).toMatchObject({ status: "RETURNED", returnOpen: true, correctionDue: china("2032-02-10T23:59:59.999") });
    expect(page.missing).toEqual([]);
    expect(page.missingTotal).toBe(0);
    expect((await findSchemeReports(a.center, s.id, { status: "RETURNED" }, now)).reports.rows.map((r) => r.id)).toEqual([rb.id]);
    const why =
      "尚有 1 份年度报告退回修改中，更正截止日前不能发布考核结果（最早 2032-02-10 后可发布）：乙创新联盟（更正截止 2032-02-10）；联盟重新提交并评分后，或更正截止日过后（按未提交计），方可发布（八（四））";
    expect(page.readiness).toEqual({ allowed: false, earlyClose: false, reasons: [why], notes: [] });
    expect(await outcomeOf(publishResults(a.center, { schemeId: s.id, version: s.version }, now))).toEqual({ code: "INVALID_INPUT", messages: [why] });
    expect(await outcomeOf(publishResults(a.center, { schemeId: s.id, version: s.version, earlyCloseReason: REASON }, now))).toEqual({
      code: "INVALID_INPUT",
      messages: [why],
    });
    expect(await t.prisma().assessment.count({ where: { year: 2031, publishedAt: { not: null } } })).toBe(0);

    // Handed in again and scored: publishable, and B keeps its real grade.
    await t.prisma().annualReport.update({ where: { id: rb.id }, data: { narrative: "全年开展联合攻关 2 项", nextYearPlan: "推进成果转化" } });
    await submitReport(
      b.filer,
      { reportId: rb.id, version: (await t.prisma().annualReport.findUniqueOrThrow({ where: { id: rb.id } })).version },
      china("2032-02-08T10:00:00"),
    );
    const fresh = await t.prisma().annualReport.findUniqueOrThrow({ where: { id: rb.id } });
    await saveAssessment(a.center, { reportId: rb.id, version: fresh.version, manualScores: { GOVERNANCE: 85 }, adjustments: [], comment: "" });
    const later = china("2032-02-09T10:00:00");
    expect((await findSchemeReports(a.center, s.id, {}, later)).readiness).toMatchObject({ allowed: true, basis: "DUE_PASSED", notes: [] });
    const res = await publishResults(a.center, { schemeId: s.id, version: s.version }, later);
    expect(res).toMatchObject({ missingReports: 0, lapsedReturns: 0 });
    expect((await t.prisma().assessment.findFirstOrThrow({ where: { allianceId: b.allianceId, year: 2031 } })).grade).not.toBe("FAIL");
  });

  it("once the correction day has passed without a new hand-in it counts as not handed in: said on the page, graded 不合格 on publication, its earlier score replaced", async () => {
    const a = await createFiledAlliance(t.prisma(), { name: "丙创新联盟", filedAt: new Date("2031-06-01T02:00:00Z") });
    const b = await createFiledAlliance(t.prisma(), { name: "丁创新联盟", filedAt: new Date("2031-06-01T02:00:00Z") });
    const s = await scheme(a.center, 2032, { due: "2033-01-31" });
    await handIn(a, s);
    const rb = await handIn(b, s);
    await returnIt(b, rb.id, "2033-02-10", china("2033-01-20T09:00:00"));

    const now = china("2033-02-11T10:00:00");
    const page = await findSchemeReports(a.center, s.id, {}, now);
    expect(page.reports.rows.find((r) => r.id === rb.id)).toMatchObject({ status: "RETURNED", returnOpen: false });
    expect(page.missing.map((m) => [m.id, m.lapsedReturnDue])).toEqual([[b.allianceId, china("2033-02-10T23:59:59.999")]]);
    expect(page.readiness).toEqual({
      allowed: true,
      basis: "DUE_PASSED",
      reasons: [],
      notes: ["1 份退回修改的年度报告已过更正截止日仍未重新提交，按未提交年度报告计，发布结果时记为“不合格”：丁创新联盟（更正截止 2033-02-10）"],
    });

    const res = await publishResults(a.center, { schemeId: s.id, version: s.version }, now);
    expect(res).toMatchObject({ results: 2, missingReports: 0, lapsedReturns: 1 });
    const graded = await t.prisma().assessment.findFirstOrThrow({ where: { allianceId: b.allianceId, year: 2032 } });
    expect({ grade: graded.grade, score: graded.score.toFixed(2), reportId: graded.reportId, comment: graded.comment, lines: graded.lines }).toEqual({
      grade: "FAIL",
      score: "0.00",
      reportId: rb.id,
      comment: lapsedReturnComment("2033-02-10"),
      lines: [],
    });
    expect(graded.publishedAt).toEqual(now);
    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { entityId: s.id, action: "scheme.results_published" } });
    expect(ev.summary).toMatchObject({ lapsedReturns: 1, missingReports: 0 });
  });
});

describe("the filer's side of coverage (issue 17 item 4)", () => {
  const NOT_COVERED = "本年度考核不覆盖本联盟（2034-12-02 备案，晚于覆盖截止日 2034-01-01）";
  const now = new Date("2034-12-03T02:00:00Z");

  it("an alliance the year does not cover gets no task, no home tile count and no report: the list, the tab and the server say why", async () => {
    const early = await createFiledAlliance(t.prisma(), { filedAt: new Date("2033-06-01T02:00:00Z") });
    const late = await createFiledAlliance(t.prisma(), { filedAt: new Date("2034-12-02T02:00:00Z") });
    await scheme(early.center, 2034, { due: "2035-03-31" });

    const task = (await findReportTasks(late.filer, now)).find((x) => x.year === 2034)!;
    expect(task).toMatchObject({ status: "NONE", notCovered: NOT_COVERED });
    expect((await findReportTasks(early.filer, now)).find((x) => x.year === 2034)).toMatchObject({ status: "NONE", notCovered: null });
    const tile = async (f: FiledFixture) => (await findOperationTiles(f.filer, now)).find((x) => x.key === "reports-due")!.count;
    const lateOpen = (await findReportTasks(late.filer, now)).filter((x) => !x.notCovered && ["NONE", "DRAFT", "RETURNED"].includes(x.status));
    expect(await tile(late)).toBe(lateOpen.length);
    expect(lateOpen.some((x) => x.year === 2034)).toBe(false);
    expect((await findReportTasks(early.filer, now)).filter((x) => !x.notCovered && x.year === 2034)).toHaveLength(1);

    expect((await findAllianceReports(late.filer, late.allianceId)).find((r) => r.year === 2034)).toMatchObject({ status: "NONE", notCovered: NOT_COVERED });
    expect((await findAllianceReports(early.filer, early.allianceId)).find((r) => r.year === 2034)).toMatchObject({ notCovered: null });

    // Opening the year's report is refused with the same words, for the filer and the center alike; nothing is created.
    expect(await outcomeOf(openReport(late.filer, late.allianceId, 2034, now))).toEqual({ code: "FORBIDDEN", messages: [NOT_COVERED] });
    expect(await outcomeOf(openReport(late.center, late.allianceId, 2034, now))).toEqual({ code: "FORBIDDEN", messages: [NOT_COVERED] });
    expect(await t.prisma().annualReport.count({ where: { allianceId: late.allianceId } })).toBe(0);
    expect((await openReport(early.filer, early.allianceId, 2034, now)).notCovered).toBeNull();
  });

  it("a draft kept from before the cut-off day was moved is read-only: saving and handing it in are refused with the same words", async () => {
    const late = await createFiledAlliance(t.prisma(), { filedAt: new Date("2035-12-02T02:00:00Z") });
    const s = await scheme(late.center, 2035, { due: "2036-03-31" });
    const draft = await t.prisma().annualReport.create({
      data: { allianceId: late.allianceId, schemeId: s.id, year: 2035, figures: FIGURES, narrative: "总结", nextYearPlan: "计划" },
    });
    const msg = "本年度考核不覆盖本联盟（2035-12-02 备案，晚于覆盖截止日 2035-01-01）";
    const at = new Date("2035-12-03T02:00:00Z");
    expect(await openReport(late.filer, late.allianceId, 2035, at)).toMatchObject({ notCovered: msg, editable: false });
    expect(await outcomeOf(submitReport(late.filer, { reportId: draft.id, version: 0 }, at))).toEqual({ code: "FORBIDDEN", messages: [msg] });
    expect(await outcomeOf(saveReportDraft(late.filer, { reportId: draft.id, version: 0, figures: {}, narrative: "改", nextYearPlan: "改" }))).toEqual({
      code: "FORBIDDEN",
      messages: [msg],
    });
    expect((await t.prisma().annualReport.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });
});
