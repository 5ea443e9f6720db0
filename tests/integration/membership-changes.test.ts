// Membership changes after filing (附件2 第十七条 加入, 第十八条 退出): requested by the alliance's filer, decided by the
// council (recorded by the filer), rules re-run on the real list, failing formation conditions flagged to the center.
import { beforeAll, describe, expect, it } from "vitest";
import { requestChange, leadCannotExitMessage } from "@/lib/membership/request-change";
import { decideChange } from "@/lib/membership/decide-change";
import { acknowledgeChange } from "@/lib/membership/acknowledge-change";
import { findFlaggedChanges, findMemberHistory } from "@/lib/membership/find-history";
import { ZDecideChangeInput, ZRequestChangeInput, chinaTodayIso } from "@/lib/validation/membership";
import type { TMemberInput } from "@/lib/validation/filing";
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import { createMigratedDatabase, useTestDatabase } from "../helpers/test-db";
import { createPrisma } from "@/lib/db/create-prisma";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { seedMembership } from "@/lib/db/seed-membership";
import { confirmStatusOf } from "@/lib/membership/confirm-status";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();
const RESOLUTION = "第二届理事会第三次会议决议";

let seq = 0;
function university(): TMemberInput {
  seq += 1;
  const first = `12220101MC${String(seq).padStart(7, "0")}`;
  return {
    creditCode: first + creditCodeCheckChar(first)!,
    name: `吉林某新加入大学${seq}`,
    type: "UNIVERSITY",
    role: "MEMBER",
    chainPosition: null,
    outputValue2022: null,
    profitTax2022: null,
    resources: "",
    nationalTop10: false,
    provincialTop10: false,
    disciplineStrengths: "材料科学",
    disciplineLeader: "张教授",
  };
}

const join = (f: FiledFixture, member: TMemberInput, user = f.filer) =>
  requestChange(user, ZRequestChangeInput.parse({ allianceId: f.allianceId, kind: "JOIN", member, reason: "理事会同意吸收该单位加入" }));
const exit = (f: FiledFixture, membershipId: string, user = f.filer) =>
  requestChange(user, ZRequestChangeInput.parse({ allianceId: f.allianceId, kind: "EXIT", membershipId, reason: "该单位书面申请退出联盟" }));
const approve = (f: FiledFixture, change: { id: string; version: number }, over: { approved?: boolean; on?: string; user?: FiledFixture["filer"] } = {}) =>
  decideChange(over.user ?? f.filer, {
    changeId: change.id,
    version: change.version,
    approved: over.approved ?? true,
    councilApprovedOn: over.on ?? "2026-01-10",
    councilResolution: RESOLUTION,
  });

async function memberByName(f: FiledFixture, pattern: string) {
  return t.prisma().membership.findFirstOrThrow({
    where: { allianceId: f.allianceId, leftOn: null, organization: { name: { contains: pattern } } },
    include: { organization: true },
  });
}
const currentCount = (f: FiledFixture) => t.prisma().membership.count({ where: { allianceId: f.allianceId, leftOn: null } });

describe("join and exit with the council's decision (附件2 第十七条、第十八条)", () => {
  let f: FiledFixture;
  beforeAll(async () => {
    f = await createFiledAlliance(t.prisma());
  });

  it("records a join as pending with the rules of the list after it, and applies it on approval", async () => {
    const m = university();
    const change = await join(f, m);
    expect(change).toMatchObject({ status: "PENDING", kind: "JOIN", flagged: false });
    expect(await currentCount(f)).toBe(12);
    const r = await approve(f, change);
    expect(r).toMatchObject({ status: "APPROVED", flagged: false });
    const row = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, organization: { creditCode: m.creditCode } } });
    expect(row.leftOn).toBeNull();
    expect(row.joinedOn.toISOString().slice(0, 10)).toBe("2026-01-10");
    expect(await currentCount(f)).toBe(13);
    const saved = await t.prisma().membershipChange.findUniqueOrThrow({ where: { id: change.id } });
    expect(saved).toMatchObject({ status: "APPROVED", councilResolution: RESOLUTION, version: 1 });
    const events = await t.prisma().auditEvent.findMany({ where: { entityId: change.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["membership.change_requested", "membership.change_decided"]);
    expect(JSON.stringify(events[1]!.summary)).toContain("R1");
  });

  it("applies an approved exit with leftOn = the council's date and keeps the row", async () => {
    const leaving = await memberByName(f, "成员单位4");
    const change = await exit(f, leaving.id);
    await approve(f, change, { on: "2026-02-01" });
    const row = await t.prisma().membership.findUniqueOrThrow({ where: { id: leaving.id } });
    expect(row.leftOn?.toISOString().slice(0, 10)).toBe("2026-02-01");
    const h = await findMemberHistory(f.filer, f.allianceId);
    expect(h.former.map((m) => m.id)).toContain(leaving.id);
    expect(h.current.map((m) => m.id)).not.toContain(leaving.id);
    expect(h.changes.map((c) => c.kind)).toEqual(["EXIT", "JOIN"]);
  });

  it("records a rejection without changing the member list", async () => {
    const before = await currentCount(f);
    const change = await join(f, university());
    expect(await approve(f, change, { approved: false })).toMatchObject({ status: "REJECTED" });
    expect(await currentCount(f)).toBe(before);
  });

  it("lets a unit that left rejoin: its row is reactivated and both changes stay in the history", async () => {
    const left = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, leftOn: { not: null } }, include: { organization: true } });
    const m: TMemberInput = {
      ...university(),
      creditCode: left.organization.creditCode,
      name: left.organization.name,
      type: "ENTERPRISE",
      chainPosition: "MIDSTREAM",
      outputValue2022: 900,
      profitTax2022: 30,
    };
    const change = await join(f, m);
    await approve(f, change, { on: "2026-03-01" });
    const row = await t.prisma().membership.findUniqueOrThrow({ where: { id: left.id } });
    expect(row.leftOn).toBeNull();
    expect(row.joinedOn.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(Number(row.outputValue2022)).toBe(900);
    const h = await findMemberHistory(f.filer, f.allianceId);
    expect(h.changes.filter((c) => c.organizationId === left.organizationId).map((c) => c.kind)).toEqual(["JOIN", "EXIT"]);
  });

  it("refuses a join of an organisation that is already a current member", async () => {
    const existing = await memberByName(f, "成员单位5");
    const m: TMemberInput = { ...university(), creditCode: existing.organization.creditCode, name: existing.organization.name };
    const r = await outcomeOf(join(f, m));
    expect(r.code).toBe("CONFLICT");
    expect(r.messages.join()).toContain("已是联盟成员");
  });

  it("refuses the exit of the lead unit, citing 附件2 第十三条（二）", async () => {
    const lead = await t.prisma().membership.findFirstOrThrow({ where: { allianceId: f.allianceId, organizationId: f.leadOrgId } });
    const r = await outcomeOf(exit(f, lead.id));
    expect(r).toEqual({ code: "INVALID_INPUT", messages: [leadCannotExitMessage()] });
    expect(leadCannotExitMessage()).toContain("附件2 第十三条（二）");
  });

  it("refuses another enterprise's filer as if the alliance did not exist, and the service center outright", async () => {
    const member = await memberByName(f, "成员单位5");
    expect((await outcomeOf(exit(f, member.id, f.outsider))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(join(f, university(), f.outsider))).code).toBe("NOT_FOUND");
    const change = await exit(f, member.id);
    expect((await outcomeOf(approve(f, change, { user: f.outsider }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(approve(f, change, { user: f.center }))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(findMemberHistory(f.outsider, f.allianceId))).code).toBe("NOT_FOUND");
    // A second request for the same unit while one is pending is refused.
    expect((await outcomeOf(exit(f, member.id))).code).toBe("CONFLICT");
    await approve(f, change, { approved: false });
  });

  it("refuses a stale version and a decision already taken", async () => {
    const change = await join(f, university());
    expect((await outcomeOf(approve(f, { id: change.id, version: change.version + 1 }))).code).toBe("CONFLICT");
    await approve(f, change, { approved: false });
    const r = await outcomeOf(approve(f, change));
    expect(r.code).toBe("CONFLICT");
    expect(r.messages.join()).toContain("请刷新");
  });

  it("refuses a council date in the future, both in the schema and in the data layer", async () => {
    const change = await join(f, university());
    const tomorrow = chinaTodayIso(new Date(Date.now() + 2 * 86_400_000));
    const parsed = ZDecideChangeInput.safeParse({
      changeId: change.id,
      version: 0,
      approved: true,
      councilApprovedOn: tomorrow,
      councilResolution: RESOLUTION,
    });
    expect(parsed.success).toBe(false);
    const r = await outcomeOf(approve(f, change, { on: tomorrow }));
    expect(r.code).toBe("INVALID_INPUT");
    expect(r.messages.join()).toContain("不能晚于今天");
    expect((await t.prisma().membershipChange.findUniqueOrThrow({ where: { id: change.id } })).status).toBe("PENDING");
  });

  it("refuses changes on an alliance that is not filed", async () => {
    await t.prisma().alliance.update({ where: { id: f.allianceId }, data: { state: "REVOKED" } });
    const r = await outcomeOf(join(f, university()));
    await t.prisma().alliance.update({ where: { id: f.allianceId }, data: { state: "FILED" } });
    expect(r.code).toBe("CONFLICT");
  });
});

describe("changes that break the formation conditions (六（二）1) are flagged to the service center", () => {
  it("flags R1 when exits drop the alliance below 10 members and notifies the center", async () => {
    const f = await createFiledAlliance(t.prisma());
    const other = await makeUser(t.prisma(), ["SERVICE_CENTER"]);
    // 12 members: two non-enterprise exits keep 10, the third leaves 9.
    for (const name of ["吉林某大学", "长春某研究所"]) {
      const c = await exit(f, (await memberByName(f, name)).id);
      expect(await approve(f, c)).toMatchObject({ flagged: false });
    }
    const third = await exit(f, (await memberByName(f, "吉林省某研究院")).id);
    expect(third.flagged).toBe(true); // the council sees it before deciding
    const r = await approve(f, third);
    expect(r.flagged).toBe(true);
    expect(r.ruleResults.find((x) => x.id === "R1")).toMatchObject({ status: "fail", clause: "六（二）1" });
    const notes = await t.prisma().notification.findMany({ where: { kind: "membership.flagged", link: `/alliances/${f.allianceId}/members` } });
    const centers = await t.prisma().user.findMany({ where: { roles: { has: "SERVICE_CENTER" } }, select: { id: true } });
    expect(centers.map((u) => u.id)).toEqual(expect.arrayContaining([f.center.id, other.id]));
    expect(notes.map((n) => n.userId).sort()).toEqual(centers.map((u) => u.id).sort());
    expect(notes[0]!.title).toContain("成员变更后不符合组建条件");
    const flagged = await findFlaggedChanges(f.center);
    expect(flagged.map((x) => x.id)).toContain(third.id);
    // Acknowledged: off the list, and once only.
    expect((await outcomeOf(acknowledgeChange(f.filer, { changeId: third.id }))).code).toBe("FORBIDDEN");
    await acknowledgeChange(f.center, { changeId: third.id });
    expect((await findFlaggedChanges(f.center)).map((x) => x.id)).not.toContain(third.id);
    expect((await outcomeOf(acknowledgeChange(other, { changeId: third.id }))).code).toBe("CONFLICT");
    expect(await t.prisma().auditEvent.count({ where: { entityId: third.id, action: "membership.change_acknowledged" } })).toBe(1);
  });

  it("flags R2 when an enterprise's exit drops enterprises under 60%", async () => {
    const f = await createFiledAlliance(t.prisma());
    // 8 of 12 are enterprises; with a university joining, 8 of 13 (61.5%); one enterprise leaving makes 7 of 12 (58.3%).
    await approve(f, await join(f, university()));
    const c = await exit(f, (await memberByName(f, "成员单位5")).id);
    const r = await approve(f, c);
    expect(r.flagged).toBe(true);
    expect(r.ruleResults.find((x) => x.id === "R2")).toMatchObject({ status: "fail" });
    expect(r.ruleResults.find((x) => x.id === "R1")).toMatchObject({ status: "pass" });
    const stored = await t.prisma().membershipChange.findUniqueOrThrow({ where: { id: c.id } });
    expect(stored.flagged).toBe(true);
    expect(JSON.stringify(stored.ruleWarnings)).toContain("低于 60%");
  });
});

describe("pending changes are checked against the list as it is now (issue 17)", () => {
  let enterpriseSeq = 0;
  function enterprise(): TMemberInput {
    enterpriseSeq += 1;
    const first = `91220101MD${String(enterpriseSeq).padStart(7, "0")}`;
    return {
      ...university(),
      creditCode: first + creditCodeCheckChar(first)!,
      name: `吉林某新加入企业${enterpriseSeq}`,
      type: "ENTERPRISE",
      chainPosition: "MIDSTREAM",
    };
  }
  const r2 = (rules: { id: string; status: string; message: string }[]) => rules.find((r) => r.id === "R2")!;

  /** 氢能 as in the issue: the fixture's 12 members (8 enterprises) plus an enterprise and a university, 14 and 9. */
  async function hydrogen14() {
    const f = await createFiledAlliance(t.prisma());
    await approve(f, await join(f, enterprise()));
    await approve(f, await join(f, university()));
    const members = await t.prisma().membership.findMany({ where: { allianceId: f.allianceId, leftOn: null }, include: { organization: true } });
    expect(members).toHaveLength(14);
    expect(members.filter((m) => m.organization.type === "ENTERPRISE")).toHaveLength(9);
    const a = await exit(f, (await memberByName(f, "成员单位4")).id);
    const b = await exit(f, (await memberByName(f, "成员单位5")).id);
    return { f, a, b };
  }
  const pendingOf = async (f: FiledFixture, id: string) => (await findMemberHistory(f.filer, f.allianceId)).changes.find((c) => c.id === id)!;

  it("shows each exit against today's list with both together beside it; after A is approved B shows 12 members, 7 enterprises, 58.3 %", async () => {
    const { f, a, b } = await hydrogen14();
    for (const id of [a.id, b.id]) {
      const c = await pendingOf(f, id);
      expect(r2(c.rules)).toMatchObject({ status: "pass", message: "成员单位 13 家中企业 8 家，占 61.5%，不低于 60%" });
      expect(c.combined?.others).toBe(1);
      expect(r2(c.combined!.results)).toMatchObject({ status: "fail", message: "成员单位 12 家中企业 7 家，占 58.3%，低于 60%" });
    }
    expect(a.flagged).toBe(false);
    expect(b.flagged).toBe(false);

    const decidedA = await approve(f, a);
    expect(decidedA.flagged).toBe(false);
    const shownB = await pendingOf(f, b.id);
    expect(r2(shownB.rules)).toMatchObject({ status: "fail", message: "成员单位 12 家中企业 7 家，占 58.3%，低于 60%" });
    expect(shownB.combined).toBeNull();
    // The stored check is renewed in A's transaction: flagged to the center before the council decides, with a new version.
    const storedB = await t.prisma().membershipChange.findUniqueOrThrow({ where: { id: b.id } });
    expect(storedB).toMatchObject({ flagged: true, version: b.version + 1 });
    expect(JSON.stringify(storedB.ruleWarnings)).toContain("成员单位 12 家中企业 7 家，占 58.3%，低于 60%");
    expect((await findFlaggedChanges(f.center)).map((x) => x.id)).toContain(b.id);
    const auditA = await t.prisma().auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: "membership.change_decided" } });
    expect(auditA.summary).toMatchObject({ pendingRechecked: 1 });

    // A decision form opened on the old check is refused as stale; on the current one it goes through, flagged.
    const stale = await outcomeOf(approve(f, b));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.messages.join()).toContain("请刷新");
    const decidedB = await approve(f, storedB);
    expect(decidedB).toMatchObject({ status: "APPROVED", flagged: true });
    expect(r2(decidedB.ruleResults).message).toBe("成员单位 12 家中企业 7 家，占 58.3%，低于 60%");
  });

  it("a rejection leaves the other pending checks as they were", async () => {
    const { f, a, b } = await hydrogen14();
    await approve(f, a, { approved: false });
    const storedB = await t.prisma().membershipChange.findUniqueOrThrow({ where: { id: b.id } });
    expect(storedB.version).toBe(b.version);
    expect(r2((await pendingOf(f, b.id)).rules).message).toBe("成员单位 13 家中企业 8 家，占 61.5%，不低于 60%");
  });

  it("of two approvals recorded at the same moment, one goes through and the other is sent back to be checked again", async () => {
    const { f, a, b } = await hydrogen14();
    const outcomes = await Promise.all([outcomeOf(approve(f, a)), outcomeOf(approve(f, b))]);
    expect(outcomes.map((o) => o.code).sort()).toEqual(["CONFLICT", "OK"]);
    const rows = await t.prisma().membershipChange.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.map((r) => r.status).sort()).toEqual(["APPROVED", "PENDING"]);
    expect(rows.find((r) => r.status === "PENDING")).toMatchObject({ flagged: true });
  });
});

describe("demo data (lib/db/seed-membership.ts)", () => {
  it("gives the hydrogen alliance decided and pending changes and flags carbon fibre's last exit under R2", async () => {
    // A database of its own: seedDemoIfEmpty only seeds an empty one.
    const demo = await createMigratedDatabase();
    const p = createPrisma(demo.url, 2);
    try {
      expect(await seedDemoIfEmpty(p)).toBe(true);
      // Until lib/db/seed-demo.ts calls it, run it here; once wired in, the changes already exist.
      if ((await p.membershipChange.count()) === 0) await p.$transaction((tx) => seedMembership(tx), { timeout: 60_000 });
      const cf = await p.membershipChange.findMany({ where: { alliance: { name: "吉林省碳纤维产业科技创新联盟" } }, orderBy: { createdAt: "asc" } });
      expect(cf.at(-1)).toMatchObject({ kind: "EXIT", status: "APPROVED", flagged: true, acknowledgedAt: null });
      expect(cf.slice(0, -1).every((c) => !c.flagged)).toBe(true);
      expect(JSON.stringify(cf.at(-1)!.ruleWarnings)).toContain("低于 60%");
      const hy = await p.membershipChange.findMany({ where: { alliance: { name: "吉林省氢能产业科技创新联盟" } } });
      expect(hy.map((c) => `${c.kind}:${c.status}`).sort()).toEqual(["EXIT:APPROVED", "JOIN:APPROVED", "JOIN:PENDING"]);
      const hydrogen = await p.alliance.findFirstOrThrow({
        where: { name: "吉林省氢能产业科技创新联盟" },
        include: { memberships: { where: { leftOn: null }, include: { organization: true } } },
      });
      const statuses = hydrogen.memberships.map((m) => confirmStatusOf(m));
      expect(statuses).toEqual(expect.arrayContaining(["CONFIRMED", "CHANGED", "DISPUTED", "UNCONFIRMED"]));
    } finally {
      await p.$disconnect();
      await demo.drop();
    }
  }, 180_000);
});
