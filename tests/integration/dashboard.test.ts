import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Grade } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { exportDashboardTable, headlineOf, loadDashboard, loadDashboardTable } from "@/lib/dashboard";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { createFiledAlliance } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";
import { DASHBOARD_STATES, stateLabel } from "@/lib/validation/dashboard";

const t = useTestDatabase();

// Fixed clock: mid-June 2026 in China, so "the last twelve months" are 2025-07 … 2026-06.
const NOW = new Date("2026-06-15T04:00:00Z");
const DAY = 86_400_000;

let center: SessionUser, secretary: SessionUser, reviewerHT: SessionUser, filer: SessionUser, sysadmin: SessionUser;
let a1: string, a2: string, a3: string, a4: string, a5: string;

async function event(allianceId: string, at: string, action: "alliance.transitioned" | "alliance.submitted", summary: Record<string, unknown>) {
  await t
    .prisma()
    .auditEvent.create({ data: { at: new Date(at), actorName: "test", action, entityType: "Alliance", entityId: allianceId, summary: summary as object } });
}

/** What the portal does with every change, done here by hand after the test's own writes (the figures are reused until then). */
async function audited(action: string) {
  await t.prisma().auditEvent.create({ data: { actorName: "test", action, entityType: "Test", summary: {} } });
}

async function assessment(allianceId: string, year: number, grade: Grade, score: number, published: boolean) {
  await t.prisma().assessment.create({
    data: { allianceId, year, grade, score, assessorId: center.id, publishedAt: published ? new Date(`${year + 1}-03-01T00:00:00Z`) : null },
  });
}

beforeAll(async () => {
  const p = t.prisma();
  // Data set: 5 alliances in scope (3 新能源 of division HT, 2 新农业 of division RURAL) plus one draft nobody here sees.
  const f1 = await createFiledAlliance(p, { city: "长春市", filedAt: new Date("2025-03-01T02:00:00Z") });
  center = f1.center;
  filer = f1.filer;
  a1 = f1.allianceId;
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  await p.industry.create({
    data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: ["现代种业"], divisionId: rural.id },
  });
  a2 = (await createFiledAlliance(p, { city: "吉林市", filedAt: new Date("2026-02-01T02:00:00Z") })).allianceId;
  await p.alliance.update({ where: { id: a2 }, data: { industryCode: "NEW_AGRICULTURE" } });
  a3 = (await createFiledAlliance(p, { city: "长春市", filedAt: new Date("2024-05-01T02:00:00Z") })).allianceId;
  await p.alliance.update({ where: { id: a3 }, data: { state: "REVOKED" } });
  const lead = (await p.alliance.findUniqueOrThrow({ where: { id: a1 } })).leadOrgId;
  const mk = async (data: { industryCode: string; state: "DIVISION_REVIEW" | "FORM_REVIEW" | "DRAFT"; city: string; stateSince: Date }) =>
    (await p.alliance.create({ data: { ...data, name: `吉林省测试${data.state}产业科技创新联盟`, leadOrgId: lead, createdById: filer.id } })).id;
  // 25 calendar days = 16 working days (no holidays recorded here): past 处室审核's 15 working days.
  a4 = await mk({ industryCode: "NEW_AGRICULTURE", state: "DIVISION_REVIEW", city: "吉林市", stateSince: new Date(NOW.getTime() - 25 * DAY) });
  a5 = await mk({ industryCode: "NEW_ENERGY", state: "FORM_REVIEW", city: "长春市", stateSince: new Date(NOW.getTime() - 2 * DAY) });
  await mk({ industryCode: "NEW_ENERGY", state: "DRAFT", city: "长春市", stateSince: NOW });

  secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  const ht = await p.division.findUniqueOrThrow({ where: { code: "HT" } });
  reviewerHT = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  sysadmin = await makeUser(p, ["SYSTEM_ADMIN"]);

  // Review history. 2026-03-31T17:00Z is 2026-04-01 01:00 in China: it counts in April.
  await event(a1, "2026-03-31T17:00:00Z", "alliance.transitioned", { transition: "DIVISION_PASS", from: "DIVISION_REVIEW", to: "FORM_REVIEW" });
  await event(a4, "2026-05-10T02:00:00Z", "alliance.submitted", { transition: "SUBMIT", versionNo: 1, state: "DIVISION_REVIEW" });
  await event(a5, "2026-05-20T02:00:00Z", "alliance.transitioned", { transition: "DIVISION_RETURN", from: "DIVISION_REVIEW", to: "RETURNED" });
  await event(a5, "2026-05-21T02:00:00Z", "alliance.transitioned", { transition: "MEETING_DEFER", from: "MEETING", to: "MEETING" });
  await event(a5, "2026-05-22T02:00:00Z", "alliance.transitioned", { transition: "FILE", from: "FILING", to: "FILED" });
  await event(a2, "2026-05-05T02:00:00Z", "alliance.transitioned", { transition: "DIVISION_PASS", from: "DIVISION_REVIEW", to: "FORM_REVIEW" });
  // Outside the last twelve months; inside calendar 2025.
  await event(a1, "2025-05-01T02:00:00Z", "alliance.transitioned", { transition: "FORM_PASS", from: "FORM_REVIEW", to: "MEETING" });

  // Assessments: 2025 优秀/良好/不合格 published; 2024 one 不合格 published and one 合格 still unpublished.
  await assessment(a1, 2025, "EXCELLENT", 92.5, true);
  await assessment(a2, 2025, "GOOD", 80, true);
  await assessment(a3, 2025, "FAIL", 50, true);
  await assessment(a3, 2024, "FAIL", 55, true);
  await assessment(a1, 2024, "PASS", 65, false);

  // Revocations: a3 proposed and confirmed in 2026; a1 proposed 2026-01-01 01:00 China time, dismissed.
  await p.revocation.create({
    data: {
      allianceId: a3,
      basisAssessmentIds: [],
      reason: "连续两年不合格",
      status: "CONFIRMED",
      proposedAt: new Date("2026-01-10T02:00:00Z"),
      confirmedAt: new Date("2026-02-01T02:00:00Z"),
    },
  });
  await p.revocation.create({
    data: {
      allianceId: a1,
      basisAssessmentIds: [],
      reason: "核查",
      status: "DISMISSED",
      proposedAt: new Date("2025-12-31T17:00:00Z"),
      dismissedAt: new Date("2026-01-05T02:00:00Z"),
    },
  });
});

const zero = { DIVISION_REVIEW: 0, FORM_REVIEW: 0, MEETING: 0, FILING: 0, FILED: 0, RETURNED: 0, REJECTED: 0, REVOKED: 0, DISSOLVED: 0 };

describe("alliance distribution", () => {
  it("counts by industry × state, city and filing year; drafts are not in scope", async () => {
    const d = await loadDashboard(center, {}, NOW);
    expect(d.alliances.byIndustry).toEqual([
      { code: "NEW_ENERGY", name: "新能源", counts: { ...zero, FILED: 1, REVOKED: 1, FORM_REVIEW: 1 }, total: 3 },
      { code: "NEW_AGRICULTURE", name: "新农业", counts: { ...zero, FILED: 1, DIVISION_REVIEW: 1 }, total: 2 },
    ]);
    expect(d.alliances.total).toBe(5);
    expect(d.alliances.byCity).toEqual([
      { city: "长春市", total: 3, filed: 1 },
      { city: "吉林市", total: 2, filed: 1 },
    ]);
    expect(d.alliances.byFilingYear).toEqual([
      { year: 2024, filed: 1 },
      { year: 2025, filed: 1 },
      { year: 2026, filed: 1 },
    ]);
    expect(d.alliances.byState.find((s) => s.state === "FILED")?.total).toBe(2);
    expect(d.tables.industry.rows[1]).toMatchObject({ name: "新农业", FILED: 1, DIVISION_REVIEW: 1, total: 2 });
  });

  it("applies the filters: industry, city with state, and year as the filing year", async () => {
    expect((await loadDashboard(center, { industry: "NEW_AGRICULTURE" }, NOW)).alliances.total).toBe(2);
    const filedInChangchun = await loadDashboard(center, { city: "长春市", state: "FILED" }, NOW);
    expect(filedInChangchun.alliances.total).toBe(1);
    expect(filedInChangchun.alliances.byState).toEqual([{ state: "FILED", total: 1 }]);
    const y2025 = await loadDashboard(center, { year: "2025" }, NOW);
    expect(y2025.alliances.byIndustry.map((r) => [r.code, r.total])).toEqual([
      ["NEW_ENERGY", 1],
      ["NEW_AGRICULTURE", 0],
    ]);
    expect(y2025.filterText).toBe("年度：2025");
  });
});

describe("review throughput (七（三）)", () => {
  it("counts decisions per China month and stage, returns apart, deferrals not at all", async () => {
    const { throughput } = await loadDashboard(center, {}, NOW);
    expect(throughput.months.map((m) => m.month)).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
    ]);
    const month = (k: string) => throughput.months.find((m) => m.month === k)!;
    expect(month("2026-03").total).toBe(0);
    expect(month("2026-04")).toMatchObject({ total: 1, decisions: { DIVISION: 1, FORM: 0, MEETING: 0, FILING: 0 } });
    expect(month("2026-05")).toEqual({ month: "2026-05", submitted: 1, decisions: { DIVISION: 2, FORM: 0, MEETING: 0, FILING: 1 }, total: 3, returns: 1 });
    expect(throughput.months.reduce((a, m) => a + m.total, 0)).toBe(4);
  });

  it("shows a calendar year when filtered by year, and narrows by industry", async () => {
    const y2025 = await loadDashboard(center, { year: "2025" }, NOW);
    expect(y2025.throughput.months[0]!.month).toBe("2025-01");
    expect(y2025.throughput.months.find((m) => m.month === "2025-05")?.decisions.FORM).toBe(1);
    const agri = await loadDashboard(center, { industry: "NEW_AGRICULTURE" }, NOW);
    expect(agri.throughput.months.find((m) => m.month === "2026-05")).toMatchObject({ submitted: 1, total: 1, returns: 0 });
  });

  it("counts current work items and overdue ones with the queue's service days", async () => {
    const { throughput } = await loadDashboard(center, {}, NOW);
    expect(throughput.workload).toEqual([
      { stage: "DIVISION", label: "处室审核", limitDays: 15, total: 1, overdue: 1 },
      { stage: "FORM", label: "组织形式审核", limitDays: 10, total: 1, overdue: 0 },
      { stage: "MEETING", label: "厅务会审议", limitDays: 30, total: 0, overdue: 0 },
      { stage: "FILING", label: "研究院备案", limitDays: 10, total: 0, overdue: 0 },
    ]);
    // A longer service time makes the same item no longer overdue.
    await t.prisma().setting.create({ data: { key: "workflow.serviceDays.DIVISION_REVIEW", value: 30, updatedBy: "test" } });
    await audited("settings.updated");
    expect((await loadDashboard(center, {}, NOW)).throughput.workload[0]).toMatchObject({ limitDays: 30, overdue: 0 });
    await t.prisma().setting.delete({ where: { key: "workflow.serviceDays.DIVISION_REVIEW" } });
    await audited("settings.updated");
  });
});

describe("assessment (八（四）)", () => {
  it("counts published grades per year with the average score; unpublished results are excluded", async () => {
    const d = await loadDashboard(secretary, {}, NOW);
    expect(d.assessments.grades).toEqual([
      { year: 2024, counts: { EXCELLENT: 0, GOOD: 0, PASS: 0, FAIL: 1 }, total: 1, averageScore: 55, excellentRate: 0 },
      { year: 2025, counts: { EXCELLENT: 1, GOOD: 1, PASS: 0, FAIL: 1 }, total: 3, averageScore: 74.17, excellentRate: 33.3 },
    ]);
    expect(d.assessments.revocations).toEqual([{ year: 2026, proposed: 2, confirmed: 1, dismissed: 1 }]);
    expect(headlineOf(d)).toEqual({ filed: 2, inReview: 2, overdue: 1, returned: 0, assessmentYear: 2025, excellentRate: 33.3 });
  });

  it("filters grades and revocations by year", async () => {
    const d = await loadDashboard(secretary, { year: "2024" }, NOW);
    expect(d.assessments.grades.map((g) => g.year)).toEqual([2024]);
    expect(d.assessments.revocations).toEqual([]);
    expect((await loadDashboard(secretary, { year: "2026" }, NOW)).assessments.revocations).toEqual([{ year: 2026, proposed: 2, confirmed: 1, dismissed: 1 }]);
  });
});

describe("assessment progress of an open scheme (八（四）)", () => {
  it("counts covered alliances, handed-in and scored reports, and draft grades, in scope", async () => {
    const p = t.prisma();
    const scheme = await p.assessmentScheme.create({
      data: {
        year: 2026,
        title: "2026年度考核",
        indicators: [],
        gradeBands: {},
        reportDue: new Date("2027-03-31T15:59:59Z"),
        // The center covers alliances filed before 1 July 2026 (by default only those filed before 1 January).
        coverageCutoff: new Date("2026-07-01T00:00:00Z"),
        status: "PUBLISHED",
        createdById: center.id,
      },
    });
    const report = (allianceId: string, status: "DRAFT" | "SUBMITTED" | "ASSESSED") =>
      p.annualReport.create({ data: { allianceId, schemeId: scheme.id, year: 2026, figures: {}, status } });
    const r1 = await report(a1, "ASSESSED");
    await report(a2, "DRAFT");
    await p.assessment.create({ data: { reportId: r1.id, allianceId: a1, year: 2026, grade: "GOOD", score: 80, assessorId: center.id } });
    await audited("assessment.scored");

    const d = await loadDashboard(secretary, {}, NOW);
    // a1 and a2 are FILED before the cut-off (1 July 2026); a3 is revoked and not covered. a2's draft is not handed in.
    expect(d.assessments.progress).toEqual([
      { year: 2026, reportDue: scheme.reportDue, covered: 2, submitted: 1, scored: 1, draftGrades: { EXCELLENT: 0, GOOD: 1, PASS: 0, FAIL: 0 } },
    ]);
    // The unpublished 2026 score stays out of the published distribution.
    expect(d.assessments.grades.map((g) => g.year)).toEqual([2024, 2025]);
    expect(d.tables.progress.rows).toEqual([
      { year: "2026年度", due: "2027-03-31", covered: 2, submitted: 1, scored: 1, EXCELLENT: 0, GOOD: 1, PASS: 0, FAIL: 0 },
    ]);
    // A division reviewer sees only its industries: a2 is 新农业.
    expect((await loadDashboard(reviewerHT, {}, NOW)).assessments.progress[0]).toMatchObject({ covered: 1, submitted: 1, scored: 1 });
    expect((await loadDashboard(secretary, { year: "2025" }, NOW)).assessments.progress).toEqual([]);
  });
});

describe("scope and refusals", () => {
  it("narrows a division reviewer to the industries the division owns, and says so", async () => {
    const d = await loadDashboard(reviewerHT, {}, NOW);
    expect(d.options.divisionName).toBe("高新技术处");
    expect(d.options.industries.map((i) => i.code)).toEqual(["NEW_ENERGY"]);
    expect(d.alliances.total).toBe(3);
    expect(d.alliances.byIndustry.map((r) => r.code)).toEqual(["NEW_ENERGY"]);
    expect(d.throughput.workload.map((w) => w.total)).toEqual([0, 1, 0, 0]);
    expect(d.assessments.grades.find((g) => g.year === 2025)?.counts).toEqual({ EXCELLENT: 1, GOOD: 0, PASS: 0, FAIL: 1 });
    expect(d.filterText).toBe("范围：高新技术处主管产业");
    // Another division's industry is refused, not silently shown as zero.
    const refused = await outcomeOf(loadDashboard(reviewerHT, { industry: "NEW_AGRICULTURE" }, NOW));
    expect(refused).toEqual({ code: "INVALID_INPUT", messages: ["产业不存在或不在您的查看范围内"] });
  });

  it("refuses roles without the dashboard", async () => {
    expect((await outcomeOf(loadDashboard(filer, {}, NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(loadDashboard(sysadmin, {}, NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(exportDashboardTable(filer, { table: "city", format: "csv" }, NOW))).code).toBe("FORBIDDEN");
  });

  it.each([
    [{ year: "1999" }, "年度须为 2020 至 2027 之间的四位年份"],
    [{ year: "2025abc" }, "年度须为 2020 至 2027 之间的四位年份"],
    [{ city: "火星市" }, "未知的地市"],
    [{ city: ["长春市", "吉林市"] }, "未知的地市"],
    [{ state: "DRAFT" }, "未知的联盟状态"],
    [{ industry: "NOPE" }, "产业不存在或不在您的查看范围内"],
  ])("refuses the unknown filter %o with a Chinese message", async (query, message) => {
    expect(await outcomeOf(loadDashboard(center, query, NOW))).toEqual({ code: "INVALID_INPUT", messages: [message] });
  });

  it("treats empty values from the untouched form as no filter", async () => {
    expect((await loadDashboard(center, { year: "", industry: "", city: "", state: "" }, NOW)).alliances.total).toBe(5);
  });
});

describe("export", () => {
  it("writes the filtered table as .xlsx that reads back like the page's table, and audits it", async () => {
    const query = { table: "industry", format: "xlsx", industry: "NEW_AGRICULTURE" };
    const file = await exportDashboardTable(center, query, NOW);
    expect(file.fileName).toBe("联盟按产业和状态统计_20260615.xlsx");
    expect(file.mimeType).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell("A1").value).toBe("联盟按产业和状态统计");
    expect(ws.getCell("A2").value).toBe("筛选条件：产业：新农业");
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(["产业", ...DASHBOARD_STATES.map(stateLabel), "合计"]);
    const data = (ws.getRow(4).values as unknown[]).slice(1);
    const { table } = await loadDashboardTable(center, "industry", query, NOW);
    expect(data).toEqual(table.columns.map((c) => c.value(table.rows[0]!)));
    expect(data[0]).toBe("新农业");
    expect(data.at(-1)).toBe(2);
    expect(ws.rowCount).toBe(4);
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "dashboard.exported" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      actorId: center.id,
      entityType: "Dashboard",
      entityId: "industry",
      summary: { table: "industry", format: "xlsx", filters: { industry: "NEW_AGRICULTURE" }, rows: 1 },
    });
  });

  it("writes the filtered table as .csv with BOM and CRLF", async () => {
    const file = await exportDashboardTable(secretary, { table: "city", format: "csv", state: "FILED" }, NOW);
    expect(file.fileName).toBe("联盟按地市统计_20260615.csv");
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes
      .subarray(3)
      .toString("utf8")
      .split("\r\n")
      .filter(Boolean)
      .map((l) => l.split(","));
    expect(lines).toEqual([
      ["地市", "联盟数", "其中已备案"],
      ["吉林市", "1", "1"],
      ["长春市", "1", "1"],
    ]);
    expect(file.rows).toBe(2);
  });

  it("exports only what a division reviewer may see", async () => {
    const file = await exportDashboardTable(reviewerHT, { table: "state", format: "csv" }, NOW);
    const rows = file.bytes
      .subarray(3)
      .toString("utf8")
      .split("\r\n")
      .filter(Boolean)
      .slice(1)
      .map((l) => l.split(","));
    expect(rows.reduce((a, r) => a + Number(r[1]), 0)).toBe(3);
  });

  it("refuses an unknown table, format or filter and records nothing", async () => {
    const before = await t.prisma().auditEvent.count({ where: { action: "dashboard.exported" } });
    expect(await outcomeOf(exportDashboardTable(center, { table: "users", format: "csv" }, NOW))).toEqual({
      code: "INVALID_INPUT",
      messages: ["未知的统计表"],
    });
    expect(await outcomeOf(exportDashboardTable(center, { table: "city", format: "pdf" }, NOW))).toEqual({
      code: "INVALID_INPUT",
      messages: ["导出格式须为 xlsx 或 csv"],
    });
    expect((await outcomeOf(exportDashboardTable(center, { table: "city", format: "csv", city: "火星市" }, NOW))).code).toBe("INVALID_INPUT");
    expect(await t.prisma().auditEvent.count({ where: { action: "dashboard.exported" } })).toBe(before);
  });
});
