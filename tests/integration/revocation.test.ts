import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment } from "@/lib/assessment/assess";
import { publishResults } from "@/lib/assessment/publish-results";
import { confirmRevocation, dismissRevocation, findClosedRevocations, findOpenRevocations } from "@/lib/assessment/revocation";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { listPublicFilings } from "@/lib/public/notices";
import { ZDismissRevocationInput } from "@/lib/validation/assessment-scoring";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();

// All 100 with 100 by hand: 优秀; all 0: 不合格.
const GOOD = { JOINT_PROJECTS: 3, PATENTS_STANDARDS: 5, TECH_TRANSFER: 3, ACTIVITIES: 6, RND_INPUT: 1000, TALENT_EXCHANGE: 20 };
const NOTE = "经复核，连续两年考核不达标属实";

// A: pass-fail-fail (2022-2024); B: fail-pass-fail; C and D: filed on 2 December 2022, fail-fail (2023-2024).
let a: FiledFixture, b: FiledFixture, c: FiledFixture, d: FiledFixture;
const schemes = new Map<number, string>();

const allianceOf = (id: string) => t.prisma().alliance.findUniqueOrThrow({ where: { id } });
const openOf = (allianceId: string) => t.prisma().revocation.findMany({ where: { allianceId, status: "PROPOSED" } });

async function scheme(year: number) {
  const row = await t.prisma().assessmentScheme.create({
    data: {
      year,
      title: `${year}年度考核指标`,
      indicators: DEFAULT_SCHEME.indicators,
      gradeBands: DEFAULT_SCHEME.gradeBands,
      reportDue: new Date(`${year + 1}-03-31T16:00:00Z`),
      status: "PUBLISHED",
      createdById: a.center.id,
    },
  });
  schemes.set(year, row.id);
  return row.id;
}

/** A submitted report scored as passing (优秀) or failing (score 0 by the figures). */
async function scored(f: FiledFixture, year: number, pass: boolean) {
  const report = await t.prisma().annualReport.create({
    data: {
      allianceId: f.allianceId,
      schemeId: schemes.get(year)!,
      year,
      figures: pass ? GOOD : { ...GOOD, ...Object.fromEntries(Object.keys(GOOD).map((k) => [k, 0])) },
      status: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  await saveAssessment(a.center, { reportId: report.id, version: 0, manualScores: { GOVERNANCE: pass ? 100 : 0 }, adjustments: [], comment: "" });
}

/** Publishes `year`; an alliance not given a report is graded 不合格 for missing it. */
async function publish(year: number, passing: FiledFixture[], failing: FiledFixture[] = []) {
  const id = await scheme(year);
  for (const f of passing) await scored(f, year, true);
  for (const f of failing) await scored(f, year, false);
  return publishResults(a.center, { schemeId: id, version: 0 });
}

beforeAll(async () => {
  const p = t.prisma();
  a = await createFiledAlliance(p, { filedAt: new Date("2021-06-01T02:00:00Z") });
  b = await createFiledAlliance(p, { filedAt: new Date("2021-06-01T02:00:00Z") });
  // Filed on 2 December 2022: not covered by 2022 (cut-off 1 January 2022 by default, issue 17), covered from 2023.
  c = await createFiledAlliance(p, { filedAt: new Date("2022-12-02T02:00:00Z") });
  d = await createFiledAlliance(p, { filedAt: new Date("2022-12-02T02:00:00Z") });
});

describe("R11 over published results, across years (八（四）)", () => {
  it("flags nobody after 2022 and 2023", async () => {
    expect((await publish(2022, [a])).revocationsProposed).toBe(0); // A pass, B fail; C and D filed too late to be covered
    expect(await t.prisma().assessment.count({ where: { allianceId: c.allianceId } })).toBe(0);
    expect((await publish(2023, [b], [a])).revocationsProposed).toBe(0); // A fail, B pass, C and D fail (missing)
  });

  it("after 2024 flags pass-fail-fail and fail-fail, not fail-pass-fail, with the two failing assessments as basis", async () => {
    const res = await publish(2024, [], [a]); // everyone fails; A by score, the others by missing reports
    expect(res.revocationsProposed).toBe(3);
    expect(await openOf(b.allianceId)).toHaveLength(0);
    for (const f of [a, c, d]) {
      const [open] = await openOf(f.allianceId);
      const basis = await t.prisma().assessment.findMany({ where: { allianceId: f.allianceId, year: { in: [2023, 2024] } }, orderBy: { year: "asc" } });
      expect(basis.every((x) => x.grade === "FAIL")).toBe(true);
      expect(open!.basisAssessmentIds).toEqual(basis.map((x) => x.id));
      expect(open!.reason).toContain("2023年、2024年");
      expect(open!.reason).toContain("八（四）");
    }
    const listed = await findOpenRevocations(a.center);
    expect(listed.map((r) => r.allianceId).sort()).toEqual([a, c, d].map((f) => f.allianceId).sort());
    expect(listed.find((r) => r.allianceId === a.allianceId)!.basis.map((x) => [x.year, x.grade, x.score])).toEqual([
      [2023, "FAIL", "0.00"],
      [2024, "FAIL", "0.00"],
    ]);
    expect(await t.prisma().auditEvent.count({ where: { action: "revocation.proposed" } })).toBe(3);
    expect(await t.prisma().notification.count({ where: { kind: "revocation.proposed", userId: a.center.id } })).toBe(3);
  });

  it("does not open a second proposal when the next year fails again", async () => {
    const res = await publish(2025, [b]);
    expect(res.revocationsProposed).toBe(0);
    for (const f of [a, c, d]) expect(await openOf(f.allianceId)).toHaveLength(1);
    // The partial unique index holds even if the check were skipped.
    const [open] = await openOf(a.allianceId);
    await expect(
      t.prisma().revocation.create({ data: { allianceId: a.allianceId, basisAssessmentIds: open!.basisAssessmentIds, reason: "重复" } }),
    ).rejects.toThrow();
  });

  it("only the service center sees proposals", async () => {
    expect((await outcomeOf(findOpenRevocations(a.filer))).code).toBe("FORBIDDEN");
  });
});

describe("confirming and dismissing a proposal", () => {
  it("refuses a stale alliance version, a filer, and a proposal whose basis no longer holds", async () => {
    const [open] = await openOf(c.allianceId);
    const v = (await allianceOf(c.allianceId)).version;
    expect((await outcomeOf(confirmRevocation(a.center, { revocationId: open!.id, allianceVersion: v + 1, note: NOTE }))).code).toBe("CONFLICT");
    expect((await outcomeOf(confirmRevocation(c.filer, { revocationId: open!.id, allianceVersion: v, note: NOTE }))).code).toBe("FORBIDDEN");
    expect((await openOf(c.allianceId))[0]!.status).toBe("PROPOSED");
    // B's last two years are fail-pass: a proposal written by hand is refused because R11 is re-read in the transaction.
    const bogus = await t.prisma().revocation.create({ data: { allianceId: b.allianceId, basisAssessmentIds: [], reason: "手工录入" } });
    const refused = await outcomeOf(
      confirmRevocation(a.center, { revocationId: bogus.id, allianceVersion: (await allianceOf(b.allianceId)).version, note: NOTE }),
    );
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.messages[0]).toContain("八（四）");
    expect((await allianceOf(b.allianceId)).state).toBe("FILED");
    await dismissRevocation(a.center, { revocationId: bogus.id, note: "测试数据，不予撤销" });
  });

  it("revokes the alliance, stamps the filing, tells the filer, audits it and shows it on the public list", async () => {
    const [open] = await openOf(c.allianceId);
    const res = await confirmRevocation(a.center, { revocationId: open!.id, allianceVersion: (await allianceOf(c.allianceId)).version, note: NOTE });
    expect(res).toMatchObject({ from: "FILED", to: "REVOKED" });
    expect((await allianceOf(c.allianceId)).state).toBe("REVOKED");
    const rev = await t.prisma().revocation.findUniqueOrThrow({ where: { id: open!.id } });
    expect(rev).toMatchObject({ status: "CONFIRMED", confirmedById: a.center.id, note: NOTE });
    const filing = await t.prisma().filing.findUniqueOrThrow({ where: { allianceId: c.allianceId } });
    expect(filing.revokedAt).not.toBeNull();
    expect(await t.prisma().notification.count({ where: { userId: c.filer.id, kind: "alliance.revoked" } })).toBe(1);
    expect(await t.prisma().auditEvent.count({ where: { action: "revocation.confirmed", entityId: open!.id } })).toBe(1);
    expect(await t.prisma().auditEvent.count({ where: { action: "alliance.transitioned", entityId: c.allianceId } })).toBe(1);
    const listed = (await listPublicFilings()).rows.find((f) => f.id === filing.id);
    expect(listed!.status).toBe("REVOKED");
    expect((await findClosedRevocations(a.center)).find((r) => r.id === open!.id)!.basis.map((x) => x.year)).toEqual([2023, 2024]);
  });

  it("lets exactly one of two simultaneous confirmations win", async () => {
    const [open] = await openOf(a.allianceId);
    const v = (await allianceOf(a.allianceId)).version;
    const outcomes = await Promise.all([1, 2].map(() => outcomeOf(confirmRevocation(a.center, { revocationId: open!.id, allianceVersion: v, note: NOTE }))));
    expect(outcomes.map((o) => o.code).sort()).toEqual(["CONFLICT", "OK"]);
    expect(await t.prisma().auditEvent.count({ where: { action: "revocation.confirmed", entityId: open!.id } })).toBe(1);
    expect(await t.prisma().notification.count({ where: { userId: a.filer.id, kind: "alliance.revoked" } })).toBe(1);
  });

  it("dismisses with a reason and keeps the alliance filed; a short reason or a second decision is refused", async () => {
    const [open] = await openOf(d.allianceId);
    expect(ZDismissRevocationInput.safeParse({ revocationId: open!.id, note: "申诉" }).error?.issues[0]?.path).toEqual(["note"]);
    expect((await outcomeOf(dismissRevocation(d.filer, { revocationId: open!.id, note: "申诉成立，不予撤销" }))).code).toBe("FORBIDDEN");
    await dismissRevocation(a.center, { revocationId: open!.id, note: "申诉成立，2024年度报告已按期报送" });
    expect((await allianceOf(d.allianceId)).state).toBe("FILED");
    expect(await t.prisma().revocation.findUniqueOrThrow({ where: { id: open!.id } })).toMatchObject({ status: "DISMISSED", dismissedById: a.center.id });
    expect(await t.prisma().auditEvent.count({ where: { action: "revocation.dismissed", entityId: open!.id } })).toBe(1);
    expect((await outcomeOf(dismissRevocation(a.center, { revocationId: open!.id, note: "再次处理该建议" }))).code).toBe("CONFLICT");
    const v = (await allianceOf(d.allianceId)).version;
    expect((await outcomeOf(confirmRevocation(a.center, { revocationId: open!.id, allianceVersion: v, note: NOTE }))).code).toBe("CONFLICT");
    expect((await allianceOf(d.allianceId)).state).toBe("FILED");
  });
});
