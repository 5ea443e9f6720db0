import { beforeAll, describe, expect, it } from "vitest";
import { findAlliances, getAllianceOrThrow } from "@/lib/alliances/find-alliances";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import type { SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { ALLIANCES, DIVISIONS, DEMO_USERS, ORGANIZATIONS } from "@/prisma/seed-data";
import { useTestDatabase } from "../helpers/test-db";
import { findTimeline } from "@/lib/review/timeline";

const t = useTestDatabase();
const users = new Map<string, SessionUser>();

beforeAll(async () => {
  expect(await seedDemoIfEmpty(t.prisma())).toBe(true);
  expect(await seedDemoIfEmpty(t.prisma())).toBe(false);
  for (const u of await t.prisma().user.findMany()) {
    users.set(u.username, { ...u, mustChangePassword: false, mustEnrollTotp: false, ip: null, locale: null });
  }
});

const as = (username: string) => users.get(username)!;

async function visibleNames(username: string): Promise<string[]> {
  return (await findAlliances(as(username), { page: 1 })).rows.map((r) => r.name).sort();
}

describe("who sees which alliance (scoped queries)", () => {
  it("a filer sees exactly its own organisation's alliances", async () => {
    const filerOrg = DEMO_USERS.find((u) => u.username === "filer")!.org!;
    const expected = ALLIANCES.filter((a) => a.leadOrg === filerOrg)
      .map((a) => a.name)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleNames("filer")).toEqual(expected);
  });

  it("another organisation's alliance is not found for a filer, even by id", async () => {
    const other = await t
      .prisma()
      .alliance.findFirstOrThrow({ where: { leadOrg: { creditCode: { not: undefined } }, NOT: { leadOrgId: as("filer").organizationId! } } });
    await expect(getAllianceOrThrow(as("filer"), other.id)).rejects.toSatisfy((e) => AppError.is(e, "NOT_FOUND"));
    const own = await t.prisma().alliance.findFirstOrThrow({ where: { leadOrgId: as("filer").organizationId! } });
    expect((await getAllianceOrThrow(as("filer"), own.id)).id).toBe(own.id);
  });

  it("a division reviewer sees only submitted alliances of its division's industries", async () => {
    const reviewer = DEMO_USERS.find((u) => u.username === "reviewer")!;
    const industries = DIVISIONS.find((d) => d.code === reviewer.division)!.industries;
    const expected = ALLIANCES.filter((a) => industries.includes(a.industry) && a.state !== "DRAFT")
      .map((a) => a.name)
      .sort();
    expect(await visibleNames("reviewer")).toEqual(expected);
  });

  it("department, institute and service-center staff see every submitted alliance but no drafts", async () => {
    const expected = ALLIANCES.filter((a) => a.state !== "DRAFT")
      .map((a) => a.name)
      .sort();
    for (const u of ["secretary", "officer", "center"]) expect(await visibleNames(u)).toEqual(expected);
  });

  it("the three administrators see no alliance content", async () => {
    for (const u of ["sysadmin", "secadmin", "auditor"]) {
      expect(await visibleNames(u)).toEqual([]);
      const any = await t.prisma().alliance.findFirstOrThrow();
      await expect(getAllianceOrThrow(as(u), any.id)).rejects.toSatisfy((e) => AppError.is(e, "NOT_FOUND"));
    }
  });

  it("a user without an organisation sees nothing rather than everything", async () => {
    const orphan: SessionUser = { ...as("filer"), organizationId: null };
    expect((await findAlliances(orphan)).total).toBe(0);
  });

  it("seeds every organisation once and an audit record of the seeding", async () => {
    expect(await t.prisma().organization.count()).toBe(ORGANIZATIONS.length);
    expect(await t.prisma().auditEvent.count({ where: { action: "system.seeded" } })).toBe(1);
  });

  it("seeds each submitted filing with its history: snapshot, opinions and timeline up to its state", async () => {
    const filed = ALLIANCES.find((a) => a.state === "FILED")!;
    const row = await t.prisma().alliance.findFirstOrThrow({ where: { name: filed.name }, include: { filing: true } });
    const timeline = await findTimeline(as("secretary"), row.id);
    expect(timeline.map((e) => e.title)).toEqual([
      "提交申报（第 1 版）",
      "处室审核通过",
      "组织形式审核通过",
      // The 厅务会 sat in the weeks before the filing date (issue 14 item 17: the story's dates, not the seeding day's).
      "厅务会审议通过（2024年第4次厅务会）",
      `予以备案，备案编号 ${row.filing!.number}`,
    ]);
    const meeting = ALLIANCES.find((a) => a.state === "MEETING")!;
    const m = await t.prisma().alliance.findFirstOrThrow({ where: { name: meeting.name }, include: { opinions: true, versions: true } });
    expect(m.opinions.map((o) => `${o.stage}:${o.decision}`).sort()).toEqual(["DIVISION:PASS", "FORM:PASS"]);
    expect((m.versions[0]!.snapshot as { members: unknown[] }).members).toHaveLength(meeting.members.length);
  });
});
