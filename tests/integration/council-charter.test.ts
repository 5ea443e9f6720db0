import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findCouncil, findExpiringTerms, recordCouncilTerm } from "@/lib/operation/council";
import { reminderKey, sendTermExpiryReminders } from "@/lib/operation/term-reminders";
import { amendCharter, findCharterVersions } from "@/lib/operation/charter";
import { councilSeatsResult } from "@/lib/operation/council-rules";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { fixtures } from "../helpers/fixture-files";
import type { SessionUser } from "@/lib/auth/session";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
const NOW = new Date("2026-11-24T04:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let a: FiledFixture, b: FiledFixture, reviewer: SessionUser;

beforeAll(async () => {
  a = await createFiledAlliance(t.prisma());
  b = await createFiledAlliance(t.prisma());
  reviewer = await makeUser(t.prisma(), ["DIVISION_REVIEWER"]);
});

describe("council terms (附件2 第十三条（二）)", () => {
  it("numbers terms in order, ends them after three years and defaults seats to the current council", async () => {
    const first = await recordCouncilTerm(a.filer, { allianceId: a.allianceId, startsOn: "2024-02-29", electedOn: "2024-02-20" }, NOW);
    expect(first.termNo).toBe(1);
    // 29 February: the term's last day is 28 February three years on.
    expect(first.endsOn).toEqual(day("2027-02-28"));
    expect(first.seats).toBe(4);
    const second = await recordCouncilTerm(a.filer, { allianceId: a.allianceId, startsOn: "2027-03-01", seats: 5 }, NOW);
    expect(second.termNo).toBe(2);
    expect(second.endsOn).toEqual(day("2030-02-28"));
    const audit = await t.prisma().auditEvent.findMany({ where: { action: "council.term_recorded", entityId: { in: [first.id, second.id] } } });
    expect(audit).toHaveLength(2);
  });

  it("refuses a term that does not start after the previous one", async () => {
    const out = await outcomeOf(recordCouncilTerm(a.filer, { allianceId: a.allianceId, startsOn: "2027-03-01" }, NOW));
    expect(out.code).toBe("INVALID_INPUT");
    expect(out.messages.join()).toContain("第 2 届");
    expect(await t.prisma().councilTerm.count({ where: { allianceId: a.allianceId } })).toBe(2);
  });

  it("lets one of two simultaneous recordings of the next term through", async () => {
    const e = await createFiledAlliance(t.prisma());
    const outs = await Promise.all([
      outcomeOf(recordCouncilTerm(e.filer, { allianceId: e.allianceId, startsOn: "2025-05-01" }, NOW)),
      outcomeOf(recordCouncilTerm(e.filer, { allianceId: e.allianceId, startsOn: "2025-05-01" }, NOW)),
    ]);
    // Which refusal the loser gets depends on timing: the unique term number (CONFLICT) or the start-date rule.
    expect(outs.filter((o) => o.code === "OK")).toHaveLength(1);
    expect(outs.find((o) => o.code !== "OK")?.code).toMatch(/^(CONFLICT|INVALID_INPUT)$/);
    expect(await t.prisma().councilTerm.count({ where: { allianceId: e.allianceId } })).toBe(1);
  });

  it("warns (without refusing) when the seats are far from a third of the members", async () => {
    const r = await recordCouncilTerm(b.filer, { allianceId: b.allianceId, startsOn: "2024-01-10", seats: 8 }, NOW);
    expect(r.r5.status).toBe("warn");
    expect(r.r5.message).toContain("多于约三分之一");
    expect(r.r5.clause).toBe("附件2 第十三条（二）");
    expect(councilSeatsResult(4, 12).status).toBe("pass");
    expect(councilSeatsResult(2, 12).status).toBe("warn");
  });

  it("refuses other filers, other roles, bad dates and a future election date", async () => {
    expect((await outcomeOf(recordCouncilTerm(a.outsider, { allianceId: a.allianceId, startsOn: "2030-03-01" }, NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(recordCouncilTerm(a.center, { allianceId: a.allianceId, startsOn: "2030-03-01" }, NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(recordCouncilTerm(reviewer, { allianceId: a.allianceId, startsOn: "2030-03-01" }, NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(recordCouncilTerm(a.filer, { allianceId: a.allianceId, startsOn: "2030-02-30" }, NOW))).code).toBe("INVALID_INPUT");
    const future = await outcomeOf(recordCouncilTerm(a.filer, { allianceId: a.allianceId, startsOn: "2030-03-01", electedOn: "2030-02-01" }, NOW));
    expect(future).toEqual({ code: "INVALID_INPUT", messages: ["换届选举日期不能晚于今天"] });
  });

  it("shows the council with the current term and its days to expiry", async () => {
    const c = await findCouncil(b.filer, b.allianceId, NOW);
    expect(c.current?.termNo).toBe(1);
    expect(c.current?.endsOn).toEqual(day("2027-01-09"));
    expect(c.current?.daysLeft).toBe(46);
    expect(c.current?.status).toBe("EXPIRING");
    expect(c.councilMembers).toHaveLength(4);
    expect(c.canEdit).toBe(true);
    expect((await findCouncil(b.center, b.allianceId, NOW)).canEdit).toBe(false);
    expect((await outcomeOf(findCouncil(b.outsider, b.allianceId, NOW))).code).toBe("NOT_FOUND");
  });

  it("lists expiring terms and filed alliances with no term for the center, only its own for a filer", async () => {
    const c = await createFiledAlliance(t.prisma());
    const rows = await findExpiringTerms(b.center, 90, NOW);
    expect(rows.find((r) => r.allianceId === b.allianceId)).toMatchObject({ termNo: 1, daysLeft: 46, status: "EXPIRING" });
    expect(rows.find((r) => r.allianceId === c.allianceId)).toMatchObject({ termNo: null, status: "NONE" });
    // a's term 2 ends in 2030: not within 90 days
    expect(rows.find((r) => r.allianceId === a.allianceId)).toBeUndefined();
    expect((await findExpiringTerms(b.filer, 90, NOW)).map((r) => r.allianceId)).toEqual([b.allianceId]);
    expect(await findExpiringTerms(a.outsider, 90, NOW)).toEqual([]);
  });
});

describe("term expiry reminders", () => {
  const notices = (userId: string) => t.prisma().notification.count({ where: { userId, kind: "council.term_expiring" } });

  it("sends the 90-day reminder once, then the 30-day one once", async () => {
    const term = await t.prisma().councilTerm.findFirstOrThrow({ where: { allianceId: b.allianceId } });
    const before = await notices(b.filer.id);
    await sendTermExpiryReminders(NOW);
    expect(await notices(b.filer.id)).toBe(before + 1);
    expect(await notices(b.center.id)).toBeGreaterThanOrEqual(1);
    expect(await t.prisma().reminderSent.findUnique({ where: { key: reminderKey(term.id, 90) } })).not.toBeNull();
    await sendTermExpiryReminders(NOW);
    await sendTermExpiryReminders(new Date("2026-11-30T04:00:00Z"));
    expect(await notices(b.filer.id)).toBe(before + 1);
    // 2026-12-15: 25 days left
    await sendTermExpiryReminders(new Date("2026-12-15T04:00:00Z"));
    await sendTermExpiryReminders(new Date("2026-12-16T04:00:00Z"));
    expect(await notices(b.filer.id)).toBe(before + 2);
    // a's filer was never reminded: its term is years away
    expect(await notices(a.filer.id)).toBe(0);
    expect(await sendTermExpiryReminders(new Date("2026-12-20T04:00:00Z"))).toBe(0);
    expect(await notices(b.filer.id)).toBe(before + 2);
  });

  it("sends one reminder when two runs race for the same term", async () => {
    const d = await createFiledAlliance(t.prisma());
    await recordCouncilTerm(d.filer, { allianceId: d.allianceId, startsOn: "2024-02-01" }, NOW); // ends 2027-01-31: 68 days left
    const runs = await Promise.all([sendTermExpiryReminders(NOW), sendTermExpiryReminders(NOW)]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(await notices(d.filer.id)).toBe(1);
  });
});

describe("charter amendments (附件2 第十九条)", () => {
  it("stores an approved amendment as the next charter version with its approval record", async () => {
    const first = await amendCharter(
      a.filer,
      { allianceId: a.allianceId, fileName: "章程修正案.docx", bytes: fixtures.docx(), approvedOn: "2026-06-30", approvedBy: "2026年第一次成员大会" },
      NOW,
    );
    expect(first.versionNo).toBe(1);
    const second = await amendCharter(
      a.filer,
      {
        allianceId: a.allianceId,
        fileName: "章程（2026修订）.pdf",
        bytes: fixtures.pdf(),
        approvedOn: "2026-11-20",
        approvedBy: "2026年第二次成员大会",
        note: "修改第十三条",
      },
      NOW,
    );
    expect(second.versionNo).toBe(2);
    const { versions, canAmend } = await findCharterVersions(a.center, a.allianceId);
    expect(canAmend).toBe(false);
    expect(versions.map((v) => [v.versionNo, v.approvedBy, v.approvedOn?.toISOString().slice(0, 10)])).toEqual([
      [2, "2026年第二次成员大会", "2026-11-20"],
      [1, "2026年第一次成员大会", "2026-06-30"],
    ]);
    expect(versions[0]!.downloadHref).toBe(`/api/documents/${second.versionId}`);
    expect(await t.prisma().auditEvent.count({ where: { action: "charter.amended", entityId: first.documentId } })).toBe(2);
  });

  it("refuses a future approval date, a missing meeting, a non-owner and a bad file", async () => {
    const base = { allianceId: a.allianceId, fileName: "x.docx", bytes: fixtures.docx(), approvedOn: "2026-11-01", approvedBy: "2026年第三次成员大会" };
    expect(await outcomeOf(amendCharter(a.filer, { ...base, approvedOn: "2026-11-25" }, NOW))).toEqual({
      code: "INVALID_INPUT",
      messages: ["成员大会通过日期不能晚于今天"],
    });
    expect((await outcomeOf(amendCharter(a.filer, { ...base, approvedBy: "" }, NOW))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(amendCharter(a.outsider, base, NOW))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(amendCharter(a.center, base, NOW))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(amendCharter(b.filer, base, NOW))).code).toBe("NOT_FOUND");
    const exe = await outcomeOf(amendCharter(a.filer, { ...base, bytes: fixtures.exe() }, NOW));
    expect(exe.code).toBe("INVALID_INPUT");
    expect(exe.messages[0]).toContain("只接受 Word");
    expect((await outcomeOf(amendCharter(a.filer, { ...base, bytes: fixtures.docm() }, NOW))).code).toBe("INVALID_INPUT");
    expect((await findCharterVersions(a.filer, a.allianceId)).versions).toHaveLength(2);
  });
});
