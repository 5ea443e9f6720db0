// The audit log as an auditor reads it: every event type written through recordAudit (so its summary
// passes its own schema) and read back as a Chinese sentence with object names and role names; exact
// actor, grouped action and time-range filters; paging with a true total; hostile parameters; export.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { AUDIT_ACTIONS, type TAuditAction, type TAuditEvent } from "@/lib/audit/events";
import { ACTION_GROUPS, ACTION_LABELS } from "@/lib/audit/labels";
import { SENTENCES } from "@/lib/audit/sentences";
import { findAuditEvents, listAuditActors } from "@/lib/audit/find-events";
import { exportAuditLog } from "@/lib/audit/export-log";
import { db } from "@/lib/db/client";
import { countQueries } from "@/lib/db/query-count";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { code } from "../helpers/filing-fixture";

const t = useTestDatabase();
let auditor: SessionUser, admin: SessionUser, target: SessionUser;
let allianceId: string, filingId: string, schemeId: string, divisionId: string, orgId: string;
const ALLIANCE = "吉林省审计测试产业科技创新联盟";
const PHONE = "13812345678";

/** One event of each type, as its writer records it. A new action fails here (type check and test) until it has a sample. */
function samples(): { [A in TAuditAction]: Omit<Extract<TAuditEvent, { action: A }>, "action"> } {
  const a = { allianceId };
  const ch = { status: { from: "PROPOSED", to: "CONFIRMED" } };
  return {
    "auth.login": { entityType: "User", entityId: target.id, summary: { factors: 2 } },
    "auth.login_failed": { entityType: "User", entityId: null, summary: { username: "nobody", reason: "UNKNOWN_USER" } },
    "auth.locked": { entityType: "User", entityId: target.id, summary: { lockedUntil: "2026-11-12T06:05:00.000Z", failures: 5 } },
    "auth.logout": { entityType: "User", entityId: target.id, summary: {} },
    "user.created": {
      entityType: "User",
      entityId: target.id,
      summary: { username: target.username, roles: ["DIVISION_REVIEWER"], divisionId, organizationId: null },
    },
    "user.updated": {
      entityType: "User",
      entityId: target.id,
      summary: {
        changes: {
          roles: { from: ["DIVISION_REVIEWER"], to: ["SERVICE_CENTER"] },
          phone: { from: null, to: "138****5678" },
          divisionId: { from: divisionId, to: null },
        },
      },
    },
    "user.unlocked": { entityType: "User", entityId: target.id, summary: { lockedUntil: "2026-11-12T06:05:00.000Z" } },
    "user.password_reset": { entityType: "User", entityId: target.id, summary: {} },
    "user.password_changed": { entityType: "User", entityId: target.id, summary: {} },
    "user.locale_changed": { entityType: "User", entityId: target.id, summary: { locale: "en" } },
    "user.totp_enrolled": { entityType: "User", entityId: target.id, summary: {} },
    "user.totp_reset": { entityType: "User", entityId: target.id, summary: { wasEnabled: true } },
    "user.duty_account_created": { entityType: "User", entityId: target.id, summary: { username: "auditor2", role: "AUDIT_ADMIN", operator: "root@portal-1" } },
    "user.duty_password_reset": { entityType: "User", entityId: target.id, summary: { username: "auditor2", role: "AUDIT_ADMIN" } },
    "user.duty_totp_reset": { entityType: "User", entityId: target.id, summary: { username: "auditor2", role: "AUDIT_ADMIN", wasEnabled: true } },
    "user.duty_unlocked": {
      entityType: "User",
      entityId: target.id,
      summary: { username: "auditor2", role: "AUDIT_ADMIN", lockedUntil: "2026-11-12T06:05:00.000Z", failures: 0, addressRefusalsCleared: 1 },
    },
    "system.seeded": { entityType: "System", entityId: null, summary: { users: 11, organizations: 40, alliances: 8 } },
    "alliance.created": { entityType: "Alliance", entityId: allianceId, summary: { name: ALLIANCE, intentId: null } },
    "alliance.refiled": {
      entityType: "Alliance",
      entityId: allianceId,
      summary: { name: ALLIANCE, fromAllianceId: "a0", fromVersionNo: 2, members: 12, documents: 3 },
    },
    "alliance.draft_saved": {
      entityType: "Alliance",
      entityId: allianceId,
      summary: {
        changed: ["innovationGoal", "members"],
        members: 12,
        newOrganizations: [],
        memberChanges: { added: ["91220101MA0000100M"], removed: [], updated: [{ creditCode: "91220101MA00000013", fields: ["outputValue2022"] }] },
      },
    },
    "alliance.submitted": { entityType: "Alliance", entityId: allianceId, summary: { versionNo: 1, state: "DIVISION_REVIEW", transition: "SUBMIT" } },
    "alliance.transitioned": {
      entityType: "Alliance",
      entityId: allianceId,
      summary: { transition: "FILE", label: "予以备案", from: "FILING", to: "FILED", versionNo: 2, number: "吉科联备〔2026〕001号" },
    },
    "alliance.field_commented": {
      entityType: "Alliance",
      entityId: allianceId,
      summary: { commentId: "c1", fieldPath: "innovationGoal", versionNo: 1, visibleToFiler: true },
    },
    "alliance.field_comment_removed": {
      entityType: "Alliance",
      entityId: allianceId,
      summary: { commentId: "c1", fieldPath: "innovationGoal", text: `请联系 ${PHONE} 补充` },
    },
    "meeting.created": { entityType: "Meeting", entityId: "m1", summary: { sessionNo: "2026-03", allianceIds: [allianceId] } },
    "meeting.agenda_changed": { entityType: "Meeting", entityId: "m1", summary: { sessionNo: "2026-03", added: [allianceId] } },
    "meeting.closed": { entityType: "Meeting", entityId: "m1", summary: { sessionNo: "2026-03" } },
    "objection.received": { entityType: "Filing", entityId: filingId, summary: { objectionId: "o1", number: "吉科联备〔2026〕001号" } },
    "objection.handled": { entityType: "Filing", entityId: filingId, summary: { objectionId: "o1" } },
    "settings.updated": { entityType: "Setting", entityId: "workflow", summary: { changes: { noticeDays: { from: 7, to: 10 } } } },
    "calendar.day_set": {
      entityType: "CalendarDay",
      entityId: "2026-10-08",
      summary: { date: "2026-10-08", kind: "HOLIDAY", name: "国庆节", from: null },
    },
    "calendar.day_removed": { entityType: "CalendarDay", entityId: "2026-10-08", summary: { date: "2026-10-08", kind: "HOLIDAY", name: "国庆节" } },
    "alliance.overdue_reminded": {
      entityType: "Alliance",
      entityId: allianceId,
      summary: { state: "DIVISION_REVIEW", limitDays: 15, dueOn: "2026-10-28", count: 2 },
    },
    "call.opened": { entityType: "Call", entityId: "call1", summary: { industry: "NEW_ENERGY", title: "新能源产业联盟牵头企业遴选", deadline: "2026-12-31" } },
    "call.closed": { entityType: "Call", entityId: "call1", summary: { title: "新能源产业联盟牵头企业遴选" } },
    "intent.submitted": { entityType: "LeadIntent", entityId: "i1", summary: { callId: "call1", organization: "吉林省测试集团" } },
    "intent.decided": { entityType: "LeadIntent", entityId: "i1", summary: { organization: "吉林省测试集团", decision: "DECLINED", reason: "研发投入不足" } },
    "intent.evidence_uploaded": {
      entityType: "LeadIntent",
      entityId: "i1",
      summary: {
        callId: "c1",
        organization: "吉林省测试集团",
        condition: "rnd",
        clause: "六（一）3",
        fileName: "研发平台证书.pdf",
        sha256: "ab".repeat(32),
        bytes: 2048,
      },
    },
    "document.uploaded": {
      entityType: "Document",
      entityId: "d1",
      summary: { ...a, kind: "CHARTER", versionNo: 2, fileName: "章程.pdf", sha256: "0".repeat(64), bytes: 204_800 },
    },
    "scheme.created": {
      entityType: "AssessmentScheme",
      entityId: schemeId,
      summary: { year: 2026, title: "2026年度考核方案", reportDue: "2027-03-31", indicators: ["A:50", "B:50"] },
    },
    "scheme.updated": { entityType: "AssessmentScheme", entityId: schemeId, summary: { changes: { reportDue: { from: "2027-03-31", to: "2027-04-30" } } } },
    "scheme.published": {
      entityType: "AssessmentScheme",
      entityId: schemeId,
      summary: { year: 2026, reportDue: "2027-03-31", changes: { status: { from: "DRAFT", to: "PUBLISHED" } }, notified: 3 },
    },
    "scheme.deleted": {
      entityType: "AssessmentScheme",
      entityId: schemeId,
      summary: { year: 2027, title: "2027年度考核方案", reportDue: "2028-03-31", reason: "年度填错，重新建立" },
    },
    "scheme.results_published": {
      entityType: "AssessmentScheme",
      entityId: schemeId,
      summary: { year: 2026, results: 5, missingReports: 1, revocationsProposed: 1, changes: { status: { from: "PUBLISHED", to: "FROZEN" } } },
    },
    "report.draft_saved": { entityType: "AnnualReport", entityId: "r1", summary: { ...a, year: 2026, changed: ["summary"] } },
    "report.submitted": {
      entityType: "AnnualReport",
      entityId: "r1",
      summary: { ...a, year: 2026, figures: {}, changes: { status: { from: "DRAFT", to: "SUBMITTED" } } },
    },
    "report.returned": {
      entityType: "AnnualReport",
      entityId: "r1",
      summary: {
        ...a,
        year: 2026,
        versionNo: 1,
        returnId: "x1",
        correctionDue: "2027-04-10",
        comments: 2,
        changes: { status: { from: "SUBMITTED", to: "RETURNED" } },
      },
    },
    "report.return_reminders_sent": { entityType: "AnnualReport", entityId: "r1", summary: { year: 2026, threshold: 7, correctionDue: "2027-04-10" } },
    "report.evidence_uploaded": {
      entityType: "AnnualReport",
      entityId: "r1",
      summary: { ...a, year: 2026, documentId: "d2", fileName: "成果.pdf", sha256: "0".repeat(64), bytes: 3_000_000 },
    },
    "report.evidence_removed": { entityType: "AnnualReport", entityId: "r1", summary: { ...a, year: 2026, documentId: "d2", title: "成果清单" } },
    "assessment.saved": {
      entityType: "Assessment",
      entityId: "as1",
      summary: { reportId: "r1", ...a, year: 2026, changes: { score: { from: null, to: "86.50" }, grade: { from: null, to: "GOOD" } } },
    },
    "revocation.proposed": { entityType: "Revocation", entityId: "rv1", summary: { ...a, years: [2024, 2025], basisAssessmentIds: [] } },
    "revocation.confirmed": { entityType: "Revocation", entityId: "rv1", summary: { ...a, note: `经核实，联系人 ${PHONE} 确认`, changes: ch } },
    "revocation.dismissed": {
      entityType: "Revocation",
      entityId: "rv1",
      summary: { ...a, note: "整改已完成", changes: { status: { from: "PROPOSED", to: "DISMISSED" } } },
    },
    "reminders.sent": { entityType: "AssessmentScheme", entityId: schemeId, summary: { year: 2026, threshold: 7, count: 4 } },
    "membership.change_requested": {
      entityType: "MembershipChange",
      entityId: "mc1",
      summary: { ...a, kind: "JOIN", organizationId: orgId, name: "吉林大学", ruleResults: [] },
    },
    "membership.change_decided": {
      entityType: "MembershipChange",
      entityId: "mc1",
      summary: { ...a, kind: "JOIN", name: "吉林大学", approved: true, councilApprovedOn: "2026-05-01", councilResolution: "同意", flagged: false },
    },
    "membership.change_acknowledged": { entityType: "MembershipChange", entityId: "mc1", summary: { ...a, kind: "EXIT", status: "APPROVED", ruleResults: [] } },
    "member.confirm_link_issued": {
      entityType: "Membership",
      entityId: "ms1",
      summary: { ...a, organization: "吉林大学", expiresAt: "2026-12-01T00:00:00.000Z" },
    },
    "member.confirmed": { entityType: "Membership", entityId: "ms1", summary: { ...a, figures: {} } },
    "member.disputed": { entityType: "Membership", entityId: "ms1", summary: { ...a, note: "产值填写有误", figures: {} } },
    "council.term_recorded": {
      entityType: "CouncilTerm",
      entityId: "ct1",
      summary: { ...a, termNo: 2, startsOn: "2026-01-01", endsOn: "2028-12-31", seats: 9, r5: "PASS" },
    },
    "council.term_reminded": {
      entityType: "CouncilTerm",
      entityId: "ct1",
      summary: { ...a, termNo: 2, endsOn: "2026-12-31", daysLeft: 29, notified: 2 },
    },
    "charter.version_withdrawn": {
      entityType: "Document",
      entityId: "d1",
      summary: {
        ...a,
        versionNo: 3,
        fileName: "章程.pdf",
        sha256: "0".repeat(64),
        approvedOn: "2026-06-01",
        approvedBy: "第二次会员大会",
        reason: "误传了草案稿",
      },
    },
    "charter.amended": {
      entityType: "Document",
      entityId: "d1",
      summary: { ...a, versionNo: 3, fileName: "章程.pdf", sha256: "0".repeat(64), approvedOn: "2026-06-01", approvedBy: "第二次会员大会" },
    },
    "dissolution.vote_recorded": {
      entityType: "DissolutionVote",
      entityId: "dv1",
      summary: { ...a, votedOn: "2026-07-01", councilSize: 10, votesFor: 8, passed: true, rule: "R12" },
    },
    "dissolution.confirmed": { entityType: "DissolutionVote", entityId: "dv1", summary: { ...a } },
    "activity.logged": { entityType: "Activity", entityId: "ac1", summary: { ...a, kind: "FORUM", title: "氢能论坛", heldOn: "2026-04-02" } },
    "activity.removed": { entityType: "Activity", entityId: "ac1", summary: { ...a, title: "氢能论坛", heldOn: "2026-04-02" } },
    "project.recommended": { entityType: "RecommendedProject", entityId: "p1", summary: { ...a, year: 2026, title: "氢燃料电池", budget: "300.00" } },
    "project.adopted": { entityType: "RecommendedProject", entityId: "p1", summary: { ...a, year: 2026, title: "氢燃料电池" } },
    "project.adoption_undone": {
      entityType: "RecommendedProject",
      entityId: "p1",
      summary: { ...a, year: 2026, title: "氢燃料电池", adoptedAt: "2026-05-01T02:00:00.000Z", reason: "误标，项目尚在评审" },
    },
    "project.removed": { entityType: "RecommendedProject", entityId: "p1", summary: { ...a, year: 2026, title: "氢燃料电池" } },
    "dashboard.exported": { entityType: "Dashboard", entityId: "industry", summary: { table: "industry", format: "xlsx", filters: {}, rows: 9 } },
    "audit.exported": { entityType: "AuditLog", entityId: null, summary: { format: "csv", filters: "", rows: 3 } },
  };
}

const actorOf = (u: SessionUser, roles: string): AuditActor => ({ actorId: u.id, actorName: u.username, actorRole: roles, ip: "10.0.0.9" });

beforeAll(async () => {
  const p = t.prisma();
  divisionId = (await p.division.create({ data: { code: "HT", name: "高新技术处" } })).id;
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: [], divisionId } });
  orgId = (await p.organization.create({ data: { name: "吉林省审计测试集团有限公司", type: "ENTERPRISE", creditCode: code(420_001) } })).id;
  auditor = await makeUser(p, ["AUDIT_ADMIN"], { username: "auditor" });
  admin = await makeUser(p, ["SYSTEM_ADMIN"], { username: "admin" });
  target = await makeUser(p, ["DIVISION_REVIEWER"], { username: "filer", divisionId });
  await makeUser(p, ["ENTERPRISE_FILER"], { username: "filer2", organizationId: orgId });
  allianceId = (await p.alliance.create({ data: { name: ALLIANCE, industryCode: "NEW_ENERGY", leadOrgId: orgId, createdById: admin.id, state: "FILED" } })).id;
  filingId = (
    await p.filing.create({
      data: {
        allianceId,
        year: 2026,
        seq: 1,
        number: "吉科联备〔2026〕001号",
        verificationCode: "AUDT-0000-0001",
        officerId: admin.id,
        noticeStartsOn: new Date(),
        noticeEndsOn: new Date(),
      },
    })
  ).id;
  schemeId = (
    await p.assessmentScheme.create({
      data: { year: 2026, title: "2026年度考核方案", indicators: [], gradeBands: {}, reportDue: new Date("2027-03-31T00:00:00Z"), createdById: admin.id },
    })
  ).id;
  const all = samples();
  await p.$transaction(async (tx) => {
    for (const action of AUDIT_ACTIONS) await recordAudit(tx, actorOf(admin, "SYSTEM_ADMIN"), { action, ...all[action] } as TAuditEvent);
    // filer and filer2: an exact actor filter tells them apart.
    await recordAudit(tx, actorOf(target, "DIVISION_REVIEWER,SERVICE_CENTER"), { action: "auth.logout", entityType: "User", entityId: target.id, summary: {} });
    await recordAudit(
      tx,
      { actorId: null, actorName: "filer2", actorRole: "ENTERPRISE_FILER", ip: null },
      { action: "auth.logout", entityType: "User", entityId: target.id, summary: {} },
    );
  });
  // An event written before its schema existed (the query-count fixtures write such rows): still readable.
  await p.auditEvent.create({
    data: {
      actorName: "legacy",
      action: "alliance.field_commented",
      entityType: "Alliance",
      entityId: allianceId,
      summary: { fieldPath: "name", phone: PHONE },
    },
  });
  // Sixty dated events in March 2025, Beijing time, for the range and paging tests.
  await p.auditEvent.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      at: new Date(Date.UTC(2025, 2, 1 + (i % 30), 16 + (i % 2) * 7)),
      actorName: "dated",
      action: "auth.login",
      entityType: "User",
      entityId: target.id,
      summary: {},
    })),
  });
}, 120_000);

describe("audit sentences", () => {
  it("every action has a name, a sentence and a sample here", () => {
    const all = samples();
    for (const action of AUDIT_ACTIONS) {
      expect(ACTION_LABELS[action], action).toMatch(/[\u4e00-\u9fff]/);
      expect(typeof SENTENCES[action], action).toBe("function");
      expect(all[action], action).toBeDefined();
    }
    // Every action sits in exactly one group of the filter.
    for (const action of AUDIT_ACTIONS)
      expect(
        ACTION_GROUPS.filter((g) => g.prefixes.some((p) => action.startsWith(p))),
        action,
      ).toHaveLength(1);
  });

  it("renders each recorded event as a Chinese sentence with object and role names, no codes, ids or JSON", async () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 2; page++) {
      const out = await findAuditEvents(auditor, { actor: "admin", page: String(page) });
      for (const r of out.rows) {
        seen.add(r.action);
        const where = `${r.action}: ${r.sentence} | ${r.object}`;
        expect(r.sentence, where).toMatch(/[\u4e00-\u9fff]/);
        expect(r.sentence, where).not.toMatch(/早期记录|[{}]|undefined|null|NaN|\[object/);
        expect(`${r.sentence}${r.object}`, where).not.toContain(allianceId);
        expect(`${r.sentence}${r.object}`, where).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
        expect(r.sentence, where).not.toContain(r.action);
        expect(r.object, where).not.toMatch(/（已不存在）/);
        expect(r.roles).toBe("系统管理员");
        expect(r.actionLabel).toBe(ACTION_LABELS[r.action as TAuditAction]);
      }
    }
    expect([...seen].sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("says what changed, from what to what, with names and masked personal data", async () => {
    const one = async (action: string) => (await findAuditEvents(auditor, { action, actor: "admin" })).rows[0]!;
    expect((await one("user.updated")).sentence).toBe(
      "修改用户信息：角色由“业务处室审核人”改为“服务中心工作人员”；所属处室由“高新技术处”改为“（空）”；联系电话由“（空）”改为“138****5678”",
    );
    expect((await one("user.created")).object).toMatch(/^用户：filer（测\*+.）$/);
    expect((await one("user.created")).sentence).toBe("创建用户 “filer”，角色：业务处室审核人，所属处室：高新技术处");
    expect((await one("settings.updated")).sentence).toBe("修改办理时限与公示期：备案公示期（天）由“7”改为“10”");
    expect((await one("alliance.transitioned")).sentence).toBe("予以备案：由“待备案”转入“已备案”（第 2 版），备案编号 吉科联备〔2026〕001号");
    expect((await one("alliance.transitioned")).object).toBe(`联盟：${ALLIANCE}`);
    expect((await one("alliance.draft_saved")).sentence).toBe("保存申报草稿：修改了 技术创新目标、成员单位（整体）；成员 12 家（新增 1 家、修改 1 家）");
    expect((await one("objection.handled")).object).toBe(`备案：${ALLIANCE}（吉科联备〔2026〕001号）`);
    expect((await one("revocation.confirmed")).sentence).toContain(ALLIANCE);
    for (const action of ["revocation.confirmed", "alliance.field_comment_removed"]) {
      const s = (await one(action)).sentence;
      expect(s, action).not.toContain(PHONE);
      expect(s, action).toContain("138****5678");
    }
    expect((await one("auth.login_failed")).sentence).toBe("以用户名 “nobody” 登录失败：用户名不存在");
    expect((await one("assessment.saved")).sentence).toContain("等次由“（空）”改为“良好”");
  });

  it("an event written before its schema still shows its action and masked content", async () => {
    const legacy = (await findAuditEvents(auditor, { actor: "legacy" })).rows[0]!;
    expect(legacy.sentence).toMatch(/^添加审核批注（早期记录）：/);
    expect(legacy.sentence).not.toContain(PHONE);
    expect(legacy.object).toBe(`联盟：${ALLIANCE}`);
  });
});

describe("audit log filters and paging", () => {
  it("filters the actor exactly: filer never lists filer2", async () => {
    const filer = await findAuditEvents(auditor, { actor: "filer" });
    expect(filer.total).toBe(1);
    expect(filer.rows[0]!.roles).toBe("业务处室审核人、服务中心工作人员");
    expect((await findAuditEvents(auditor, { actor: "filer2" })).total).toBe(1);
    expect((await findAuditEvents(auditor, { actor: "file" })).total).toBe(0);
    const actors = await listAuditActors(auditor);
    expect(actors.map((a) => a.value)).toContain("filer");
    expect(actors.map((a) => a.value)).not.toContain("filer2"); // filers are typed, not listed
  });

  it("filters by one action or a whole group", async () => {
    expect((await findAuditEvents(auditor, { action: "auth.logout" })).total).toBe(3);
    const account = await findAuditEvents(auditor, { action: "group:account", actor: "admin" });
    expect(account.total).toBe(AUDIT_ACTIONS.filter((a) => a.startsWith("auth.") || a.startsWith("user.")).length);
    expect(account.rows.every((r) => /^(auth|user)\./.test(r.action))).toBe(true);
  });

  it("takes a time range in Beijing days and pages it with a true total", async () => {
    // 16:00 UTC is midnight in Beijing: those events fall on the next day.
    const march = await findAuditEvents(auditor, { actor: "dated", from: "2025-03-02", to: "2025-03-31" });
    expect(march.total).toBe(60);
    const first = await findAuditEvents(auditor, { actor: "dated", from: "2025-03-02", to: "2025-03-02" });
    expect(first.total).toBe(2);
    expect(march.rows).toHaveLength(50);
    const second = await findAuditEvents(auditor, { actor: "dated", from: "2025-03-02", to: "2025-03-31", page: "2" });
    expect(second.rows).toHaveLength(10);
    expect(new Set([...march.rows, ...second.rows].map((r) => r.id)).size).toBe(60);
    const oldest = await findAuditEvents(auditor, { actor: "dated", sort: "time", dir: "asc" });
    expect(oldest.rows[0]!.at.getTime()).toBeLessThanOrEqual(oldest.rows[1]!.at.getTime());
  });

  it("refuses bad dates and hostile parameters in Chinese and shows the unfiltered log", async () => {
    const all = (await findAuditEvents(auditor, {})).total;
    for (const params of [
      { from: "9999-99-99" },
      { to: "2026-02-30" },
      { from: "2026-1-1" },
      { from: "\u0000" },
      { action: "__proto__" },
      { action: "" },
      { sort: "__proto__" },
      { sort: "summary" },
      { page: "-1" },
      { page: "1e9" },
      { actor: "x".repeat(65) },
      { entityId: '\'; DROP TABLE "AuditEvent"; --' },
    ]) {
      const out = await findAuditEvents(auditor, params);
      expect(out.total, JSON.stringify(params)).toBe(all);
      if (Object.values(params)[0] !== "") expect(Object.values(out.list.problems).join(""), JSON.stringify(params)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await findAuditEvents(auditor, { from: "9999-99-99" })).list.problems.from).toBe(
      "起始日期不是有效的日期（请按“年-月-日”填写，如 2026-01-31），已忽略",
    );
    const backwards = await findAuditEvents(auditor, { from: "2025-03-31", to: "2025-03-01" });
    expect(backwards.list.problems.to).toBe("截止日期早于起始日期，已忽略时间范围");
    expect(backwards.total).toBe(all);
  });

  it("reads a page in the same number of statements whatever its rows point at", async () => {
    const before = await countQueries(() => findAuditEvents(auditor, {}));
    await t.prisma().auditEvent.createMany({
      data: Array.from({ length: 50 }, () => ({
        actorName: "more",
        action: "document.uploaded",
        entityType: "Document",
        entityId: "d",
        summary: { allianceId, kind: "OTHER", versionNo: 1, fileName: "x.pdf", sha256: "0", bytes: 1 },
      })),
    });
    const after = await countQueries(() => findAuditEvents(auditor, {}));
    expect(after.count).toBe(before.count);
    expect(after.count).toBeLessThanOrEqual(8);
  });
});

describe("export of the filtered log", () => {
  it("writes the filtered rows with the page's sentences as .csv and .xlsx, and audits the export", async () => {
    const csv = await exportAuditLog(auditor, { format: "csv", actor: "admin", action: "group:account" });
    const text = csv.bytes.toString("utf8");
    expect(csv.fileName).toMatch(/^审计日志_\d{8}\.csv$/);
    expect(text.split("\r\n")[0]).toBe("\ufeff序号,时间,操作人,角色,操作,对象,内容,IP 地址");
    expect(csv.rows).toBe(AUDIT_ACTIONS.filter((a) => a.startsWith("auth.") || a.startsWith("user.")).length);
    expect(text).toContain("修改用户信息：角色由“业务处室审核人”改为“服务中心工作人员”");
    expect(text).not.toContain(PHONE);
    const xlsx = await exportAuditLog(auditor, { format: "xlsx", actor: "dated" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(1).text).toBe("筛选条件：操作人：dated");
    expect(ws.rowCount).toBe(3 + 60);
    const logged = await db().auditEvent.findMany({ where: { action: "audit.exported", actorName: "auditor" }, orderBy: { id: "asc" } });
    expect(logged.map((e) => e.summary)).toEqual([
      { format: "csv", filters: "操作：登录与账户（全部）；操作人：admin", rows: csv.rows },
      { format: "xlsx", filters: "操作人：dated", rows: 60 },
    ]);
  });

  it("refuses what the page would ignore, with the reason at the parameter, and writes nothing", async () => {
    const before = await db().auditEvent.count();
    for (const [params, field] of [
      [{ format: "pdf" }, "format"],
      [{ format: "csv", from: "9999-99-99" }, "from"],
      [{ format: "csv", action: "nope" }, "action"],
      [{ format: "csv", to: "2025-01-01", from: "2025-02-01" }, "to"],
    ] as const) {
      const err = await exportAuditLog(auditor, params).catch((e: unknown) => e);
      expect(err, JSON.stringify(params)).toMatchObject({ code: "INVALID_INPUT" });
      expect((err as { fieldErrors: Record<string, string[]> }).fieldErrors[field]?.[0], field).toMatch(/[\u4e00-\u9fff]/);
    }
    await expect(exportAuditLog(admin, { format: "csv" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditEvent.count()).toBe(before);
  });
});
