import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment } from "@/lib/assessment/assess";
import { MISSING_REPORT_COMMENT, publishResults } from "@/lib/assessment/publish-results";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { scoreReport } from "@/lib/assessment/score";
import { ZSaveAssessmentInput } from "@/lib/validation/assessment-scoring";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();

const FIGURES = { JOINT_PROJECTS: 2, PATENTS_STANDARDS: 4, TECH_TRANSFER: 1, ACTIVITIES: 5, RND_INPUT: 800, TALENT_EXCHANGE: 15 };
const ADJ = [{ indicator: "TECH_TRANSFER", delta: 1.5, reason: "转化项目已产生显著经济效益" }];

let a: FiledFixture, b: FiledFixture, late: FiledFixture;
let schemeId: string, reportA: string, reportB: string;

const reportVersion = async (id: string) => (await t.prisma().annualReport.findUniqueOrThrow({ where: { id } })).version;
const schemeVersion = async () => (await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: schemeId } })).version;

beforeAll(async () => {
  const p = t.prisma();
  a = await createFiledAlliance(p, { filedAt: new Date("2024-06-01T02:00:00Z") });
  b = await createFiledAlliance(p, { filedAt: new Date("2024-06-01T02:00:00Z") });
  // Filed on 2 December 2025, after the 2025 scheme's cut-off (by default 1 January 2025): not covered (issue 17).
  late = await createFiledAlliance(p, { filedAt: new Date("2025-12-02T02:00:00Z") });
  const scheme = await p.assessmentScheme.create({
    data: {
      year: 2025,
      title: "2025年度创新联盟考核指标",
      indicators: DEFAULT_SCHEME.indicators,
      gradeBands: DEFAULT_SCHEME.gradeBands,
      reportDue: new Date("2026-03-31T16:00:00Z"),
      status: "PUBLISHED",
      createdById: a.center.id,
    },
  });
  schemeId = scheme.id;
  const report = (allianceId: string, status: "SUBMITTED" | "DRAFT") =>
    p.annualReport.create({
      data: { allianceId, schemeId, year: 2025, figures: FIGURES, narrative: "年度工作总结", status, submittedAt: status === "SUBMITTED" ? new Date() : null },
    });
  reportA = (await report(a.allianceId, "SUBMITTED")).id;
  reportB = (await report(b.allianceId, "DRAFT")).id;
});

describe("scoring a submitted report (八（四）)", () => {
  it("stores exactly what scoreReport computes and marks the report assessed", async () => {
    const res = await saveAssessment(a.center, { reportId: reportA, version: 0, manualScores: { GOVERNANCE: 85 }, adjustments: ADJ, comment: "运行规范" });
    const expected = scoreReport(DEFAULT_SCHEME, FIGURES, { GOVERNANCE: 85 }, ADJ);
    const row = await t.prisma().assessment.findUniqueOrThrow({ where: { reportId: reportA } });
    expect(row.score.toFixed(2)).toBe(expected.total.toFixed(2));
    expect(res).toMatchObject({ score: expected.total, grade: expected.grade });
    expect(row.grade).toBe(expected.grade);
    expect(row.lines).toEqual(JSON.parse(JSON.stringify(expected.lines)));
    expect(row.adjustments).toEqual(ADJ);
    expect(row).toMatchObject({ manualScores: { GOVERNANCE: 85 }, comment: "运行规范", assessorId: a.center.id, publishedAt: null, year: 2025 });
    expect((await t.prisma().annualReport.findUniqueOrThrow({ where: { id: reportA } })).status).toBe("ASSESSED");
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "assessment.saved", entityId: row.id } });
    expect(audit.summary).toMatchObject({ changes: { score: { from: null, to: expected.total.toFixed(2) } } });
  });

  it("re-scores before publication, with the old and new score audited; a stale version is refused", async () => {
    const v = await reportVersion(reportA);
    expect(
      (await outcomeOf(saveAssessment(a.center, { reportId: reportA, version: v - 1, manualScores: { GOVERNANCE: 10 }, adjustments: [], comment: "" }))).code,
    ).toBe("CONFLICT");
    const before = await t.prisma().assessment.findUniqueOrThrow({ where: { reportId: reportA } });
    await saveAssessment(a.center, { reportId: reportA, version: v, manualScores: { GOVERNANCE: 40 }, adjustments: [], comment: "复核后下调" });
    const after = await t.prisma().assessment.findUniqueOrThrow({ where: { reportId: reportA } });
    expect(after.id).toBe(before.id);
    expect(after.score.toFixed(2)).toBe(scoreReport(DEFAULT_SCHEME, FIGURES, { GOVERNANCE: 40 }, []).total.toFixed(2));
    const events = await t.prisma().auditEvent.findMany({ where: { action: "assessment.saved", entityId: after.id }, orderBy: { at: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[1]!.summary).toMatchObject({ changes: { score: { from: before.score.toFixed(2), to: after.score.toFixed(2) } } });
  });

  it("refuses filers, even of the alliance itself, and unsubmitted reports", async () => {
    const input = { reportId: reportA, version: await reportVersion(reportA), manualScores: { GOVERNANCE: 90 }, adjustments: [], comment: "" };
    expect((await outcomeOf(saveAssessment(a.filer, input))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(saveAssessment(a.outsider, input))).code).toBe("FORBIDDEN");
    const draft = await outcomeOf(saveAssessment(a.center, { ...input, reportId: reportB, version: 0 }));
    expect(draft).toEqual({ code: "CONFLICT", messages: ["该年度报告尚未提交，不能评分"] });
    expect(await t.prisma().assessment.count({ where: { allianceId: b.allianceId } })).toBe(0);
  });

  it("puts a bad manual score's message at its field, from the form schema and from the server", async () => {
    const raw = { reportId: reportA, version: 0, manualScores: { GOVERNANCE: 150 }, adjustments: [], comment: "" };
    const parsed = ZSaveAssessmentInput.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["manualScores", "GOVERNANCE"]);
    const version = await reportVersion(reportA);
    try {
      await saveAssessment(a.center, { ...raw, version, manualScores: {}, adjustments: [{ indicator: "ACTIVITIES", delta: 2, reason: "短" }] });
      expect.unreachable();
    } catch (err) {
      const fe = (err as { code: string; fieldErrors: Record<string, string[]> }).fieldErrors;
      expect((err as { code: string }).code).toBe("INVALID_INPUT");
      expect(fe["manualScores.GOVERNANCE"]).toEqual(["「运行管理规范性」为人工评分指标，请填写评分"]);
      expect(fe["adjustments.0.reason"]?.[0]).toContain("至少 5 个字");
    }
    expect(await reportVersion(reportA)).toBe(version);
  });
});

describe("publishing the year's results", () => {
  it("is refused while a submitted report is unscored, saying how many", async () => {
    const c = await createFiledAlliance(t.prisma());
    const r = await t
      .prisma()
      .annualReport.create({ data: { allianceId: c.allianceId, schemeId, year: 2025, figures: FIGURES, status: "SUBMITTED", submittedAt: new Date() } });
    const refused = await outcomeOf(publishResults(a.center, { schemeId, version: await schemeVersion() }));
    expect(refused).toEqual({ code: "INVALID_INPUT", messages: ["尚有 1 份已提交的年度报告未评分，请全部评分后再发布考核结果"] });
    expect((await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: schemeId } })).status).toBe("PUBLISHED");
    await saveAssessment(a.center, { reportId: r.id, version: 0, manualScores: { GOVERNANCE: 95 }, adjustments: [], comment: "" });
  });

  it("is refused for a filer, before the report deadline and with a stale scheme version", async () => {
    const v = await schemeVersion();
    expect((await outcomeOf(publishResults(a.filer, { schemeId, version: v }))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(publishResults(a.center, { schemeId, version: v }, new Date("2026-03-01T00:00:00Z")))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(publishResults(a.center, { schemeId, version: v + 1 }))).code).toBe("CONFLICT");
  });

  it("grades a covered alliance without a handed-in report 不合格, freezes the scheme and tells each alliance its grade", async () => {
    const res = await publishResults(a.center, { schemeId, version: await schemeVersion() });
    expect(res).toMatchObject({ year: 2025, missingReports: 1, revocationsProposed: 0 });
    const missing = await t.prisma().assessment.findUniqueOrThrow({ where: { allianceId_year: { allianceId: b.allianceId, year: 2025 } } });
    expect(missing).toMatchObject({ grade: "FAIL", comment: MISSING_REPORT_COMMENT, reportId: null });
    expect(missing.score.toFixed(2)).toBe("0.00");
    expect(await t.prisma().assessment.count({ where: { allianceId: late.allianceId } })).toBe(0);
    expect(await t.prisma().assessment.count({ where: { year: 2025, publishedAt: null } })).toBe(0);
    const scheme = await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: schemeId } });
    expect(scheme.status).toBe("FROZEN");
    expect(scheme.resultsPublishedAt).not.toBeNull();
    const notes = await t.prisma().notification.findMany({ where: { kind: "assessment.published" } });
    expect(notes.map((n) => n.userId)).toEqual(expect.arrayContaining([a.filer.id, b.filer.id]));
    expect(notes.find((n) => n.userId === b.filer.id)!.title).toContain("不合格");
    expect(notes.some((n) => n.userId === late.filer.id)).toBe(false);
    expect(await t.prisma().auditEvent.count({ where: { action: "scheme.results_published", entityId: schemeId } })).toBe(1);
  });

  it("freezes the result: no re-scoring and no second publication", async () => {
    const v = await reportVersion(reportA);
    const res = await outcomeOf(saveAssessment(a.center, { reportId: reportA, version: v, manualScores: { GOVERNANCE: 100 }, adjustments: [], comment: "" }));
    expect(res).toEqual({ code: "CONFLICT", messages: ["该年度考核结果已发布，评分不能再修改"] });
    expect((await outcomeOf(publishResults(a.center, { schemeId, version: await schemeVersion() }))).code).toBe("CONFLICT");
  });
});
