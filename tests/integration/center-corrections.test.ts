// Issue 17 item 10: the service center sends reminders when it chooses (report due, council term ending), each recorded
// once, and takes back what was recorded by mistake (a draft scheme, a charter amendment, a project's adoption), each
// audited with its reason in the same transaction. Refusals for the wrong role and the wrong state change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { createScheme, publishScheme } from "@/lib/assessment/schemes";
import { deleteDraftScheme } from "@/lib/assessment/delete-scheme";
import { sendReportRemindersNow } from "@/lib/assessment/remind-now";
import { sendReportReminders } from "@/lib/assessment/reminders";
import { sendTermReminderNow } from "@/lib/operation/term-remind-now";
import { withdrawCharterVersion, CHARTER_WITHDRAW_MESSAGES } from "@/lib/operation/withdraw-charter";
import { undoProjectAdoption, UNDO_ADOPTION_MESSAGES } from "@/lib/operation/undo-adoption";
import { markProjectAdopted, recommendProject, removeProject } from "@/lib/operation/projects";
import { findCharterVersions } from "@/lib/operation/charter";
import { findAuditEvents } from "@/lib/audit/find-events";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";

const t = useTestDatabase();
let f: FiledFixture, g: FiledFixture;
let reviewer: SessionUser, officer: SessionUser, auditor: SessionUser;
const REASON = "年度填错，重新建立方案";

beforeAll(async () => {
  const p = t.prisma();
  f = await createFiledAlliance(p);
  g = await createFiledAlliance(p);
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: (await p.division.findUniqueOrThrow({ where: { code: "HT" } })).id });
  officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
  auditor = await makeUser(p, ["AUDIT_ADMIN"]);
});

/** Every row the corrections and reminders could touch, to show a refusal changed nothing. */
async function snapshot() {
  const p = t.prisma();
  return Promise.all([
    p.assessmentScheme.findMany({ orderBy: { id: "asc" } }),
    p.documentVersion.findMany({ orderBy: { id: "asc" } }),
    p.recommendedProject.findMany({ orderBy: { id: "asc" } }),
    p.reminderSent.findMany({ orderBy: { key: "asc" } }),
    p.notification.count(),
    p.auditEvent.count(),
  ]);
}

async function refusedUnchanged(fn: () => Promise<unknown>, code: string, message?: string) {
  const before = await snapshot();
  const out = await outcomeOf(fn());
  expect(out.code).toBe(code);
  if (message) expect(out.messages).toContain(message);
  expect(await snapshot()).toEqual(before);
}

const sentence = async (action: string) => (await findAuditEvents(auditor, { action })).rows[0]!;

describe("deleting a draft scheme", () => {
  it("deletes a draft with its reason in the audit log; refuses without a reason, for other roles, once published, or on a stale version", async () => {
    const p = t.prisma();
    const { id } = await createScheme(f.center, { ...DEFAULT_SCHEME, year: 2031, title: "2031年度考核方案", reportDue: "2032-03-31" });
    const v = (await p.assessmentScheme.findUniqueOrThrow({ where: { id } })).version;
    for (const who of [f.filer, reviewer, officer, auditor])
      await refusedUnchanged(() => deleteDraftScheme(who, { id, version: v, reason: REASON }), "FORBIDDEN");
    await refusedUnchanged(
      () => deleteDraftScheme(f.center, { id, version: v, reason: "  错 " }),
      "INVALID_INPUT",
      "请填写至少 5 个字的理由（如误录、重复登记的情况），理由记入审计日志",
    );
    await refusedUnchanged(() => deleteDraftScheme(f.center, { id, version: v + 1, reason: REASON }), "CONFLICT");
    await refusedUnchanged(() => deleteDraftScheme(f.center, { id: crypto.randomUUID(), version: 0, reason: REASON }), "NOT_FOUND");

    expect(await deleteDraftScheme(f.center, { id, version: v, reason: REASON })).toEqual({ year: 2031 });
    expect(await p.assessmentScheme.findUnique({ where: { id } })).toBeNull();
    const e = await sentence("scheme.deleted");
    expect(e.sentence).toBe(`删除2031年度考核方案草稿 “2031年度考核方案”（报告截止 2032年3月31日），理由：“${REASON}”`);
    expect(e.object).toBe("2031年度考核方案");
    // Deleting twice: the second finds nothing.
    await refusedUnchanged(() => deleteDraftScheme(f.center, { id, version: v, reason: REASON }), "NOT_FOUND");

    // A published scheme stays, whatever the version says.
    const pub = await createScheme(f.center, { ...DEFAULT_SCHEME, year: 2032, title: "2032年度考核方案", reportDue: "2099-03-31" });
    await publishScheme(f.center, { id: pub.id, version: 0 });
    const pv = (await p.assessmentScheme.findUniqueOrThrow({ where: { id: pub.id } })).version;
    await refusedUnchanged(
      () => deleteDraftScheme(f.center, { id: pub.id, version: pv, reason: REASON }),
      "FORBIDDEN",
      "考核方案已发布，各联盟已按其填报，不能删除；如需调整只能延长提交截止日期",
    );
  });
});

describe("report reminders when the center chooses", () => {
  let schemeId: string;
  beforeAll(async () => {
    const p = t.prisma();
    const s = await createScheme(f.center, { ...DEFAULT_SCHEME, year: 2026, title: "2026年度考核方案", reportDue: "2099-03-31" });
    schemeId = s.id;
    // g has handed in its report: it is not reminded.
    await p.annualReport.create({ data: { allianceId: g.allianceId, schemeId, year: 2026, figures: {}, status: "SUBMITTED", submittedAt: new Date() } });
  });

  it("refuses a draft scheme and the wrong roles, changing nothing", async () => {
    await refusedUnchanged(() => sendReportRemindersNow(f.center, { schemeId }), "FORBIDDEN", "方案尚未发布，各联盟还没有需要提交的年度报告");
    await publishScheme(f.center, { id: schemeId, version: 0 });
    for (const who of [f.filer, reviewer, officer]) await refusedUnchanged(() => sendReportRemindersNow(who, { schemeId }), "FORBIDDEN");
  });

  it("reminds those owing a report; a second sending the same day, even two at once, sends and records nothing more", async () => {
    const p = t.prisma();
    const now = new Date();
    const notes = () => p.notification.count({ where: { userId: f.filer.id, kind: "report.due_soon" } });
    const before = await notes();
    // Two clicks at once: one sends, the other finds it sent.
    const first = await Promise.all([sendReportRemindersNow(f.center, { schemeId }, now), sendReportRemindersNow(f.center, { schemeId }, now)]);
    expect(first.map((r) => r.reminded).sort()).toEqual([0, 1]);
    expect(first.every((r) => r.owing === 1 && r.reminded + r.alreadyToday === 1)).toBe(true);
    expect(await notes()).toBe(before + 1);
    expect(await p.notification.count({ where: { userId: g.filer.id, kind: "report.due_soon" } })).toBe(0);
    const audits = await p.auditEvent.count({ where: { action: "reminders.sent", entityId: schemeId } });
    expect(audits).toBe(1);
    expect((await sentence("reminders.sent")).sentence).toBe("发送2026年度报告截止提醒（服务中心即时提醒），共 1 个联盟");

    const again = await Promise.all([sendReportRemindersNow(f.center, { schemeId }, now), sendReportRemindersNow(f.center, { schemeId }, now)]);
    expect(again).toEqual([
      { owing: 1, reminded: 0, alreadyToday: 1 },
      { owing: 1, reminded: 0, alreadyToday: 1 },
    ]);
    expect(await notes()).toBe(before + 1);
    expect(await p.auditEvent.count({ where: { action: "reminders.sent", entityId: schemeId } })).toBe(1);
    expect(await p.reminderSent.count({ where: { key: { startsWith: `annual-report:${schemeId}:${f.allianceId}:` } } })).toBe(1);

    // The next China day it may be sent again.
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(await sendReportRemindersNow(f.center, { schemeId }, tomorrow)).toMatchObject({ reminded: 1 });
    expect(await notes()).toBe(before + 2);
  });

  it("a reminder the hourly job sent today counts: the center's sending does not repeat it", async () => {
    const p = t.prisma();
    const h = await createFiledAlliance(p);
    await p.assessmentScheme.update({ where: { id: schemeId }, data: { reportDue: new Date(Date.now() + 3 * 86_400_000) } });
    expect(await sendReportReminders(new Date())).toBeGreaterThanOrEqual(1);
    const notes = await p.notification.count({ where: { userId: h.filer.id } });
    const r = await sendReportRemindersNow(h.center, { schemeId });
    expect(r.alreadyToday).toBeGreaterThanOrEqual(1);
    expect(await p.notification.count({ where: { userId: h.filer.id } })).toBe(notes);
    await p.assessmentScheme.update({ where: { id: schemeId }, data: { reportDue: new Date("2099-03-31T15:59:59Z") } });
  });

  it("refuses once the due date has passed", async () => {
    await refusedUnchanged(
      () => sendReportRemindersNow(f.center, { schemeId }, new Date("2099-04-01T00:00:00Z")),
      "FORBIDDEN",
      "报告提交截止日期（2099-03-31）已过，不能再提醒提交",
    );
  });
});

describe("council-term reminders when the center chooses", () => {
  it("tells the lead filers once a day, audited once; refuses other roles, an alliance without a term, or one no longer filed", async () => {
    const p = t.prisma();
    const h = await createFiledAlliance(p);
    await refusedUnchanged(
      () => sendTermReminderNow(h.center, { allianceId: h.allianceId }),
      "CONFLICT",
      "该联盟尚未登记理事会任期，无从提醒换届；请提醒牵头单位先登记本届理事会任期",
    );
    const term = await p.councilTerm.create({
      data: { allianceId: h.allianceId, termNo: 1, startsOn: new Date("2024-01-01"), endsOn: new Date("2026-12-31"), seats: 4 },
    });
    for (const who of [h.filer, h.outsider, reviewer, officer])
      await refusedUnchanged(() => sendTermReminderNow(who, { allianceId: h.allianceId }), "FORBIDDEN");

    const now = new Date("2026-12-02T02:00:00Z");
    // Two clicks at once: one sends.
    const first = await Promise.all([1, 2].map(() => sendTermReminderNow(h.center, { allianceId: h.allianceId }, now)));
    expect(first.map((r) => r.sent).sort()).toEqual([false, true]);
    const note = await p.notification.findFirstOrThrow({ where: { userId: h.filer.id, kind: "council.term_expiring" } });
    expect(note.title).toContain("将于 29 天后届满");
    expect(await Promise.all([1, 2].map(() => sendTermReminderNow(h.center, { allianceId: h.allianceId }, now)))).toEqual([
      { sent: false, notified: 0 },
      { sent: false, notified: 0 },
    ]);
    expect(await p.notification.count({ where: { userId: h.filer.id, kind: "council.term_expiring" } })).toBe(1);
    expect(await p.auditEvent.count({ where: { action: "council.term_reminded", entityId: term.id } })).toBe(1);
    const e = await sentence("council.term_reminded");
    expect(e.sentence).toMatch(/^提醒“吉林省氢能产业科技创新联盟\d+”换届：第 1 届理事会任期将于 2026年12月31日 届满（还有 29 天），通知牵头单位经办人 1 人$/);
    expect(e.actor).toBe(h.center.username);

    await p.alliance.update({ where: { id: h.allianceId }, data: { state: "DISSOLVED" } });
    await refusedUnchanged(
      () => sendTermReminderNow(h.center, { allianceId: h.allianceId }, new Date("2026-12-05T02:00:00Z")),
      "CONFLICT",
      "联盟已不在备案状态（已取消备案或已解散），无需提醒换届",
    );
  });
});

describe("withdrawing a charter amendment recorded by mistake", () => {
  it("withdraws the latest amendment with its reason; refuses the filed charter, an older one, other roles and outsiders", async () => {
    const p = t.prisma();
    const doc = await p.document.create({ data: { allianceId: f.allianceId, kind: "CHARTER", title: "联盟章程" } });
    const version = (no: number, approved: boolean) =>
      p.documentVersion.create({
        data: {
          documentId: doc.id,
          versionNo: no,
          fileName: `章程第${no}版.pdf`,
          mimeType: "application/pdf",
          byteSize: 1000,
          sha256: String(no).repeat(64),
          storageKey: `test/charter-${doc.id}-${no}`,
          uploadedById: f.filer.id,
          approvedOn: approved ? new Date("2026-06-01") : null,
          approvedBy: approved ? "第二次成员大会" : null,
        },
      });
    const v1 = await version(1, false);
    const v2 = await version(2, true);
    const v3 = await version(3, true);
    const reason = "误传了修正案草案稿，成员大会通过的是另一稿";

    for (const who of [f.filer, reviewer, officer]) await refusedUnchanged(() => withdrawCharterVersion(who, { versionId: v3.id, reason }), "FORBIDDEN");
    await refusedUnchanged(() => withdrawCharterVersion(f.center, { versionId: v2.id, reason }), "CONFLICT", CHARTER_WITHDRAW_MESSAGES.notLatest(3));
    await refusedUnchanged(() => withdrawCharterVersion(f.center, { versionId: v3.id, reason: "" }), "INVALID_INPUT");

    await withdrawCharterVersion(f.center, { versionId: v3.id, reason });
    expect(await p.documentVersion.findUnique({ where: { id: v3.id } })).toBeNull();
    const shown = await findCharterVersions(f.filer, f.allianceId);
    expect(shown.versions.map((v) => v.versionNo)).toEqual([2, 1]);
    expect(shown.latest?.id).toBe(v2.id);
    expect(shown.canWithdraw).toBe(false);
    expect((await findCharterVersions(f.center, f.allianceId)).canWithdraw).toBe(true);
    const note = await p.notification.findFirstOrThrow({ where: { userId: f.filer.id, kind: "charter.version_withdrawn" } });
    expect(note.body).toContain(reason);
    const e = await sentence("charter.version_withdrawn");
    expect(e.sentence).toMatch(
      /^撤回“吉林省氢能产业科技创新联盟\d+”章程第 3 版 “章程第3版\.pdf”（2026年6月1日 “第二次成员大会”通过），理由：“误传了修正案草案稿/,
    );
    await refusedUnchanged(() => withdrawCharterVersion(f.center, { versionId: v3.id, reason }), "NOT_FOUND");

    // v2 is now the latest and may go too; v1, the charter filed with the application, never.
    await withdrawCharterVersion(f.center, { versionId: v2.id, reason });
    await refusedUnchanged(() => withdrawCharterVersion(f.center, { versionId: v1.id, reason }), "FORBIDDEN", CHARTER_WITHDRAW_MESSAGES.filed);
    // Another enterprise's filer is refused like every role but the service center.
    await refusedUnchanged(() => withdrawCharterVersion(g.filer, { versionId: v1.id, reason }), "FORBIDDEN");
  });
});

describe("undoing a project's adoption", () => {
  it("undoes it with its reason, the filer may then withdraw the project; refuses an unadopted project and other roles", async () => {
    const p = t.prisma();
    const { id: projectId } = await recommendProject(f.filer, {
      allianceId: f.allianceId,
      year: 2026,
      title: "氢燃料电池堆研发",
      summary: "研发高功率密度燃料电池堆",
      leadUnit: "吉林省氢能科技",
      budget: 100,
    });
    const reason = "误标为已立项，项目尚在评审";
    await refusedUnchanged(() => undoProjectAdoption(f.center, { projectId, reason }), "CONFLICT", UNDO_ADOPTION_MESSAGES.notAdopted);
    await markProjectAdopted(f.center, { projectId });
    for (const who of [f.filer, g.filer, reviewer, officer]) await refusedUnchanged(() => undoProjectAdoption(who, { projectId, reason }), "FORBIDDEN");
    await refusedUnchanged(() => undoProjectAdoption(f.center, { projectId, reason: "错" }), "INVALID_INPUT");

    // Two undos at once: whichever commits first wins, the other finds nothing left to undo (either message).
    const both = await Promise.all([0, 1].map(() => outcomeOf(undoProjectAdoption(f.center, { projectId, reason }))));
    expect(both.map((o) => o.code).sort()).toEqual(["CONFLICT", "OK"]);
    const lost = both.find((o) => o.code === "CONFLICT")!;
    expect([UNDO_ADOPTION_MESSAGES.stale, UNDO_ADOPTION_MESSAGES.notAdopted]).toContain(lost.messages[0]);
    expect((await p.recommendedProject.findUniqueOrThrow({ where: { id: projectId } })).adoptedAt).toBeNull();
    expect(await p.auditEvent.count({ where: { action: "project.adoption_undone", entityId: projectId } })).toBe(1);
    const e = await sentence("project.adoption_undone");
    expect(e.sentence).toMatch(
      /^撤销“吉林省氢能产业科技创新联盟\d+”推荐的项目 “氢燃料电池堆研发” 的立项记录（原记为 \d{4}年\d+月\d+日 \d\d:\d\d 立项），理由：“误标为已立项，项目尚在评审”$/,
    );
    expect(await p.notification.count({ where: { userId: f.filer.id, kind: "project.adoption_undone" } })).toBe(1);
    // "Recommended" again: its filer may withdraw it.
    await removeProject(f.filer, { projectId });
  });
});
