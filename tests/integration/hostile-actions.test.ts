import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import type { SessionUser } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/roles";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { WORKFLOW_SETTING_KEYS, WORKFLOW_SETTINGS } from "@/lib/settings/settings";
import { makeUser } from "../helpers/users";
import { code, form, member } from "../helpers/filing-fixture";
import {
  ACTIONS,
  call,
  expectNoPollution,
  expectRefused,
  hostileVariants,
  hugeRecord,
  useHostileDatabase,
  withPrototypeKeys,
  type Variant,
} from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// Every server action in the inventory, attacked the same way: from another origin, signed out, by each
// role it does not admit, and with malformed versions of a valid payload. The domain suites
// (hostile-filing, -operation, -assessment, -admin, -public) attack each one with real targets.

const { fp, ...t } = useHostileDatabase();

type Action = (raw: never) => Promise<unknown>;
const modules = new Map<string, Record<string, Action>>();
const id = () => crypto.randomUUID();

/** A valid payload for each action; the ids name nothing, so a payload that gets past validation is simply not found. */
const SAMPLES: Record<string, () => unknown> = {
  changeOwnPasswordAction: () => ({ current: "Wrong#Pass2026", next: "Neu#Pass2027x", confirm: "Neu#Pass2027x" }),
  confirmTotpAction: () => ({ code: "123456" }),
  updateSettingsAction: () => Object.fromEntries(WORKFLOW_SETTING_KEYS.map((k) => [k, WORKFLOW_SETTINGS[k].default])),
  createUserAction: () => ({
    username: `hostile${crypto.randomBytes(3).toString("hex")}`,
    password: "Strong#Pass2026",
    displayName: "张三",
    roles: ["SERVICE_CENTER"],
    divisionId: "",
    organizationId: "",
    phone: "13912345678",
    email: "zhangsan@example.cn",
  }),
  updateUserAction: () => ({
    id: id(),
    version: 0,
    active: true,
    displayName: "张三",
    roles: ["SERVICE_CENTER"],
    divisionId: "",
    organizationId: "",
    phone: "",
    email: "",
  }),
  unlockUserAction: () => ({ id: id() }),
  resetPasswordAction: () => ({ id: id(), newPassword: "Strong#Pass2026" }),
  resetTotpAction: () => ({ id: id() }),
  updateSecuritySettingsAction: () => ({ auditRetentionDays: 200 }),
  setCalendarDayAction: () => ({ date: "2099-10-01", kind: "HOLIDAY", name: "国庆节" }),
  removeCalendarDayAction: () => ({ date: "2099-10-02" }),
  refileAction: () => ({ allianceId: id() }),
  transitionAction: () => ({ allianceId: id(), transition: "DIVISION_PASS", version: 0, opinion: "同意提交组织形式审核", internal: false }),
  addCommentAction: () => ({ allianceId: id(), fieldPath: "name", text: "名称不规范", visibleToFiler: true }),
  removeCommentAction: () => ({ commentId: id() }),
  logActivityAction: () => ({
    allianceId: id(),
    kind: "FORUM",
    title: "氢能产业论坛",
    heldOn: "2025-06-01",
    participants: 30,
    description: "围绕氢能储运开展技术交流研讨",
  }),
  removeActivityAction: () => ({ activityId: id() }),
  recommendProjectAction: () => ({
    allianceId: id(),
    year: 2026,
    title: "氢燃料电池堆研发",
    summary: "研发高功率密度燃料电池堆并开展示范应用",
    leadUnit: "吉林省氢能科技",
    budget: 120.5,
  }),
  removeProjectAction: () => ({ projectId: id() }),
  markProjectAdoptedAction: () => ({ projectId: id() }),
  undoProjectAdoptionAction: () => ({ projectId: id(), reason: "误标为已纳入省级计划" }),
  issueConfirmLinksAction: () => ({ allianceId: id(), membershipIds: [id()] }),
  emailConfirmLinksAction: () => ({ allianceId: id(), membershipIds: [id()] }),
  recordCouncilTermAction: () => ({ allianceId: id(), startsOn: "2025-01-01", electedOn: "2024-12-20", seats: 5, note: "第二届理事会" }),
  recordDissolutionVoteAction: () => ({
    allianceId: id(),
    votedOn: "2025-01-10",
    councilSize: 5,
    votesFor: 4,
    proposal: "秘书处提出解散议案，理由为任务已经完成",
  }),
  confirmDissolutionAction: () => ({ voteId: id(), allianceVersion: 0 }),
  sendTermReminderAction: () => ({ allianceId: id() }),
  withdrawCharterVersionAction: () => ({ versionId: id(), reason: "章程修订版本重复登记" }),
  requestJoinAction: () => ({ allianceId: id(), kind: "JOIN", member: member(40), reason: "拓展产业链上游" }),
  requestExitAction: () => ({ allianceId: id(), kind: "EXIT", membershipId: id(), reason: "经营方向调整" }),
  decideChangeAction: () => ({ changeId: id(), version: 0, approved: true, councilApprovedOn: "2025-01-10", councilResolution: "第二届理事会第三次会议决议" }),
  acknowledgeChangeAction: () => ({ changeId: id() }),
  saveDraftAction: () => ({ allianceId: id(), version: 0, ...form, members: [member(1)] }),
  lookupOrgAction: () => ({ creditCode: code(1) }),
  submitFilingAction: () => ({ allianceId: id(), version: 0 }),
  createSchemeAction: () => ({ ...structuredClone(DEFAULT_SCHEME), year: 2031, title: "2031年度考核方案", reportDue: "2032-03-31" }),
  updateSchemeAction: () => ({ ...structuredClone(DEFAULT_SCHEME), id: id(), version: 0, year: 2031, title: "2031年度考核方案", reportDue: "2032-03-31" }),
  publishSchemeAction: () => ({ id: id(), version: 0 }),
  extendSchemeDueAction: () => ({ id: id(), version: 0, reportDue: "2032-04-30" }),
  deleteSchemeAction: () => ({ id: id(), version: 0, reason: "方案年度录入有误，重新制定" }),
  sendReportRemindersAction: () => ({ schemeId: id() }),
  saveAssessmentAction: () => ({
    reportId: id(),
    version: 0,
    manualScores: { GOVERNANCE: 80 },
    adjustments: [{ indicator: "JOINT_PROJECTS", delta: 2, reason: "获得省级奖励一项" }],
    comment: "良好",
  }),
  publishResultsAction: () => ({ schemeId: id(), version: 0 }),
  returnReportAction: () => ({
    reportId: id(),
    version: 0,
    comment: "专利数据与佐证材料不符，请更正后重新提交",
    items: [{ target: "figures.PATENTS_STANDARDS", comment: "专利数量与证书复印件不一致" }],
    correctionDue: "2099-04-30",
  }),
  confirmRevocationAction: () => ({ revocationId: id(), allianceVersion: 0, note: "连续两年考核不合格" }),
  dismissRevocationAction: () => ({ revocationId: id(), note: "申诉成立，材料补正" }),
  openCallAction: () => ({ industryCode: "NEW_ENERGY", title: "氢能产业联盟牵头单位遴选", description: "面向省内骨干企业", deadline: "2099-06-30" }),
  submitIntentAction: () => ({
    callId: id(),
    evidence: Object.fromEntries(
      ["legalEntity", "influence", "rnd", "cooperation", "management"].map((k) => [k, "本单位在吉林省注册，研发投入占营业收入百分之五以上，经营状况良好。"]),
    ),
  }),
  decideIntentAction: () => ({ intentId: id(), version: 0, decision: "QUALIFIED", reason: "" }),
  startFilingAction: () => ({ intentId: id(), kind: "ALLIANCE" }),
  createMeetingAction: () => ({ sessionNo: "2026年第12次", title: "联盟备案审议", heldOn: "2026-07-01", allianceIds: [id()] }),
  recordDecisionAction: () => ({ meetingId: id(), allianceId: id(), version: 0, outcome: "APPROVE", note: "同意备案", heldOn: "2026-07-01" }),
  markAllReadAction: () => ({}),
  handleObjectionAction: () => ({ objectionId: id(), note: "已核实，异议不成立" }),
  saveReportDraftAction: () => ({ reportId: id(), version: 0, figures: { PATENTS_STANDARDS: 3 }, narrative: "全年开展联合攻关", nextYearPlan: "继续推进" }),
  submitReportAction: () => ({ reportId: id(), version: 0 }),
  removeEvidenceAction: () => ({ reportId: id(), documentId: id() }),
  objectionAction: () => ({ filingId: id(), name: "张三", contact: "13912345678", content: "该联盟成员单位信息与实际不符，请核实。", website: "" }),
  confirmMemberAction: () => ({ token: crypto.randomBytes(32).toString("base64url") }),
  disputeMemberAction: () => ({ token: crypto.randomBytes(32).toString("base64url"), note: "二〇二二年产值有误" }),
};

/** Record-typed fields (code → number): grown to 10,000 keys as well. */
const RECORDS: Record<string, string[]> = { saveReportDraftAction: ["figures"], saveAssessmentAction: ["manualScores"] };

const entries = Object.entries(ACTIONS)
  .flatMap(([file, actions]) => Object.entries(actions).map(([name, entry]) => ({ file, name, ...entry })))
  .filter((e) => !e.formPost);
const authed = entries.flatMap((e) => (e.roles === "public" ? [] : [{ ...e, roles: e.roles }]));
const byRole = new Map<Role, SessionUser>();
const actionOf = (file: string, name: string): Action => modules.get(file)![name]!;

beforeAll(async () => {
  const p = t.prisma();
  const div = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: div.id } });
  const org = await p.organization.create({ data: { name: "吉林省测试企业有限公司", type: "ENTERPRISE", creditCode: code(900) } });
  for (const role of ROLES) {
    byRole.set(
      role,
      await makeUser(p, [role], { organizationId: role === "ENTERPRISE_FILER" ? org.id : null, divisionId: role === "DIVISION_REVIEWER" ? div.id : null }),
    );
  }
  for (const file of Object.keys(ACTIONS)) modules.set(file, (await import(/* @vite-ignore */ `@/${file.replace(/\.ts$/, "")}`)) as Record<string, Action>);
});

describe("every action's gate", () => {
  it("has a valid sample payload for every action in the inventory", () => {
    expect(entries.filter((e) => !SAMPLES[e.name]).map((e) => e.name)).toEqual([]);
  });

  it.each(entries)("$name refuses a foreign, a null and a missing Origin before anything runs", async ({ file, name }) => {
    const user = byRole.get("SYSTEM_ADMIN")!;
    await fp.unchanged(async () => {
      for (const origin of ["http://evil.example", "null", null, `http://localhost:3000.evil.example`]) {
        expectRefused(await call(user, actionOf(file, name), SAMPLES[name]!(), { origin }), "BAD_ORIGIN");
      }
    });
  });

  it.each(authed)("$name refuses the signed-out and every role it does not admit", async ({ file, name, roles }) => {
    await fp.unchanged(async () => {
      expectRefused(await call(null, actionOf(file, name), SAMPLES[name]!()), "UNAUTHENTICATED");
      for (const role of ROLES.filter((r) => !roles.includes(r)))
        expectRefused(await call(byRole.get(role)!, actionOf(file, name), SAMPLES[name]!()), "FORBIDDEN");
    });
    // The roles it admits get past the gate (the sample's ids name nothing, or it is carried out).
    for (const role of roles) {
      const r = (await call(byRole.get(role)!, actionOf(file, name), SAMPLES[name]!())) as { ok: boolean; code?: string };
      expect(r.code, `${role} is admitted`).not.toBe("FORBIDDEN");
    }
  });
});

function admitted(roles: readonly Role[] | "public"): SessionUser | null {
  return roles === "public" ? null : byRole.get(roles[0]!)!;
}

/**
 * A fieldErrors key names the changed field, a field inside it, the list or record holding it, or a
 * neighbour in the same list (a step whose start is 1e300 makes the next step's start out of order).
 */
function namesPath(keys: string[], at: string): boolean {
  const list = at.replace(/\.\d+(\.[^.\d][^.]*)*$/, "");
  return keys.some((k) => k === at || k.startsWith(`${at}.`) || at.startsWith(`${k}.`) || (list !== at && k.startsWith(`${list}.`)));
}

describe("malformed payloads", () => {
  it.each(entries)("$name: the sample itself passes validation", async ({ file, name, roles }) => {
    const r = (await call(admitted(roles), actionOf(file, name), SAMPLES[name]!())) as { ok: boolean; code?: string; fieldErrors?: object };
    // Not found, a conflict, a wrong password or success: anything but a refusal of the input's shape.
    if (r.code === "INVALID_INPUT") expect(r.fieldErrors, "sample refused").toEqual({});
  });

  it.each(entries)("$name refuses every malformed variant with a Chinese message at the field, storing nothing", async ({ file, name, roles }) => {
    const sample = SAMPLES[name]!();
    const variants: Variant[] = hostileVariants(sample);
    for (const field of RECORDS[name] ?? []) {
      variants.push({ path: field, label: "10,000 keys", payload: { ...(sample as object), [field]: hugeRecord(1) } });
    }
    const accepted: string[] = [];
    const before = await fp.take();
    for (const v of variants) {
      const r = (await call(admitted(roles), actionOf(file, name), v.payload)) as { ok: boolean; code?: string; fieldErrors?: Record<string, string[]> };
      if (r.code !== "INVALID_INPUT" || !namesPath(Object.keys(r.fieldErrors ?? {}), v.path)) {
        accepted.push(`${v.path}: ${v.label} → ${r.code ?? "OK"} ${JSON.stringify(r.fieldErrors ?? {}).slice(0, 120)}`);
        continue;
      }
      expectRefused(r, "INVALID_INPUT");
    }
    const after = await fp.take();
    expect(accepted, `accepted:\n${accepted.join("\n")}`).toEqual([]);
    expect(
      [...after.keys()].filter((k) => before.get(k) !== after.get(k)),
      "tables changed",
    ).toEqual([]);
  });

  it.each(entries)("$name ignores __proto__ and constructor keys: nothing polluted, no error", async ({ file, name, roles }) => {
    const plain = (await call(admitted(roles), actionOf(file, name), SAMPLES[name]!())) as { ok: boolean; code?: string };
    const r = (await call(admitted(roles), actionOf(file, name), withPrototypeKeys(SAMPLES[name]!() as object))) as { ok: boolean; code?: string };
    expectNoPollution();
    // The keys are stripped, so the answer is the one the sample alone gets (its ids name nothing).
    expect(r.code).toBe(plain.code);
  });
});
