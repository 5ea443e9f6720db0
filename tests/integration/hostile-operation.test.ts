import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { logActivity } from "@/lib/operation/activities";
import { markProjectAdopted, recommendProject } from "@/lib/operation/projects";
import { confirmDissolution, recordDissolutionVote } from "@/lib/operation/dissolution";
import { recordCouncilTerm } from "@/lib/operation/council";
import { acknowledgeChange } from "@/lib/membership/acknowledge-change";
import { requestChange } from "@/lib/membership/request-change";
import {
  logActivityAction,
  markProjectAdoptedAction,
  recommendProjectAction,
  removeActivityAction,
  removeProjectAction,
  undoProjectAdoptionAction,
} from "@/app/(portal)/alliances/[id]/activities/actions";
import {
  confirmDissolutionAction,
  recordCouncilTermAction,
  recordDissolutionVoteAction,
  sendTermReminderAction,
  withdrawCharterVersionAction,
} from "@/app/(portal)/alliances/[id]/council/actions";
import { acknowledgeChangeAction, decideChangeAction, requestExitAction, requestJoinAction } from "@/app/(portal)/alliances/[id]/members/actions";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";
import { member } from "../helpers/filing-fixture";
import type { FiledFixture } from "../helpers/filed-fixture";
import { call, expectRefused, HOSTILE_TEXT, SCRIPT_TEXTS, SQL_TEXTS, filedPair, useHostileDatabase } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// 八 operation of a filed alliance (activities, projects, council, dissolution, membership changes): every
// action aimed at another alliance's records, by the wrong role, with smuggled fields and hostile text.

const { fp, ...t } = useHostileDatabase();

let f: FiledFixture, g: FiledFixture;
let reviewer: SessionUser, secretary: SessionUser, officer: SessionUser;
let activityId: string, projectId: string, changeId: string, voteId: string, gMembershipId: string, fMemberId: string;
const DAY = "2025-06-01";

beforeAll(async () => {
  const p = t.prisma();
  ({ f, g, reviewer, secretary, officer } = await filedPair(p));
  activityId = (
    await logActivity(f.filer, { allianceId: f.allianceId, kind: "FORUM", title: "氢能产业论坛", heldOn: DAY, description: "围绕氢能储运开展技术交流研讨" })
  ).id;
  projectId = (
    await recommendProject(f.filer, {
      allianceId: f.allianceId,
      year: 2026,
      title: "氢燃料电池堆研发",
      summary: "研发高功率密度燃料电池堆并开展示范",
      leadUnit: "吉林省氢能科技",
      budget: 100,
    })
  ).id;
  changeId = (
    await requestChange(f.filer, {
      allianceId: f.allianceId,
      kind: "JOIN",
      member: { ...member(300), creditCode: member(300).creditCode },
      reason: "拓展产业链上游",
    } as never)
  ).id;
  voteId = (
    await p.dissolutionVote.create({
      data: {
        allianceId: f.allianceId,
        votedOn: new Date("2025-05-01"),
        councilSize: 5,
        votesFor: 5,
        passed: true,
        proposal: "任务完成，提请解散",
        createdById: f.filer.id,
      },
    })
  ).id;
  gMembershipId = (await p.membership.findFirstOrThrow({ where: { allianceId: g.allianceId, role: "MEMBER" } })).id;
  fMemberId = (await p.membership.findFirstOrThrow({ where: { allianceId: f.allianceId, role: "MEMBER" } })).id;
});

describe("issue 17 item 10: reminders now and corrections, under attack", () => {
  it("only the service center reminds, withdraws charter amendments or undoes adoptions; foreign and malformed ids find nothing", async () => {
    const p = t.prisma();
    const doc = await p.document.create({ data: { allianceId: g.allianceId, kind: "CHARTER", title: "联盟章程" } });
    const version = await p.documentVersion.create({
      data: {
        documentId: doc.id,
        versionNo: 2,
        fileName: "章程修正案.pdf",
        mimeType: "application/pdf",
        byteSize: 100,
        sha256: "a".repeat(64),
        storageKey: `hostile/charter-${doc.id}`,
        uploadedById: g.filer.id,
        approvedOn: new Date("2025-05-01"),
        approvedBy: "成员大会",
      },
    });
    const { id: adopted } = await recommendProject(g.filer, {
      allianceId: g.allianceId,
      year: 2026,
      title: "储氢材料攻关",
      summary: "研发新型固态储氢材料并开展中试",
      leadUnit: "吉林省氢能科技",
      budget: 10,
    });
    await markProjectAdopted(g.center, { projectId: adopted });
    await fp.unchanged(async () => {
      for (const who of [g.filer, f.filer, f.outsider, reviewer, secretary, officer]) {
        expectRefused(await call(who, sendTermReminderAction, { allianceId: g.allianceId }), "FORBIDDEN");
        expectRefused(await call(who, withdrawCharterVersionAction, { versionId: version.id, reason: "冒名撤回章程修正案" }), "FORBIDDEN");
        expectRefused(await call(who, undoProjectAdoptionAction, { projectId: adopted, reason: "冒名撤销立项记录" }), "FORBIDDEN");
      }
      expectRefused(await call(g.center, sendTermReminderAction, { allianceId: crypto.randomUUID() }), "NOT_FOUND");
      expectRefused(await call(g.center, sendTermReminderAction, { allianceId: g.allianceId }), "CONFLICT"); // no term recorded
      expectRefused(await call(g.center, withdrawCharterVersionAction, { versionId: crypto.randomUUID(), reason: "不存在的版本" }), "NOT_FOUND");
      expectRefused(await call(g.center, withdrawCharterVersionAction, { versionId: version.id }), "INVALID_INPUT");
      expectRefused(await call(g.center, withdrawCharterVersionAction, { versionId: SQL_TEXTS[0], reason: "注入形式的编号" }), "INVALID_INPUT");
      expectRefused(await call(g.center, undoProjectAdoptionAction, { projectId: projectId, reason: "尚未立项的项目" }), "CONFLICT");
      expectRefused(await call(g.center, undoProjectAdoptionAction, { projectId: adopted, reason: " \t " }), "INVALID_INPUT");
    });
  });

  it("stores hostile reasons as typed; smuggled fields change nothing else", async () => {
    const p = t.prisma();
    const { id: adopted } = await recommendProject(g.filer, {
      allianceId: g.allianceId,
      year: 2026,
      title: "电解槽研制",
      summary: "研制碱性电解槽并开展示范应用",
      leadUnit: "吉林省氢能科技",
      budget: 5,
    });
    await markProjectAdopted(g.center, { projectId: adopted });
    const r = await call(g.center, undoProjectAdoptionAction, {
      projectId: adopted,
      reason: SCRIPT_TEXTS[1],
      adoptedAt: "2030-01-01",
      allianceId: f.allianceId,
    });
    expect(r).toMatchObject({ ok: true });
    const row = await p.recommendedProject.findUniqueOrThrow({ where: { id: adopted } });
    expect({ adoptedAt: row.adoptedAt, allianceId: row.allianceId }).toEqual({ adoptedAt: null, allianceId: g.allianceId });
    const e = await p.auditEvent.findFirstOrThrow({ where: { action: "project.adoption_undone", entityId: adopted } });
    expect((e.summary as { reason: string }).reason).toBe(SCRIPT_TEXTS[1]!.trim());
    await p.councilTerm.create({ data: { allianceId: g.allianceId, termNo: 1, startsOn: new Date("2024-01-01"), endsOn: new Date("2026-12-31"), seats: 4 } });
    expect(await call(g.center, sendTermReminderAction, { allianceId: g.allianceId, notified: 999 })).toMatchObject({ ok: true, data: { sent: true } });
  });
});

describe("other alliances' records (IDOR)", () => {
  it("another enterprise's filer cannot log, remove, recommend or withdraw anything of alliance f", async () => {
    await fp.unchanged(async () => {
      for (const who of [g.filer, f.outsider]) {
        expectRefused(
          await call(who, logActivityAction, {
            allianceId: f.allianceId,
            kind: "FORUM",
            title: "冒名登记的活动",
            heldOn: DAY,
            description: "以他人联盟名义登记活动内容",
          }),
          "NOT_FOUND",
        );
        expectRefused(await call(who, removeActivityAction, { activityId }), "NOT_FOUND");
        expectRefused(
          await call(who, recommendProjectAction, {
            allianceId: f.allianceId,
            year: 2026,
            title: "冒名推荐项目",
            summary: "以他人联盟名义推荐项目内容",
            leadUnit: "某单位名称",
            budget: 1,
          }),
          "NOT_FOUND",
        );
        expectRefused(await call(who, removeProjectAction, { projectId }), "NOT_FOUND");
      }
    });
  });

  it("another enterprise's filer cannot record council terms or dissolution votes, nor request or decide member changes", async () => {
    await fp.unchanged(async () => {
      expectRefused(
        await call(g.filer, recordCouncilTermAction, { allianceId: f.allianceId, startsOn: "2025-01-01", electedOn: "", seats: 5, note: "" }),
        "NOT_FOUND",
      );
      expectRefused(
        await call(g.filer, recordDissolutionVoteAction, {
          allianceId: f.allianceId,
          votedOn: DAY,
          councilSize: 4,
          votesFor: 4,
          proposal: "以他人名义提出解散联盟议案",
        }),
        "NOT_FOUND",
      );
      expectRefused(
        await call(g.filer, requestJoinAction, { allianceId: f.allianceId, kind: "JOIN", member: member(301), reason: "冒名申请加入" }),
        "NOT_FOUND",
      );
      expectRefused(
        await call(g.filer, requestExitAction, { allianceId: f.allianceId, kind: "EXIT", membershipId: fMemberId, reason: "冒名申请退出" }),
        "NOT_FOUND",
      );
      expectRefused(
        await call(g.filer, decideChangeAction, { changeId, version: 0, approved: true, councilApprovedOn: DAY, councilResolution: "伪造的理事会决议" }),
        "NOT_FOUND",
      );
    });
  });

  it("a membership of alliance g cannot be removed through alliance f", async () => {
    await fp.unchanged(async () => {
      expectRefused(
        await call(f.filer, requestExitAction, { allianceId: f.allianceId, kind: "EXIT", membershipId: gMembershipId, reason: "移除其他联盟成员" }),
        "NOT_FOUND",
      );
    });
  });

  it("staff outside the industry's division see nothing to adopt, acknowledge or confirm", async () => {
    const rural = await t.prisma().division.create({ data: { code: "RURAL", name: "农村科技处" } });
    const outsider = await makeUser(t.prisma(), ["DIVISION_REVIEWER"], { divisionId: rural.id });
    await fp.unchanged(async () => {
      expect(await codeOf(confirmDissolution(outsider, { voteId, allianceVersion: 0 }))).toBe("NOT_FOUND");
      expect(await codeOf(markProjectAdopted(outsider, { projectId }))).toBe("FORBIDDEN");
    });
  });
});

describe("role escalation", () => {
  it("only the service center adopts projects, acknowledges flags and confirms dissolutions, whatever the caller's scope", async () => {
    const version = (await t.prisma().alliance.findUniqueOrThrow({ where: { id: f.allianceId } })).version;
    await fp.unchanged(async () => {
      for (const who of [f.filer, reviewer, secretary, officer]) {
        expect(await codeOf(markProjectAdopted(who, { projectId }))).toBe("FORBIDDEN");
        expect(await codeOf(acknowledgeChange(who, { changeId }))).toBe("FORBIDDEN");
      }
      // Division reviewer, secretary and officer may see the filed alliance; the workflow still says no.
      for (const who of [reviewer, secretary, officer]) expect(await codeOf(confirmDissolution(who, { voteId, allianceVersion: version }))).toBe("FORBIDDEN");
      expect(await codeOf(confirmDissolution(f.filer, { voteId, allianceVersion: version }))).toBe("FORBIDDEN");
    });
  });

  it("staff who can see the alliance cannot act for it as its filer", async () => {
    await fp.unchanged(async () => {
      for (const who of [f.center, reviewer, secretary]) {
        expect(
          await codeOf(
            logActivity(who, { allianceId: f.allianceId, kind: "FORUM", title: "代为登记活动", heldOn: DAY, description: "工作人员代为登记活动内容" }),
          ),
        ).toBe("FORBIDDEN");
        expect(await codeOf(recordCouncilTerm(who, { allianceId: f.allianceId, startsOn: "2025-01-01", electedOn: "", note: "" }))).toBe("FORBIDDEN");
        expect(await codeOf(recordDissolutionVote(who, { allianceId: f.allianceId, votedOn: DAY, votesFor: 4, proposal: "工作人员代为提出解散议案" }))).toBe(
          "FORBIDDEN",
        );
      }
    });
  });

  it("ignores smuggled creators, ids and statuses", async () => {
    const r = await call(f.filer, logActivityAction, {
      allianceId: f.allianceId,
      kind: "FORUM",
      title: "技术沙龙活动",
      heldOn: DAY,
      description: "围绕燃料电池开展技术沙龙",
      createdById: g.filer.id,
      id: activityId,
      allianceVersion: 99,
    });
    expect(r).toMatchObject({ ok: true });
    const row = await t.prisma().activity.findUniqueOrThrow({ where: { id: (r as { data: string }).data } });
    expect(row.createdById).toBe(f.filer.id);
    expect(row.id).not.toBe(activityId);

    const p = await call(f.filer, recommendProjectAction, {
      allianceId: f.allianceId,
      year: 2026,
      title: "储氢材料攻关",
      summary: "研发新型固态储氢材料并中试",
      leadUnit: "吉林省氢能科技",
      budget: 50,
      adoptedAt: "2026-01-01T00:00:00Z",
    });
    const project = await t.prisma().recommendedProject.findUniqueOrThrow({ where: { id: (p as { data: string }).data } });
    expect(project.adoptedAt).toBeNull();

    const vote = await call(f.filer, recordDissolutionVoteAction, {
      allianceId: f.allianceId,
      votedOn: DAY,
      councilSize: 5,
      votesFor: 1,
      proposal: "秘书处提出解散议案，理由为任务完成",
      passed: true,
    });
    expect(vote).toMatchObject({ ok: true, data: { passed: false } });
  });
});

describe("oversized and malformed numbers and dates with real targets", () => {
  it("refuses impossible counts, budgets and days at the field, storing nothing", async () => {
    await fp.unchanged(async () => {
      const r1 = expectRefused(
        await call(f.filer, recordDissolutionVoteAction, {
          allianceId: f.allianceId,
          votedOn: DAY,
          councilSize: 5,
          votesFor: 6,
          proposal: "秘书处提出解散议案，理由为任务完成",
        }),
        "INVALID_INPUT",
      );
      expect(r1.fieldErrors?.votesFor).toEqual(["同意票数不能超过理事会人数"]);
      const r2 = expectRefused(
        await call(f.filer, recommendProjectAction, {
          allianceId: f.allianceId,
          year: 2026,
          title: "储氢材料攻关",
          summary: "研发新型固态储氢材料并中试",
          leadUnit: "吉林省氢能科技",
          budget: -0.01,
        }),
        "INVALID_INPUT",
      );
      expect(r2.fieldErrors?.budget).toEqual(["预算不能为负数"]);
      const r3 = expectRefused(
        await call(f.filer, logActivityAction, {
          allianceId: f.allianceId,
          kind: "FORUM",
          title: "氢能产业论坛",
          heldOn: "2025-02-29",
          description: "围绕氢能储运开展技术交流研讨",
        }),
        "INVALID_INPUT",
      );
      expect(r3.fieldErrors?.heldOn).toEqual(["请选择举办日期"]);
      const r4 = expectRefused(
        await call(f.filer, recordCouncilTermAction, { allianceId: f.allianceId, startsOn: "2025-01-01", electedOn: "2999-01-01", seats: 5, note: "" }),
        "INVALID_INPUT",
      );
      expect(r4.fieldErrors?.electedOn?.[0]).toContain("不能晚于今天");
    });
  });
});

describe("SQL- and script-looking text is stored as typed", () => {
  it("keeps activity, project, vote and change texts exactly", async () => {
    const a = await call(f.filer, logActivityAction, {
      allianceId: f.allianceId,
      kind: "OTHER",
      title: SCRIPT_TEXTS[1],
      heldOn: DAY,
      description: HOSTILE_TEXT,
    });
    const activity = await t.prisma().activity.findUniqueOrThrow({ where: { id: (a as { data: string }).data } });
    expect([activity.title, activity.description]).toEqual([SCRIPT_TEXTS[1], HOSTILE_TEXT]);

    const p = await call(f.filer, recommendProjectAction, {
      allianceId: f.allianceId,
      year: 2027,
      title: SQL_TEXTS[0],
      summary: HOSTILE_TEXT,
      leadUnit: SCRIPT_TEXTS[2],
      budget: 1,
    });
    const project = await t.prisma().recommendedProject.findUniqueOrThrow({ where: { id: (p as { data: string }).data } });
    expect([project.title, project.summary, project.leadUnit]).toEqual([SQL_TEXTS[0], HOSTILE_TEXT, SCRIPT_TEXTS[2]]);

    const exit = await call(f.filer, requestExitAction, { allianceId: f.allianceId, kind: "EXIT", membershipId: fMemberId, reason: HOSTILE_TEXT });
    const change = await t.prisma().membershipChange.findUniqueOrThrow({ where: { id: (exit as { data: string }).data } });
    expect(change.reason).toBe(HOSTILE_TEXT);
    expect(await t.prisma().user.count()).toBeGreaterThan(0);
  });

  it("the service center's actions on f still work on the records attacked above", async () => {
    expect(await call(f.center, markProjectAdoptedAction, { projectId })).toMatchObject({ ok: true });
    // Found this time (the change is in scope), only not flagged: a conflict, not "not found".
    expectRefused(await call(f.center, acknowledgeChangeAction, { changeId }), "CONFLICT");
    const version = (await t.prisma().alliance.findUniqueOrThrow({ where: { id: f.allianceId } })).version;
    expect(await call(f.center, confirmDissolutionAction, { voteId, allianceVersion: version })).toEqual({ ok: true, data: "DISSOLVED" });
  });
});
