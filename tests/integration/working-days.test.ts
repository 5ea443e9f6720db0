// Issue #17 item 7: service times (服务时限) in working days against the holiday calendar the system
// administrator keeps. The queue's mark and filter, the home counts, the dashboard and the overdue reminders
// all ask lib/calendar/working-days.ts, so they agree on the real database.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { getWorkingCalendar, listCalendarDays, removeCalendarDay, setCalendarDay } from "@/lib/calendar/calendar";
import { findQueue, queueCounts } from "@/lib/review/queue";
import { loadDashboard } from "@/lib/dashboard";
import { sendOverdueReminders } from "@/lib/review/overdue-reminders";
import { seedCalendar } from "@/lib/db/seed-calendar";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { LEAD } from "../helpers/filing-fixture";

const t = useTestDatabase();
const china = (local: string) => new Date(`${local}+08:00`);

let admin: SessionUser, reviewer: SessionUser, reviewer2: SessionUser, center: SessionUser, filer: SessionUser;
let id: string;

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  admin = await makeUser(p, ["SYSTEM_ADMIN"]);
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  reviewer2 = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  center = await makeUser(p, ["SERVICE_CENTER"]);
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  // Submitted on Friday 24 April 2026 at 10:00 China time; 处室审核 has 15 working days by default.
  const a = await p.alliance.create({
    data: {
      name: "吉林省氢能产业科技创新联盟",
      industryCode: "NEW_ENERGY",
      leadOrgId: lead.id,
      createdById: filer.id,
      state: "DIVISION_REVIEW",
      stateSince: china("2026-04-24T10:00:00"),
    },
  });
  id = a.id;
});

describe("the holiday calendar the system administrator keeps", () => {
  it("records 劳动节 and its 调休 Saturday, each change audited in its transaction", async () => {
    for (const date of ["2026-05-01", "2026-05-04", "2026-05-05"]) await setCalendarDay(admin, { date, kind: "HOLIDAY", name: "劳动节" });
    await setCalendarDay(admin, { date: "2026-05-09", kind: "WORKDAY", name: "劳动节调休上班" });
    expect((await listCalendarDays(admin, 2026)).map((d) => [d.date, d.kind, d.weekend])).toEqual([
      ["2026-05-01", "HOLIDAY", false],
      ["2026-05-04", "HOLIDAY", false],
      ["2026-05-05", "HOLIDAY", false],
      ["2026-05-09", "WORKDAY", true],
    ]);
    const audit = await t.prisma().auditEvent.findMany({ where: { action: "calendar.day_set" }, orderBy: { seq: "asc" } });
    expect(audit.map((e) => e.entityId)).toEqual(["2026-05-01", "2026-05-04", "2026-05-05", "2026-05-09"]);
    expect(audit[3]!.summary).toEqual({ date: "2026-05-09", kind: "WORKDAY", name: "劳动节调休上班", from: null });
    // Saving the same day again changes nothing and writes nothing.
    await setCalendarDay(admin, { date: "2026-05-09", kind: "WORKDAY", name: "劳动节调休上班" });
    expect(await t.prisma().auditEvent.count({ where: { action: "calendar.day_set" } })).toBe(4);
  });

  it("refuses a working weekday as 调休 and a weekend as a holiday, and anyone but the system administrator", async () => {
    expect((await outcomeOf(setCalendarDay(admin, { date: "2026-05-06", kind: "WORKDAY", name: "x" }))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(setCalendarDay(admin, { date: "2026-05-02", kind: "HOLIDAY", name: "x" }))).code).toBe("INVALID_INPUT");
    expect((await outcomeOf(setCalendarDay(center, { date: "2026-05-06", kind: "HOLIDAY", name: "x" }))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(removeCalendarDay(reviewer, { date: "2026-05-01" }))).code).toBe("FORBIDDEN");
    expect(await t.prisma().calendarDay.count()).toBe(4);
  });
});

describe("service times count working days across 劳动节 with a 调休 Saturday", () => {
  // Working days after Friday 24 April: 27-30 April (4), 6-8 May (7), Saturday 9 May (8), 11-15 May (13),
  // 18 May (14), 19 May (15). The last day allowed is Tuesday 19 May; overdue from Wednesday 20 May.
  it("the queue row, the overdue filter and the home count agree on the last day allowed", async () => {
    const lastDay = china("2026-05-19T17:00:00");
    const row = (await findQueue(reviewer, {}, lastDay)).rows[0]!;
    expect(row).toMatchObject({ id, overdue: false, limitDays: 15, dueOn: "2026-05-19", workingDays: 15, ageDays: 25 });
    expect((await findQueue(reviewer, { age: "overdue" }, lastDay)).rows).toHaveLength(0);
    expect((await queueCounts(reviewer, lastDay))[0]).toMatchObject({ total: 1, overdue: 0 });

    const dayAfter = china("2026-05-20T08:30:00");
    expect((await findQueue(reviewer, {}, dayAfter)).rows[0]).toMatchObject({ overdue: true, workingDays: 16 });
    expect((await findQueue(reviewer, { age: "overdue" }, dayAfter)).rows.map((r) => r.id)).toEqual([id]);
    expect((await findQueue(reviewer, { age: "overdue" }, dayAfter)).overdueTotal).toBe(1);
    expect((await queueCounts(reviewer, dayAfter))[0]).toMatchObject({ overdue: 1 });
  });

  it("without the calendar the last day allowed would be Friday 15 May, and the item overdue on Monday 18 May", async () => {
    const monday = china("2026-05-18T09:00:00");
    expect((await findQueue(reviewer, {}, monday)).rows[0]).toMatchObject({ overdue: false, dueOn: "2026-05-19" });
    const saved = await t.prisma().calendarDay.findMany();
    await t.prisma().calendarDay.deleteMany();
    expect((await findQueue(reviewer, {}, monday)).rows[0]).toMatchObject({ overdue: true, dueOn: "2026-05-15" });
    await t.prisma().calendarDay.createMany({ data: saved });
  });

  it("the 调休 Saturday counts: removed, the last day allowed moves to 20 May (audited)", async () => {
    await removeCalendarDay(admin, { date: "2026-05-09" });
    expect((await findQueue(reviewer, {}, china("2026-05-20T12:00:00"))).rows[0]).toMatchObject({ overdue: false, dueOn: "2026-05-20" });
    expect((await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "calendar.day_removed" } })).summary).toEqual({
      date: "2026-05-09",
      kind: "WORKDAY",
      name: "劳动节调休上班",
    });
    await setCalendarDay(admin, { date: "2026-05-09", kind: "WORKDAY", name: "劳动节调休上班" });
  });

  it("the dashboard's workload counts the same overdue item", async () => {
    const stage = async (now: Date) => (await loadDashboard(center, {}, now)).throughput.workload.find((w) => w.stage === "DIVISION")!;
    expect(await stage(china("2026-05-19T17:00:00"))).toMatchObject({ limitDays: 15, total: 1, overdue: 0 });
    expect(await stage(china("2026-05-20T08:30:00"))).toMatchObject({ limitDays: 15, total: 1, overdue: 1 });
  });

  it("reminds the division's reviewers once when the service time runs out, audited with the last day allowed", async () => {
    expect(await sendOverdueReminders(china("2026-05-19T17:00:00"))).toBe(0);
    expect(await sendOverdueReminders(china("2026-05-20T08:30:00"))).toBe(1);
    expect(await sendOverdueReminders(china("2026-05-20T09:30:00"))).toBe(0);
    const notes = await t.prisma().notification.findMany({ where: { kind: "review.overdue" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([reviewer.id, reviewer2.id].sort());
    expect(notes[0]!.body).toContain("最迟应于 2026-05-19 办结");
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "alliance.overdue_reminded" } });
    expect(audit).toMatchObject({ entityId: id, summary: { state: "DIVISION_REVIEW", limitDays: 15, dueOn: "2026-05-19", count: 2 } });
  });
});

describe("the demo seed", () => {
  it("seeds the 2026 arrangement once: 春节 with its two 调休 Saturdays", async () => {
    await t.prisma().calendarDay.deleteMany();
    await t.prisma().$transaction((tx) => seedCalendar(tx));
    await t.prisma().$transaction((tx) => seedCalendar(tx));
    const cal = await getWorkingCalendar();
    expect(cal.workdays).toEqual(new Set(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]));
    expect([...cal.holidays].filter((d) => d.startsWith("2026-02"))).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-02-23",
    ]);
    expect(cal.holidays.size).toBe(19);
  });
});
