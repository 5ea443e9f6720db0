// 三员分立 (GB/T 22239-2019 8.1.4.2 and 8.1.4.3): the system, security and audit administrators are
// different accounts that cannot do each other's work, and no administrator holds a business role.
// Every check calls the real lib functions with each role's session user against a real database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { unlockUser } from "@/lib/users/unlock-user";
import { resetPassword } from "@/lib/users/reset-password";
import { findUsers, getUserOrThrow } from "@/lib/users/find-users";
import { getSecurityOverview } from "@/lib/users/security-overview";
import { resetUserTotp } from "@/lib/auth/totp-enrollment";
import { findAuditEvents } from "@/lib/audit/find-events";
import { checkAuditChain, getAuditRetention } from "@/lib/audit/check-chain";
import { updateWorkflowSettings } from "@/lib/settings/update-settings";
import { getWorkflowSettings } from "@/lib/settings/settings";
import { updateSecuritySettings } from "@/lib/settings/update-security-settings";
import { AUDIT_RETENTION_MIN_DAYS, getSecuritySettings } from "@/lib/settings/security-settings";
import { findAlliances, getAllianceOrThrow, getLatestRuleReport } from "@/lib/alliances/find-alliances";
import { findAttachments } from "@/lib/review/page-data";
import { findQueue } from "@/lib/review/queue";
import { loadDashboard } from "@/lib/dashboard/load";
import { findOversightItems } from "@/lib/oversight/find-oversight";
import { exportDashboardTable } from "@/lib/dashboard/export-table";
import { openCall } from "@/lib/calls/open-call";
import { submitIntent } from "@/lib/calls/submit-intent";
import { decideIntent } from "@/lib/calls/decide-intent";
import { startFiling } from "@/lib/calls/start-filing";
import { saveDraft } from "@/lib/filing/save-draft";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { submitFiling } from "@/lib/filing/submit-filing";
import { applyTransition } from "@/lib/review/apply-transition";
import { addFieldComment, removeFieldComment } from "@/lib/review/field-comments";
import { fileAlliance } from "@/lib/review/file-alliance";
import { createMeeting, recordMeetingDecision } from "@/lib/meetings/meetings";
import { handleObjection } from "@/lib/public/objections";
import { recordDissolutionVote, confirmDissolution } from "@/lib/operation/dissolution";
import { recordCouncilTerm } from "@/lib/operation/council";
import { recommendProject, removeProject, markProjectAdopted } from "@/lib/operation/projects";
import { logActivity, removeActivity } from "@/lib/operation/activities";
import { amendCharter } from "@/lib/operation/charter";
import { saveAssessment } from "@/lib/assessment/assess";
import { uploadEvidence, removeEvidence } from "@/lib/assessment/report-evidence";
import { createScheme, updateScheme, publishScheme, extendSchemeDue } from "@/lib/assessment/schemes";
import { publishResults } from "@/lib/assessment/publish-results";
import { confirmRevocation, dismissRevocation } from "@/lib/assessment/revocation";
import { openReport, saveReportDraft, submitReport } from "@/lib/assessment/reports";
import { acknowledgeChange } from "@/lib/membership/acknowledge-change";
import { issueConfirmLinks } from "@/lib/membership/confirm-links";
import { decideChange } from "@/lib/membership/decide-change";
import { requestChange } from "@/lib/membership/request-change";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";
import { fixtures } from "../helpers/fixture-files";
import { form } from "../helpers/filing-fixture";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sod-uploads-"));
const t = useTestDatabase();

let sysadmin: SessionUser, secadmin: SessionUser, auditor: SessionUser;
let filed: FiledFixture;
let divisionId: string;
const base = { divisionId: null, organizationId: null, phone: null, email: null };
const NO_ID = "00000000-0000-4000-8000-000000000000";
const PAST = "2025-06-01";

const auditCount = () => t.prisma().auditEvent.count();
const refused = (code: string) => code === "FORBIDDEN" || code === "NOT_FOUND";

beforeAll(async () => {
  const p = t.prisma();
  sysadmin = await makeUser(p, ["SYSTEM_ADMIN"]);
  secadmin = await makeUser(p, ["SECURITY_ADMIN"]);
  auditor = await makeUser(p, ["AUDIT_ADMIN"]);
  filed = await createFiledAlliance(p);
  divisionId = (await p.division.findUniqueOrThrow({ where: { code: "HT" } })).id;
});

describe("no account holds two administrator duties, or a duty and a business role", () => {
  const combos: { roles: Role[]; code: string; message: string }[] = [
    { roles: ["SYSTEM_ADMIN", "SECURITY_ADMIN"], code: "DUTY_CONFLICT", message: "三员分立" },
    { roles: ["SYSTEM_ADMIN", "AUDIT_ADMIN"], code: "DUTY_CONFLICT", message: "三员分立" },
    { roles: ["SECURITY_ADMIN", "AUDIT_ADMIN"], code: "DUTY_CONFLICT", message: "三员分立" },
    { roles: ["SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"], code: "DUTY_CONFLICT", message: "三员分立" },
    { roles: ["SYSTEM_ADMIN", "SERVICE_CENTER"], code: "INVALID_INPUT", message: "管理员账户不能同时担任业务角色" },
    { roles: ["SECURITY_ADMIN", "INSTITUTE_OFFICER"], code: "INVALID_INPUT", message: "管理员账户不能同时担任业务角色" },
    { roles: ["AUDIT_ADMIN", "DIVISION_REVIEWER"], code: "INVALID_INPUT", message: "管理员账户不能同时担任业务角色" },
  ];

  it("refuses to create such an account: nothing stored, nothing audited", async () => {
    for (const [i, c] of combos.entries()) {
      const before = await auditCount();
      const username = `two.hats${i}`;
      const out = await outcomeOf(
        createUser(sysadmin, {
          ...base,
          divisionId: c.roles.includes("DIVISION_REVIEWER") ? divisionId : null,
          displayName: "兼职",
          username,
          password: "TwoHats#2026x",
          roles: c.roles,
        }),
      );
      expect(out.code, c.roles.join("+")).toBe(c.code);
      expect(out.messages.join("")).toContain(c.message);
      expect(await t.prisma().user.findUnique({ where: { username } })).toBeNull();
      expect(await auditCount()).toBe(before);
    }
    // The same form with one role the system administrator may give goes through, and only then is an event
    // written (another duty's account it may not create at all: tests/integration/duty-takeover.test.ts).
    const before = await auditCount();
    const { id } = await createUser(sysadmin, {
      ...base,
      displayName: "服务中心乙",
      username: "center.two",
      password: "Center#2026x",
      roles: ["SERVICE_CENTER"],
    });
    expect(await auditCount()).toBe(before + 1);
    expect(await t.prisma().auditEvent.count({ where: { action: "user.created", entityId: id } })).toBe(1);
  });

  it("refuses to give an existing account a second duty: roles and version unchanged, nothing audited", async () => {
    const p = t.prisma();
    const targets: { user: SessionUser; roles: Role[] }[] = [
      { user: await makeUser(p, ["AUDIT_ADMIN"]), roles: ["AUDIT_ADMIN", "SECURITY_ADMIN"] },
      { user: await makeUser(p, ["SECURITY_ADMIN"]), roles: ["SECURITY_ADMIN", "SYSTEM_ADMIN"] },
      { user: await makeUser(p, ["SERVICE_CENTER"]), roles: ["SERVICE_CENTER", "AUDIT_ADMIN"] },
      { user: await makeUser(p, ["INSTITUTE_OFFICER"]), roles: ["SECURITY_ADMIN", "INSTITUTE_OFFICER"] },
    ];
    for (const { user, roles } of targets) {
      const row = await p.user.findUniqueOrThrow({ where: { id: user.id } });
      const before = await auditCount();
      const out = await outcomeOf(updateUser(sysadmin, { ...base, displayName: row.displayName, id: user.id, version: row.version, roles, active: true }));
      expect(["DUTY_CONFLICT", "INVALID_INPUT"]).toContain(out.code);
      const after = await p.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(after.roles).toEqual(row.roles);
      expect(after.version).toBe(row.version);
      expect(await auditCount()).toBe(before);
    }
  });

  it("does not let an administrator change his own roles or disable himself", async () => {
    const p = t.prisma();
    const me = await p.user.findUniqueOrThrow({ where: { id: sysadmin.id } });
    const attempts: Role[][] = [["SECURITY_ADMIN"], ["AUDIT_ADMIN"], ["SERVICE_CENTER"], ["SYSTEM_ADMIN", "AUDIT_ADMIN"]];
    for (const roles of attempts) {
      const out = await outcomeOf(updateUser(sysadmin, { ...base, displayName: me.displayName, id: me.id, version: me.version, roles, active: true }));
      expect(["SELF_ACTION", "DUTY_CONFLICT"], roles.join("+")).toContain(out.code);
    }
    expect(
      (await outcomeOf(updateUser(sysadmin, { ...base, displayName: me.displayName, id: me.id, version: me.version, roles: ["SYSTEM_ADMIN"], active: false })))
        .code,
    ).toBe("SELF_ACTION");
    expect((await outcomeOf(resetUserTotp(sysadmin, sysadmin.id))).code).toBe("SELF_ACTION");
    const after = await p.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(after).toMatchObject({ roles: ["SYSTEM_ADMIN"], active: true, version: me.version });
  });
});

describe("the system administrator", () => {
  it("cannot read the audit log, verify the chain or see the retention", async () => {
    expect((await outcomeOf(findAuditEvents(sysadmin, {}))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(checkAuditChain(sysadmin))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(getAuditRetention(sysadmin))).code).toBe("FORBIDDEN");
  });

  it("cannot change security settings or read the security overview", async () => {
    const before = await auditCount();
    expect((await outcomeOf(updateSecuritySettings(sysadmin, { auditRetentionDays: 400 }))).code).toBe("FORBIDDEN");
    expect((await outcomeOf(getSecurityOverview(sysadmin))).code).toBe("FORBIDDEN");
    expect((await getSecuritySettings()).auditRetentionDays).toBe(AUDIT_RETENTION_MIN_DAYS);
    expect(await auditCount()).toBe(before);
  });

  it("sees no alliance content", async () => {
    expect((await findAlliances(sysadmin)).rows).toEqual([]);
    expect((await outcomeOf(getAllianceOrThrow(sysadmin, filed.allianceId))).code).toBe("NOT_FOUND");
  });
});

describe("the security administrator", () => {
  it("cannot manage users, their roles, passwords or second factors", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["SERVICE_CENTER"]);
    const row = await p.user.findUniqueOrThrow({ where: { id: target.id } });
    const before = await auditCount();
    const attempts = [
      createUser(secadmin, { ...base, displayName: "新审计员", username: "sec.made", password: "SecMade#2026x", roles: ["AUDIT_ADMIN"] }),
      updateUser(secadmin, { ...base, displayName: row.displayName, id: target.id, version: row.version, roles: ["INSTITUTE_OFFICER"], active: true }),
      updateUser(secadmin, { ...base, displayName: "x", id: secadmin.id, version: 0, roles: ["SECURITY_ADMIN"], active: true }),
      unlockUser(secadmin, target.id),
      resetPassword(secadmin, target.id, "Reset#Pass2026"),
      resetUserTotp(secadmin, target.id),
      getUserOrThrow(secadmin, target.id),
    ];
    for (const a of attempts) expect((await outcomeOf(a)).code).toBe("FORBIDDEN");
    expect(await p.user.findUnique({ where: { username: "sec.made" } })).toBeNull();
    expect((await p.user.findUniqueOrThrow({ where: { id: target.id } })).roles).toEqual(["SERVICE_CENTER"]);
    expect(await auditCount()).toBe(before);
    // The user list stays readable to the security administrator (locked accounts), without phones.
    const list = await findUsers(secadmin, { q: target.username });
    expect(list.rows[0]).not.toHaveProperty("phone");
  });

  it("cannot read alliance content", async () => {
    expect((await findAlliances(secadmin)).rows).toEqual([]);
    const reads: (() => Promise<unknown>)[] = [
      () => getAllianceOrThrow(secadmin, filed.allianceId),
      () => getLatestRuleReport(secadmin, filed.allianceId),
      () => findAttachments(secadmin, filed.allianceId),
      () => findQueue(secadmin),
      () => loadDashboard(secadmin, {}),
      () => findOversightItems(secadmin),
    ];
    for (const read of reads) {
      const out = await outcomeOf(read());
      if (out.code === "OK") {
        // A read that answers must answer with nothing of the alliance.
        expect(JSON.stringify(await read(), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(filed.allianceId);
      } else expect(refused(out.code)).toBe(true);
    }
  });

  it("sets the audit retention: less than 184 days refused with the clause, 184 and more accepted and audited", async () => {
    const before = await auditCount();
    for (const days of [0, 30, 183]) {
      const out = await outcomeOf(updateSecuritySettings(secadmin, { auditRetentionDays: days }));
      expect(out.code).toBe("INVALID_INPUT");
      expect(out.messages.join("")).toContain("不能少于 184 天");
      expect(out.messages.join("")).toContain("GB/T 22239-2019 8.1.4.3");
    }
    expect(await auditCount()).toBe(before);
    expect((await getSecuritySettings()).auditRetentionDays).toBe(184);

    await updateSecuritySettings(secadmin, { auditRetentionDays: 365 });
    expect((await getSecuritySettings()).auditRetentionDays).toBe(365);
    const ev = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "settings.updated", entityId: "security" }, orderBy: { seq: "desc" } });
    expect(ev.summary).toEqual({ changes: { auditRetentionDays: { from: 184, to: 365 } } });
    expect(ev.actorId).toBe(secadmin.id);
    await updateSecuritySettings(secadmin, { auditRetentionDays: 184 });
    expect((await getSecuritySettings()).auditRetentionDays).toBe(184);
    // The audit administrator sees what the security administrator set.
    expect((await getAuditRetention(auditor)).auditRetentionDays).toBe(184);
    // A row below the floor written behind the portal's back is not honoured.
    await t.prisma().setting.update({ where: { key: "security.auditRetentionDays" }, data: { value: 90 } });
    expect((await getSecuritySettings()).auditRetentionDays).toBe(184);
  });

  it("cannot change the system administrator's workflow settings", async () => {
    const before = await getWorkflowSettings();
    expect((await outcomeOf(updateWorkflowSettings(secadmin, { ...before, noticeDays: 20 }))).code).toBe("FORBIDDEN");
    expect(await getWorkflowSettings()).toEqual(before);
  });
});

describe("the audit administrator", () => {
  it("reads the log and verifies the chain", async () => {
    expect((await findAuditEvents(auditor, {})).total).toBeGreaterThan(0);
    expect((await checkAuditChain(auditor)).ok).toBe(true);
  });

  it("cannot change anything: every mutating function refuses him and writes nothing", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["SERVICE_CENTER"]);
    const targetRow = await p.user.findUniqueOrThrow({ where: { id: target.id } });
    const a = filed.allianceId;
    const alliance = await p.alliance.findUniqueOrThrow({ where: { id: a } });
    const member = await p.membership.findFirstOrThrow({ where: { allianceId: a } });
    const wf = await getWorkflowSettings();
    const draft = ZFilingDraftInput.parse({ allianceId: a, version: alliance.version, ...form, members: [] });
    const calls: Record<string, () => Promise<unknown>> = {
      createUser: () => createUser(auditor, { ...base, displayName: "x", username: "by.auditor", password: "ByAuditor#2026", roles: ["SERVICE_CENTER"] }),
      updateUser: () =>
        updateUser(auditor, { ...base, displayName: "改名", id: target.id, version: targetRow.version, roles: ["SERVICE_CENTER"], active: true }),
      unlockUser: () => unlockUser(auditor, target.id),
      resetPassword: () => resetPassword(auditor, target.id, "Reset#Pass2026"),
      resetUserTotp: () => resetUserTotp(auditor, target.id),
      updateWorkflowSettings: () => updateWorkflowSettings(auditor, { ...wf, noticeDays: 20 }),
      updateSecuritySettings: () => updateSecuritySettings(auditor, { auditRetentionDays: 400 }),
      openCall: () => openCall(auditor, { industryCode: "NEW_ENERGY", title: "新能源牵头企业遴选", description: "", deadline: "2030-01-01" }),
      submitIntent: () => submitIntent(auditor, { callId: NO_ID, evidence: {} } as never),
      decideIntent: () => decideIntent(auditor, { intentId: NO_ID, version: 0, decision: "QUALIFIED", reason: "" }),
      startFiling: () => startFiling(auditor, NO_ID, "ALLIANCE"),
      saveDraft: () => saveDraft(auditor, draft),
      uploadAttachment: () => uploadAttachment(auditor, { allianceId: a, kind: "CHARTER", fileName: "章程.docx", bytes: fixtures.docx() }),
      submitFiling: () => submitFiling(auditor, { allianceId: a, version: alliance.version }),
      applyTransition: () => applyTransition(auditor, { allianceId: a, transition: "REVOKE", version: alliance.version, opinion: "审计员试图撤销备案" }),
      addFieldComment: () => addFieldComment(auditor, { allianceId: a, fieldPath: "name", text: "名称不规范", visibleToFiler: true }),
      removeFieldComment: () => removeFieldComment(auditor, { commentId: NO_ID }),
      fileAlliance: () => fileAlliance(auditor, { allianceId: a, version: alliance.version }),
      createMeeting: () => createMeeting(auditor, { sessionNo: "2026-99", title: "厅务会", heldOn: null, allianceIds: [a] }),
      recordMeetingDecision: () =>
        recordMeetingDecision(auditor, { meetingId: NO_ID, allianceId: a, version: alliance.version, outcome: "APPROVE", note: "同意", heldOn: PAST }),
      handleObjection: () => handleObjection(auditor, { objectionId: NO_ID, note: "经核实异议不成立" }),
      recordDissolutionVote: () =>
        recordDissolutionVote(auditor, { allianceId: a, votedOn: PAST, councilSize: 4, votesFor: 4, proposal: "秘书处提出解散联盟的议案及理由" }),
      confirmDissolution: () => confirmDissolution(auditor, { voteId: NO_ID, allianceVersion: alliance.version }),
      recordCouncilTerm: () => recordCouncilTerm(auditor, { allianceId: a, startsOn: PAST, electedOn: PAST, seats: 4, note: "" }),
      recommendProject: () =>
        recommendProject(auditor, {
          allianceId: a,
          year: 2026,
          title: "氢能储运项目",
          summary: "研究高压储氢关键技术及示范",
          leadUnit: "吉林省氢能科技集团",
          budget: 100,
        }),
      removeProject: () => removeProject(auditor, { projectId: NO_ID }),
      markProjectAdopted: () => markProjectAdopted(auditor, { projectId: NO_ID }),
      logActivity: () => logActivity(auditor, { allianceId: a, kind: "FORUM", title: "氢能产业论坛", heldOn: PAST, description: "围绕氢能产业链开展交流研讨" }),
      removeActivity: () => removeActivity(auditor, { activityId: NO_ID }),
      amendCharter: () =>
        amendCharter(auditor, {
          allianceId: a,
          approvedOn: PAST,
          approvedBy: "2025年第一次成员大会",
          note: "",
          fileName: "章程.docx",
          bytes: fixtures.docx(),
        } as never),
      saveAssessment: () => saveAssessment(auditor, { reportId: NO_ID, version: 0, manualScores: {}, adjustments: [], comment: "" }),
      uploadEvidence: () => uploadEvidence(auditor, { reportId: NO_ID, fileName: "佐证.pdf", bytes: fixtures.pdf() }),
      removeEvidence: () => removeEvidence(auditor, { reportId: NO_ID, documentId: NO_ID }),
      createScheme: () => createScheme(auditor, { year: 2030 } as never),
      updateScheme: () => updateScheme(auditor, { id: NO_ID, version: 0 } as never),
      publishScheme: () => publishScheme(auditor, { id: NO_ID, version: 0 }),
      extendSchemeDue: () => extendSchemeDue(auditor, { id: NO_ID, version: 0, reportDue: "2030-03-31" }),
      publishResults: () => publishResults(auditor, { schemeId: NO_ID, version: 0 }),
      confirmRevocation: () => confirmRevocation(auditor, { revocationId: NO_ID, allianceVersion: alliance.version, note: "确认撤销" }),
      dismissRevocation: () => dismissRevocation(auditor, { revocationId: NO_ID, note: "不予撤销" }),
      openReport: () => openReport(auditor, a, 2025),
      saveReportDraft: () => saveReportDraft(auditor, { reportId: NO_ID, version: 0, figures: {}, narrative: "", nextYearPlan: "" } as never),
      submitReport: () => submitReport(auditor, { reportId: NO_ID, version: 0 }),
      acknowledgeChange: () => acknowledgeChange(auditor, { changeId: NO_ID }),
      issueConfirmLinks: () => issueConfirmLinks(auditor, { allianceId: a, membershipIds: [member.id] }, "http://localhost:3000"),
      decideChange: () => decideChange(auditor, { changeId: NO_ID, version: 0, approved: true, councilApprovedOn: PAST } as never),
      requestChange: () => requestChange(auditor, { allianceId: a, kind: "EXIT", membershipId: member.id } as never),
      exportDashboardTable: () => exportDashboardTable(auditor, { table: "byIndustry", format: "csv" } as never),
    };
    const beforeEvents = await auditCount();
    const beforeAlliance = await p.alliance.findUniqueOrThrow({ where: { id: a } });
    const outcomes: Record<string, string> = {};
    for (const [name, call] of Object.entries(calls)) outcomes[name] = (await outcomeOf(call())).code;
    const letThrough = Object.entries(outcomes).filter(([, c]) => !refused(c));
    expect(letThrough).toEqual([]);
    // Functions that check the role before anything else say FORBIDDEN, not merely "not found".
    for (const name of [
      "createUser",
      "updateUser",
      "unlockUser",
      "resetPassword",
      "resetUserTotp",
      "updateWorkflowSettings",
      "updateSecuritySettings",
      "openCall",
      "decideIntent",
      "startFiling",
      "saveDraft",
      "createMeeting",
      "recordMeetingDecision",
      "handleObjection",
      "saveAssessment",
      "createScheme",
      "publishResults",
      "confirmRevocation",
      "exportDashboardTable",
    ]) {
      expect(outcomes[name], name).toBe("FORBIDDEN");
    }
    expect(await auditCount()).toBe(beforeEvents);
    expect(await p.alliance.findUniqueOrThrow({ where: { id: a } })).toEqual(beforeAlliance);
    expect(await p.user.findUnique({ where: { username: "by.auditor" } })).toBeNull();
    expect(await p.call.count()).toBe(0);
    expect(await p.activity.count()).toBe(0);
    expect(await p.recommendedProject.count()).toBe(0);
  });
});

describe("personal data in the audit trail", () => {
  it("records a user's phone and email change masked, never in full", async () => {
    const p = t.prisma();
    const target = await makeUser(p, ["SERVICE_CENTER"]);
    const row = await p.user.findUniqueOrThrow({ where: { id: target.id } });
    await updateUser(sysadmin, {
      ...base,
      displayName: row.displayName,
      id: row.id,
      version: row.version,
      roles: ["SERVICE_CENTER"],
      active: true,
      phone: "13912345678",
      email: "wang.wu@jl.gov.cn",
    });
    const stored = await p.user.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ phone: "13912345678", email: "wang.wu@jl.gov.cn" });
    const ev = await p.auditEvent.findFirstOrThrow({ where: { action: "user.updated", entityId: row.id } });
    expect(ev.summary).toEqual({ changes: { phone: { from: null, to: "139****5678" }, email: { from: null, to: "w***@jl.gov.cn" } } });
    // No stored summary anywhere in the log holds a full mobile number or email address.
    const leaks = await p.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "AuditEvent" WHERE "summary"::text ~ '(^|[^0-9A-Za-z])1[3-9][0-9]{9}([^0-9A-Za-z]|$)' OR "summary"::text ~ '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]'`;
    expect(Number(leaks[0]!.n)).toBe(0);
  });
});
