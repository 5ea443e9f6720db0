import { beforeAll, describe, expect, it } from "vitest";
import { confirmDissolution, findDissolutionVotes, findPendingDissolutions, recordDissolutionVote } from "@/lib/operation/dissolution";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { outcomeOf } from "../helpers/errors";

const t = useTestDatabase();
const NOW = new Date("2026-11-24T04:00:00Z");
const PROPOSAL = "秘书处提出：联盟主要任务已完成，提请理事会审议解散并组织清算。";
const versionOf = async (id: string) => (await t.prisma().alliance.findUniqueOrThrow({ where: { id } })).version;

let a: FiledFixture, b: FiledFixture;

beforeAll(async () => {
  a = await createFiledAlliance(t.prisma());
  b = await createFiledAlliance(t.prisma());
});

describe("dissolution vote (附件3 第十一条, R12)", () => {
  it("records 7 of 10 as not passed and refuses to confirm it, citing the clause", async () => {
    const vote = await recordDissolutionVote(
      a.filer,
      { allianceId: a.allianceId, votedOn: "2026-11-20", councilSize: 10, votesFor: 7, proposal: PROPOSAL },
      NOW,
    );
    expect(vote.passed).toBe(false);
    expect(vote.message).toBe("理事会 10 名，同意 7 名，未达到五分之四（至少 8 名）");
    expect(await findPendingDissolutions(a.center)).toEqual([]);
    const out = await outcomeOf(confirmDissolution(a.center, { voteId: vote.id, allianceVersion: await versionOf(a.allianceId) }, NOW));
    expect(out.code).toBe("INVALID_INPUT");
    expect(out.messages.join()).toContain("附件3 第十一条");
    expect((await t.prisma().alliance.findUniqueOrThrow({ where: { id: a.allianceId } })).state).toBe("FILED");
  });

  it("refuses more votes than council members, a future date, other filers and other roles", async () => {
    const base = { allianceId: a.allianceId, votedOn: "2026-11-20", councilSize: 10, votesFor: 8, proposal: PROPOSAL };
    expect(await outcomeOf(recordDissolutionVote(a.filer, { ...base, votesFor: 11 }, NOW))).toEqual({
      code: "INVALID_INPUT",
      messages: ["同意票数不能超过理事会人数"],
    });
    expect((await outcomeOf(recordDissolutionVote(a.filer, { ...base, votedOn: "2026-11-25" }, NOW))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(recordDissolutionVote(a.filer, { ...base, proposal: "解散" }, NOW))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(recordDissolutionVote(a.outsider, base, NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(recordDissolutionVote(b.filer, base, NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(recordDissolutionVote(a.center, base, NOW))).code).toBe("FORBIDDEN");
    expect(await t.prisma().dissolutionVote.count({ where: { allianceId: a.allianceId } })).toBe(1);
  });

  it("defaults the council size to the current council", async () => {
    // the fixture has 4 council units: 3 of 4 is below 4/5, 4 of 4 passes
    const v = await recordDissolutionVote(b.filer, { allianceId: b.allianceId, votedOn: "2026-11-01", votesFor: 3, proposal: PROPOSAL }, NOW);
    expect(v.message).toBe("理事会 4 名，同意 3 名，未达到五分之四（至少 4 名）");
  });

  it("records 8 of 10 as passed, tells the service center, and the center confirms: DISSOLVED, filing closed, filer told", async () => {
    const vote = await recordDissolutionVote(
      a.filer,
      { allianceId: a.allianceId, votedOn: "2026-11-22", councilSize: 10, votesFor: 8, proposal: PROPOSAL },
      NOW,
    );
    expect(vote.passed).toBe(true);
    expect(vote.message).toBe("理事会 10 名，同意 8 名，达到五分之四（至少 8 名）");
    expect(await t.prisma().notification.count({ where: { userId: a.center.id, kind: "dissolution.passed" } })).toBe(1);
    expect(await t.prisma().auditEvent.count({ where: { action: "dissolution.vote_recorded", entityId: vote.id } })).toBe(1);
    const pending = await findPendingDissolutions(a.center);
    expect(pending.map((p) => p.voteId)).toEqual([vote.id]);
    expect(await outcomeOf(findPendingDissolutions(a.filer))).toEqual({ code: "FORBIDDEN", messages: [] });
    // the filer may not confirm; neither may another alliance's filer find it
    expect((await outcomeOf(confirmDissolution(a.filer, { voteId: vote.id, allianceVersion: pending[0]!.allianceVersion }, NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(confirmDissolution(b.filer, { voteId: vote.id, allianceVersion: pending[0]!.allianceVersion }, NOW))).code).toBe("NOT_FOUND");
    // a stale page
    expect((await outcomeOf(confirmDissolution(a.center, { voteId: vote.id, allianceVersion: pending[0]!.allianceVersion + 5 }, NOW))).code).toBe("CONFLICT");

    // two confirmations at once: one wins
    const results = await Promise.all([
      outcomeOf(confirmDissolution(a.center, { voteId: vote.id, allianceVersion: pending[0]!.allianceVersion }, NOW)),
      outcomeOf(confirmDissolution(a.center, { voteId: vote.id, allianceVersion: pending[0]!.allianceVersion }, NOW)),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "OK"]);

    const alliance = await t.prisma().alliance.findUniqueOrThrow({ where: { id: a.allianceId }, include: { filing: true } });
    expect(alliance.state).toBe("DISSOLVED");
    expect(alliance.filing?.revokedAt).toEqual(NOW);
    const row = await t.prisma().dissolutionVote.findUniqueOrThrow({ where: { id: vote.id } });
    expect(row.confirmedAt).toEqual(NOW);
    expect(row.confirmedById).toBe(a.center.id);
    expect(await t.prisma().notification.count({ where: { userId: a.filer.id, kind: "alliance.dissolved" } })).toBe(1);
    expect(await t.prisma().auditEvent.count({ where: { action: "dissolution.confirmed", entityId: vote.id } })).toBe(1);
    expect(await t.prisma().auditEvent.count({ where: { action: "alliance.transitioned", entityId: a.allianceId } })).toBe(1);
    expect(await findPendingDissolutions(a.center)).toEqual([]);

    // a dissolved alliance takes no more votes; the history stays readable
    expect(
      (
        await outcomeOf(
          recordDissolutionVote(a.filer, { allianceId: a.allianceId, votedOn: "2026-11-23", councilSize: 10, votesFor: 10, proposal: PROPOSAL }, NOW),
        )
      ).code,
    ).toBe("CONFLICT");
    const history = await findDissolutionVotes(a.filer, a.allianceId);
    expect(history.canRecord).toBe(false);
    expect(history.votes.map((v) => v.passed)).toEqual([true, false]);
  });
});
