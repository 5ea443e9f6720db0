// Issue 14 item 17: a demo filing's history carries the dates of its story, not the seeding day. A reviewer
// opening a seeded filing sees it submitted, reviewed, decided and filed on their own days, in order, with
// the filing date of its number, the submission date of its version and the queue age of its stage agreeing.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { storyDates } from "@/lib/db/seed-history";
import type { SessionUser } from "@/lib/auth/session";
import { findTimeline } from "@/lib/review/timeline";
import { verifyAuditChain } from "@/lib/audit/verify";
import { useTestDatabase } from "../helpers/test-db";

const t = useTestDatabase();
let secretary: SessionUser;
const NOW = new Date();
const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const TODAY = chinaDay(NOW);

beforeAll(async () => {
  expect(await seedDemoIfEmpty(t.prisma())).toBe(true);
  const u = await t.prisma().user.findFirstOrThrow({ where: { username: "secretary" } });
  secretary = { ...u, mustChangePassword: false, mustEnrollTotp: false, ip: null, locale: null };
}, 120_000);

async function submittedAlliances() {
  return t.prisma().alliance.findMany({
    where: { state: { not: "DRAFT" } },
    orderBy: { name: "asc" },
    include: { filing: true, versions: true, opinions: true },
  });
}

describe("the demo filings' histories (issue 14 item 17)", () => {
  it("no timeline step of a demo alliance is dated the seeding day unless its story is today", async () => {
    const alliances = await submittedAlliances();
    expect(alliances.length).toBeGreaterThanOrEqual(6);
    for (const a of alliances) {
      const story = storyDates(a.state, { stateSince: a.stateSince, filedAt: a.filing?.filedAt, revokedAt: a.filing?.revokedAt }, NOW);
      const storyIsToday = story.some((s) => chinaDay(s.at) === TODAY);
      const timeline = await findTimeline(secretary, a.id);
      expect(timeline.length, a.name).toBe(story.length);
      if (!storyIsToday)
        expect(
          timeline.filter((e) => chinaDay(e.at) === TODAY).map((e) => e.title),
          a.name,
        ).toEqual([]);
      // In order, a day or more apart, as the story tells it.
      const times = timeline.map((e) => e.at.getTime());
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!, `${a.name} step ${i}`).toBeGreaterThanOrEqual(86_400_000);
      expect(
        timeline.map((e) => e.at.getTime()),
        a.name,
      ).toEqual(story.map((s) => s.at.getTime()));
    }
  });

  it("the filing date, the submission date, the stage's age and the opinions agree with the timeline", async () => {
    for (const a of await submittedAlliances()) {
      const timeline = await findTimeline(secretary, a.id);
      const first = timeline[0]!;
      const last = timeline[timeline.length - 1]!;
      expect(first.title, a.name).toContain("提交申报");
      expect(a.submittedAt?.getTime(), a.name).toBe(first.at.getTime());
      expect(a.versions[0]!.submittedAt.getTime(), a.name).toBe(first.at.getTime());
      expect(a.stateSince.getTime(), a.name).toBe(last.at.getTime());
      if (a.filing) {
        const filed = timeline.find((e) => e.title.includes("备案编号"))!;
        expect(chinaDay(filed.at), a.name).toBe(chinaDay(a.filing.filedAt));
        expect(filed.title, a.name).toContain(a.filing.number);
        // The 厅务会 that approved it sat before the filing, in the year its session number names.
        const meeting = timeline.find((e) => e.title.includes("厅务会"))!;
        expect(meeting.at.getTime()).toBeLessThan(filed.at.getTime());
        expect(meeting.title).toContain(`${chinaDay(meeting.at).slice(0, 4)}年第`);
      }
      for (const op of a.opinions) {
        expect(chinaDay(op.createdAt), a.name).not.toBe(TODAY);
        expect(timeline.some((e) => e.at.getTime() === op.createdAt.getTime())).toBe(true);
      }
    }
  });

  it("no audit event or notice about a demo alliance is dated the seeding day, and the audit chain still verifies", async () => {
    const ids = (await submittedAlliances()).map((a) => a.id);
    const events = await t.prisma().auditEvent.findMany({ where: { entityType: "Alliance", entityId: { in: ids } } });
    expect(events.length).toBeGreaterThan(ids.length);
    expect(events.filter((e) => chinaDay(e.at) === TODAY).map((e) => `${e.action} ${e.entityId}`)).toEqual([]);
    const notices = await t.prisma().notification.findMany();
    expect(notices.filter((n) => chinaDay(n.createdAt) === TODAY).map((n) => n.title)).toEqual([]);
    const report = await verifyAuditChain(t.prisma());
    expect(report.ok, JSON.stringify(report.firstBad ?? report.disabledTriggers)).toBe(true);
  });
});
