import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { openReport, saveReportDraft } from "@/lib/assessment/reports";
import { uploadEvidence } from "@/lib/assessment/report-evidence";
import { saveAssessment } from "@/lib/assessment/assess";
import { createScheme } from "@/lib/assessment/schemes";
import { publishResults } from "@/lib/assessment/publish-results";
import { confirmRevocation, dismissRevocation } from "@/lib/assessment/revocation";
import {
  createSchemeAction,
  deleteSchemeAction,
  extendSchemeDueAction,
  publishSchemeAction,
  sendReportRemindersAction,
  updateSchemeAction,
} from "@/app/(portal)/assessment/actions";
import { publishResultsAction, returnReportAction, saveAssessmentAction } from "@/app/(portal)/assessment/reports/actions";
import { confirmRevocationAction, dismissRevocationAction } from "@/app/(portal)/assessment/revocations/actions";
import { removeEvidenceAction, saveReportDraftAction, submitReportAction } from "@/app/(portal)/reports/actions";
import { codeOf } from "../helpers/errors";
import { fixtures } from "../helpers/fixture-files";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { call, expectRefused, HOSTILE_TEXT, SCRIPT_TEXTS, SQL_TEXTS, filedPair, useHostileDatabase, publishedScheme } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// 八（四）: annual reports, schemes, scoring, results and revocations under attack.

const { fp, ...t } = useHostileDatabase();

let f: FiledFixture, g: FiledFixture;
let reviewer: SessionUser, secretary: SessionUser;
let schemeId: string, reportF: string, reportG: string, evidenceF: string, revocationId: string;
const FULL = { JOINT_PROJECTS: 2, PATENTS_STANDARDS: 4, TECH_TRANSFER: 1, RND_INPUT: 1200.5, TALENT_EXCHANGE: 18 };
const report = (id: string) => t.prisma().annualReport.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  const p = t.prisma();
  ({ f, g, reviewer, secretary } = await filedPair(p));
  schemeId = await publishedScheme(p, f.center.id);
  reportF = (await openReport(f.filer, f.allianceId, 2026)).report!.id;
  reportG = (await openReport(g.filer, g.allianceId, 2026)).report!.id;
  evidenceF = (await uploadEvidence(f.filer, { reportId: reportF, fileName: "佐证.pdf", bytes: fixtures.pdf() })).documentId;
  // g hands its report in, so there is something to score.
  await saveReportDraft(g.filer, {
    reportId: reportG,
    version: (await report(reportG)).version,
    figures: FULL,
    narrative: "全年开展联合攻关",
    nextYearPlan: "继续推进成果转化",
  });
  expect(await call(g.filer, submitReportAction, { reportId: reportG, version: (await report(reportG)).version })).toMatchObject({ ok: true });
  revocationId = (await p.revocation.create({ data: { allianceId: f.allianceId, basisAssessmentIds: [], reason: "连续两年考核不合格" } })).id;
});

describe("issue 17 item 10: deleting a draft scheme and reminding now, under attack", () => {
  it("only the service center deletes a draft or sends reminders; bad ids and missing reasons are refused in Chinese, storing nothing", async () => {
    const draft = await createScheme(f.center, { ...DEFAULT_SCHEME, year: 2033, title: "2033年度考核方案", reportDue: "2034-03-31" });
    await fp.unchanged(async () => {
      for (const who of [g.filer, f.outsider, reviewer, secretary]) {
        expectRefused(await call(who, deleteSchemeAction, { id: draft.id, version: 0, reason: "冒名删除考核方案" }), "FORBIDDEN");
        expectRefused(await call(who, sendReportRemindersAction, { schemeId }), "FORBIDDEN");
      }
      expectRefused(await call(null, deleteSchemeAction, { id: draft.id, version: 0, reason: "未登录删除方案" }), "UNAUTHENTICATED");
      expectRefused(await call(f.center, deleteSchemeAction, { id: draft.id, version: 0, reason: "短" }), "INVALID_INPUT");
      expectRefused(await call(f.center, deleteSchemeAction, { id: draft.id, version: 0 }), "INVALID_INPUT");
      expectRefused(await call(f.center, deleteSchemeAction, { id: "../../etc/passwd", version: 0, reason: "路径形式的编号" }), "INVALID_INPUT");
      expectRefused(await call(f.center, deleteSchemeAction, { id: draft.id, version: 0, reason: "长".repeat(501) }), "INVALID_INPUT");
      // The published scheme reports are written under is never deleted, whatever the caller claims.
      expectRefused(await call(f.center, deleteSchemeAction, { id: schemeId, version: 99, reason: "删除已发布的方案", status: "DRAFT" }), "FORBIDDEN");
      expectRefused(await call(f.center, sendReportRemindersAction, { schemeId: draft.id }), "FORBIDDEN");
      expectRefused(await call(f.center, sendReportRemindersAction, { schemeId: crypto.randomUUID() }), "NOT_FOUND");
      expectRefused(await call(f.center, sendReportRemindersAction, { schemeId: SQL_TEXTS[0] }), "INVALID_INPUT");
    });
  });

  it("keeps a hostile reason exactly as typed in the audit record, and a smuggled actor is ignored", async () => {
    const draft = await createScheme(f.center, { ...DEFAULT_SCHEME, year: 2034, title: "2034年度考核方案", reportDue: "2035-03-31" });
    const r = await call(f.center, deleteSchemeAction, { id: draft.id, version: 0, reason: HOSTILE_TEXT, actorId: g.filer.id, year: 2026 });
    expect(r).toEqual({ ok: true, data: 2034 });
    const e = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "scheme.deleted", entityId: draft.id } });
    expect(e.actorId).toBe(f.center.id);
    expect((e.summary as { reason: string }).reason).toBe(HOSTILE_TEXT.trim());
    expect(await t.prisma().assessmentScheme.findUnique({ where: { id: schemeId } })).not.toBeNull();
    const sent = await call(f.center, sendReportRemindersAction, { schemeId, allianceIds: [g.allianceId] });
    expect(sent).toMatchObject({ ok: true });
  });
});

describe("other alliances' reports (IDOR)", () => {
  it("another enterprise's filer cannot save, submit or strip evidence from f's report", async () => {
    const v = (await report(reportF)).version;
    await fp.unchanged(async () => {
      for (const who of [g.filer, f.outsider]) {
        expectRefused(
          await call(who, saveReportDraftAction, { reportId: reportF, version: v, figures: FULL, narrative: "篡改他人报告", nextYearPlan: "" }),
          "NOT_FOUND",
        );
        expectRefused(await call(who, submitReportAction, { reportId: reportF, version: v }), "NOT_FOUND");
        expectRefused(await call(who, removeEvidenceAction, { reportId: reportF, documentId: evidenceF }), "NOT_FOUND");
      }
    });
  });

  it("f's evidence cannot be removed through g's own report", async () => {
    const gv = await report(reportG);
    expect(gv.status).toBe("SUBMITTED");
    // g's report is submitted; a draft of g's would answer the same: the document is looked up within the report.
    const h = await createFiledAlliance(t.prisma());
    const reportH = (await openReport(h.filer, h.allianceId, 2026)).report!.id;
    await fp.unchanged(async () => {
      expectRefused(await call(h.filer, removeEvidenceAction, { reportId: reportH, documentId: evidenceF }), "NOT_FOUND");
    });
  });
});

describe("role escalation through the data layer", () => {
  it("nobody but the service center scores, publishes, creates schemes or decides revocations", async () => {
    const v = (await report(reportG)).version;
    const scheme = await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: schemeId } });
    const alliance = await t.prisma().alliance.findUniqueOrThrow({ where: { id: f.allianceId } });
    await fp.unchanged(async () => {
      for (const who of [g.filer, reviewer, secretary]) {
        expect(await codeOf(saveAssessment(who, { reportId: reportG, version: v, manualScores: { GOVERNANCE: 100 }, adjustments: [], comment: "" }))).toBe(
          "FORBIDDEN",
        );
        expect(await codeOf(publishResults(who, { schemeId, version: scheme.version }))).toBe("FORBIDDEN");
        expect(await codeOf(createScheme(who, { ...DEFAULT_SCHEME, year: 2030, title: "自拟考核方案", reportDue: "2031-03-31" }))).toBe("FORBIDDEN");
        expect(await codeOf(confirmRevocation(who, { revocationId, allianceVersion: alliance.version, note: "" }))).toBe("FORBIDDEN");
        expect(await codeOf(dismissRevocation(who, { revocationId, note: "自行撤销处理决定" }))).toBe("FORBIDDEN");
      }
      // The service center sees every report, yet writes none of them.
      expect(
        await codeOf(
          saveReportDraft(f.center, { reportId: reportF, version: (await report(reportF)).version, figures: FULL, narrative: "代写", nextYearPlan: "" }),
        ),
      ).toBe("NOT_FOUND");
    });
  });

  it("ignores smuggled status, score and grade in a draft, and status in a new scheme", async () => {
    const before = await report(reportF);
    const r = await call(f.filer, saveReportDraftAction, {
      reportId: reportF,
      version: before.version,
      figures: { PATENTS_STANDARDS: 1 },
      narrative: "上半年",
      nextYearPlan: "",
      status: "ASSESSED",
      score: 100,
      grade: "EXCELLENT",
      allianceId: g.allianceId,
      year: 2020,
    });
    expect(r).toMatchObject({ ok: true });
    const after = await report(reportF);
    expect(after).toMatchObject({ status: "DRAFT", allianceId: f.allianceId, year: 2026 });
    expect(await t.prisma().assessment.count({ where: { reportId: reportF } })).toBe(0);

    const s = await call(f.center, createSchemeAction, {
      ...structuredClone(DEFAULT_SCHEME),
      year: 2030,
      title: "2030年度考核方案",
      reportDue: "2031-03-31",
      status: "PUBLISHED",
      publishedAt: "2026-01-01T00:00:00Z",
    });
    expect(s).toMatchObject({ ok: true });
    expect((await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: (s as { data: string }).data } })).status).toBe("DRAFT");
  });

  it("computes the score on the server: a smuggled total and grade are ignored", async () => {
    const v = (await report(reportG)).version;
    const r = await call(f.center, saveAssessmentAction, {
      reportId: reportG,
      version: v,
      manualScores: { GOVERNANCE: 0 },
      adjustments: [],
      comment: "",
      score: 100,
      grade: "EXCELLENT",
      total: 100,
    });
    expect(r).toMatchObject({ ok: true });
    const saved = await t.prisma().assessment.findFirstOrThrow({ where: { reportId: reportG } });
    expect(Number(saved.score)).toBeLessThan(100);
    expect(saved.grade).not.toBe("EXCELLENT");
  });
});

describe("malformed numbers with real targets", () => {
  it("refuses negative, NaN and huge figures, out-of-range hand scores and too many adjustments at the field", async () => {
    const v = (await report(reportF)).version;
    const gv = (await report(reportG)).version;
    await fp.unchanged(async () => {
      const r = expectRefused(
        await call(f.filer, saveReportDraftAction, {
          reportId: reportF,
          version: v,
          figures: { PATENTS_STANDARDS: -1, TECH_TRANSFER: Number.NaN, RND_INPUT: 1e300 },
          narrative: "",
          nextYearPlan: "",
        }),
        "INVALID_INPUT",
      );
      expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["figures.PATENTS_STANDARDS", "figures.RND_INPUT", "figures.TECH_TRANSFER"]);
      expect(r.fieldErrors?.["figures.RND_INPUT"]).toEqual(["数值过大，请核对单位"]);
      const s = expectRefused(
        await call(f.center, saveAssessmentAction, { reportId: reportG, version: gv, manualScores: { GOVERNANCE: 100.001 }, adjustments: [], comment: "" }),
        "INVALID_INPUT",
      );
      expect(s.fieldErrors?.["manualScores.GOVERNANCE"]).toBeDefined();
      const adj = { indicator: "JOINT_PROJECTS", delta: 1, reason: "获得省级奖励一项" };
      const a = expectRefused(
        await call(f.center, saveAssessmentAction, {
          reportId: reportG,
          version: gv,
          manualScores: { GOVERNANCE: 50 },
          adjustments: Array(21).fill(adj),
          comment: "",
        }),
        "INVALID_INPUT",
      );
      expect(a.fieldErrors?.adjustments).toEqual(["加减分最多 20 条"]);
      const d = expectRefused(await call(f.center, extendSchemeDueAction, { id: schemeId, version: 0, reportDue: "2099-02-29" }), "INVALID_INPUT");
      expect(d.fieldErrors?.reportDue).toEqual(["日期无效"]);
    });
  });

  it("a scheme whose weights are NaN or do not add up to 100 is refused, published or not", async () => {
    const broken = structuredClone(DEFAULT_SCHEME);
    broken.indicators[0]!.weight = Number.NaN;
    await fp.unchanged(async () => {
      expectRefused(
        await call(f.center, updateSchemeAction, { ...broken, id: schemeId, version: 0, year: 2026, title: "2026年度考核方案", reportDue: "2099-03-31" }),
        "INVALID_INPUT",
      );
      broken.indicators[0]!.weight = 21;
      const r = expectRefused(
        await call(f.center, updateSchemeAction, { ...broken, id: schemeId, version: 0, year: 2026, title: "2026年度考核方案", reportDue: "2099-03-31" }),
        "INVALID_INPUT",
      );
      expect(r.fieldErrors?.indicators?.[0]).toContain("各指标权重之和应为 100");
      expectRefused(await call(f.center, publishSchemeAction, { id: schemeId, version: -1 }), "INVALID_INPUT");
      expectRefused(await call(f.center, publishResultsAction, { schemeId: "../../etc/passwd", version: 0 }), "INVALID_INPUT");
    });
  });
});

describe("SQL- and script-looking text is stored as typed", () => {
  it("keeps a report's narrative, a scheme's names and a dismissal's reason exactly", async () => {
    const v = (await report(reportF)).version;
    expect(
      await call(f.filer, saveReportDraftAction, { reportId: reportF, version: v, figures: {}, narrative: HOSTILE_TEXT, nextYearPlan: SQL_TEXTS[0] }),
    ).toMatchObject({ ok: true });
    expect(await report(reportF)).toMatchObject({ narrative: HOSTILE_TEXT, nextYearPlan: SQL_TEXTS[0] });

    const def = structuredClone(DEFAULT_SCHEME);
    def.indicators[0]!.name = SCRIPT_TEXTS[0].slice(0, 40);
    def.indicators[0]!.unit = "<b>项</b>";
    const s = await call(f.center, createSchemeAction, { ...def, year: 2031, title: SCRIPT_TEXTS[1].slice(0, 60), reportDue: "2032-03-31" });
    expect(s).toMatchObject({ ok: true });
    const row = await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: (s as { data: string }).data } });
    expect(row.title).toBe(SCRIPT_TEXTS[1]);
    expect((row.indicators as { name: string; unit: string }[])[0]).toMatchObject({ name: SCRIPT_TEXTS[0], unit: "<b>项</b>" });

    expect(await call(f.center, dismissRevocationAction, { revocationId, note: HOSTILE_TEXT })).toMatchObject({ ok: true });
    expect((await t.prisma().revocation.findUniqueOrThrow({ where: { id: revocationId } })).note).toBe(HOSTILE_TEXT);
    // Dismissed once: confirming it now is a conflict, and the alliance stays filed.
    const version = (await t.prisma().alliance.findUniqueOrThrow({ where: { id: f.allianceId } })).version;
    expectRefused(await call(f.center, confirmRevocationAction, { revocationId, allianceVersion: version, note: "" }), "CONFLICT");
    expect((await t.prisma().alliance.findUniqueOrThrow({ where: { id: f.allianceId } })).state).toBe("FILED");
  });
});

describe("returning a report for correction (issue #17 item 5)", () => {
  const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
  const valid = async () => ({
    reportId: reportG,
    version: (await report(reportG)).version,
    comment: "专利数量与佐证材料不一致，请核对",
    items: [],
    correctionDue: inDays(10),
  });

  it("nobody but the service center returns a report; a draft cannot be returned; nothing changes", async () => {
    await fp.unchanged(async () => {
      for (const who of [g.filer, f.filer, reviewer, secretary]) expectRefused(await call(who, returnReportAction, await valid()), "FORBIDDEN");
      const v = (await report(reportF)).version;
      expectRefused(await call(f.center, returnReportAction, { ...(await valid()), reportId: reportF, version: v }), "FORBIDDEN");
      expectRefused(await call(f.center, returnReportAction, { ...(await valid()), reportId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND");
    });
  });

  it("refuses impossible or past due days, unknown figures, injected targets and a stale version, at the field", async () => {
    await fp.unchanged(async () => {
      for (const correctionDue of ["2026-02-30", inDays(0), inDays(-3), inDays(200), "2026-12-01' OR 1=1 --"]) {
        const r = expectRefused(await call(f.center, returnReportAction, { ...(await valid()), correctionDue }), "INVALID_INPUT");
        expect(r.fieldErrors?.correctionDue?.[0]).toMatch(/[\u4e00-\u9fff]/);
      }
      for (const target of ["figures.NOPE", `figures.${SQL_TEXTS[1]}`, "status", "__proto__"]) {
        expectRefused(await call(f.center, returnReportAction, { ...(await valid()), items: [{ target, comment: "x" }] }), "INVALID_INPUT");
      }
      const many = Array.from({ length: 41 }, (_, i) => ({ target: "narrative", comment: String(i) }));
      expectRefused(await call(f.center, returnReportAction, { ...(await valid()), items: many }), "INVALID_INPUT");
      expectRefused(await call(f.center, returnReportAction, { ...(await valid()), comment: "短" }), "INVALID_INPUT");
      expectRefused(await call(f.center, returnReportAction, { ...(await valid()), version: 999 }), "CONFLICT");
    });
  });

  it("stores hostile comments as typed and ignores a smuggled status", async () => {
    const scheme = await t.prisma().assessmentScheme.findUniqueOrThrow({ where: { id: schemeId } });
    expect(scheme.status).toBe("PUBLISHED");
    const r = await call(f.center, returnReportAction, {
      ...(await valid()),
      comment: HOSTILE_TEXT,
      items: [{ target: "evidence", comment: SCRIPT_TEXTS[0] }],
      status: "DRAFT",
      returnedById: g.filer.id,
    });
    expect(r).toMatchObject({ ok: true });
    expect((await report(reportG)).status).toBe("RETURNED");
    const row = await t.prisma().annualReportReturn.findFirstOrThrow({ where: { reportId: reportG } });
    expect({ comment: row.comment, items: row.items, returnedById: row.returnedById }).toEqual({
      comment: HOSTILE_TEXT,
      items: [{ target: "evidence", comment: SCRIPT_TEXTS[0] }],
      returnedById: f.center.id,
    });
    // Returned once: a second return of the same report is refused.
    expectRefused(await call(f.center, returnReportAction, await valid()), "FORBIDDEN");
  });
});
