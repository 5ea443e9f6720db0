// Optimistic concurrency proven by repetition: the same race run 200 times, each on a fresh filing,
// must give exactly one winner every time. Two reviewers decide one filing at once (applyTransition),
// and two filers of one enterprise save the same draft version at once (saveDraft).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { applyTransition, alreadyHandledMessage } from "@/lib/review/apply-transition";
import { saveDraft } from "@/lib/filing/save-draft";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import { verifyAuditChain } from "@/lib/audit/verify";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { ensureIndustry } from "../helpers/filed-fixture";
import { code, form } from "../helpers/filing-fixture";

const t = useTestDatabase();
const RUNS = 200;
let reviewerA: SessionUser, reviewerB: SessionUser, filerA: SessionUser, filerB: SessionUser;
let leadOrgId: string;

/** RUNS alliances in one state, written in bulk (the race is the subject here, not how they got there). */
async function bulkAlliances(state: "DIVISION_REVIEW" | "DRAFT"): Promise<string[]> {
  const p = t.prisma();
  const ids = Array.from({ length: RUNS }, () => crypto.randomUUID());
  const submitted = state === "DIVISION_REVIEW";
  await p.alliance.createMany({
    data: ids.map((id, i) => ({
      id,
      name: `吉林省氢能产业科技创新联盟${state}${i}`,
      industryCode: "NEW_ENERGY",
      subField: "氢能",
      leadOrgId,
      state,
      createdById: filerA.id,
      currentVersionNo: submitted ? 1 : 0,
      version: submitted ? 1 : 0,
      submittedAt: submitted ? new Date() : null,
    })),
  });
  if (submitted) {
    await p.applicationVersion.createMany({
      data: ids.map((allianceId) => ({ allianceId, versionNo: 1, snapshot: {}, ruleReport: {}, submittedById: filerA.id })),
    });
  }
  return ids;
}

beforeAll(async () => {
  const p = t.prisma();
  await ensureIndustry(p);
  const division = await p.division.findUniqueOrThrow({ where: { code: "HT" } });
  reviewerA = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: division.id });
  reviewerB = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: division.id });
  leadOrgId = (await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: code(1) } })).id;
  filerA = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: leadOrgId });
  filerB = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: leadOrgId });
});

describe(`${RUNS} races, each with exactly one winner`, () => {
  it("two reviewers pass and return the same filing at once: one decision, one opinion, one audit event", async () => {
    const p = t.prisma();
    const ids = await bulkAlliances("DIVISION_REVIEW");
    const winners = { DIVISION_PASS: 0, DIVISION_RETURN: 0 };
    for (const [i, allianceId] of ids.entries()) {
      const fire = {
        pass: () =>
          outcomeOf(applyTransition(reviewerA, { allianceId, transition: "DIVISION_PASS", version: 1, opinion: "必要性充分，技术路线可行，同意通过。" })),
        ret: () =>
          outcomeOf(
            applyTransition(reviewerB, { allianceId, transition: "DIVISION_RETURN", version: 1, opinion: "成员单位产值数据缺少佐证，请补充后重新提交。" }),
          ),
      };
      // Who starts first alternates, so both decisions get to win (and to lose) some of the races.
      const [pass, ret] =
        i % 2 === 0 ? await Promise.all([fire.pass(), fire.ret()]) : await Promise.all([fire.ret(), fire.pass()]).then(([r, p2]) => [p2, r] as const);
      const codes = [pass.code, ret.code].sort();
      expect(codes, allianceId).toEqual(["CONFLICT", "OK"]);
      const loser = pass.code === "OK" ? ret : pass;
      expect(loser.messages).toEqual([alreadyHandledMessage()]);
      winners[pass.code === "OK" ? "DIVISION_PASS" : "DIVISION_RETURN"] += 1;
    }
    expect(winners.DIVISION_PASS + winners.DIVISION_RETURN).toBe(RUNS);
    expect(Math.min(winners.DIVISION_PASS, winners.DIVISION_RETURN)).toBeGreaterThan(0);

    // Per filing: the state the winner chose, one version step, one opinion and one event, and they agree.
    const alliances = await p.alliance.findMany({ where: { id: { in: ids } }, select: { id: true, state: true, version: true } });
    const opinions = await p.reviewOpinion.findMany({ where: { allianceId: { in: ids } }, select: { allianceId: true, decision: true, reviewerId: true } });
    const events = await p.auditEvent.findMany({
      where: { action: "alliance.transitioned", entityId: { in: ids } },
      select: { entityId: true, actorId: true, summary: true },
    });
    expect(opinions).toHaveLength(RUNS);
    expect(events).toHaveLength(RUNS);
    const opinionOf = new Map(opinions.map((o) => [o.allianceId, o]));
    const eventOf = new Map(events.map((e) => [e.entityId!, e]));
    expect(opinionOf.size).toBe(RUNS);
    expect(eventOf.size).toBe(RUNS);
    for (const a of alliances) {
      const passed = a.state === "FORM_REVIEW";
      expect(passed || a.state === "RETURNED", a.id).toBe(true);
      expect(a.version).toBe(2);
      expect(opinionOf.get(a.id)).toMatchObject({ decision: passed ? "PASS" : "RETURN", reviewerId: passed ? reviewerA.id : reviewerB.id });
      expect(eventOf.get(a.id)).toMatchObject({
        actorId: passed ? reviewerA.id : reviewerB.id,
        summary: expect.objectContaining({ transition: passed ? "DIVISION_PASS" : "DIVISION_RETURN" }),
      });
    }
  }, 150_000);

  it("two filers save the same draft version at once: one save kept, the other told of the conflict", async () => {
    const p = t.prisma();
    const ids = await bulkAlliances("DRAFT");
    const draft = (allianceId: string, technicalField: string) => ZFilingDraftInput.parse({ allianceId, version: 0, ...form, technicalField, members: [] });
    for (const [i, allianceId] of ids.entries()) {
      const saveA = () => outcomeOf(saveDraft(filerA, draft(allianceId, "氢能制储运（甲）")));
      const saveB = () => outcomeOf(saveDraft(filerB, draft(allianceId, "燃料电池（乙）")));
      const [a, b] = i % 2 === 0 ? await Promise.all([saveA(), saveB()]) : await Promise.all([saveB(), saveA()]).then(([sb, sa]) => [sa, sb] as const);
      expect([a.code, b.code].sort(), allianceId).toEqual(["CONFLICT", "OK"]);
    }
    const alliances = await p.alliance.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, technicalField: true } });
    const events = await p.auditEvent.findMany({ where: { action: "alliance.draft_saved", entityId: { in: ids } }, select: { entityId: true, actorId: true } });
    expect(events).toHaveLength(RUNS);
    const eventOf = new Map(events.map((e) => [e.entityId!, e.actorId]));
    expect(new Set(eventOf.values()).size).toBe(2);
    for (const a of alliances) {
      expect(a.version).toBe(1);
      // The stored text is the winner's, whole: never a mix of the two saves.
      expect(a.technicalField).toBe(eventOf.get(a.id) === filerA.id ? "氢能制储运（甲）" : "燃料电池（乙）");
    }
    // The 400 winning writes of this file were audited concurrently; the hash chain stayed whole.
    expect(await verifyAuditChain(p)).toMatchObject({ ok: true, count: await p.auditEvent.count() });
  }, 150_000);
});
