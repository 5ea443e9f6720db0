import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { saveDraft } from "@/lib/filing/save-draft";
import { getFilingForEdit } from "@/lib/filing/get-filing-for-edit";
import { applyTransition } from "@/lib/review/apply-transition";
import { findFieldComments } from "@/lib/review/field-comments";
import { openCall } from "@/lib/calls/open-call";
import { createMeeting } from "@/lib/meetings/meetings";
import { lookupOrgAction, saveDraftAction, submitFilingAction } from "@/app/(portal)/alliances/actions";
import { addCommentAction, removeCommentAction, transitionAction } from "@/app/(portal)/alliances/[id]/actions";
import { refileAction } from "@/app/(portal)/alliances/[id]/refile-actions";
import { decideIntentAction, openCallAction, startFilingAction, submitIntentAction } from "@/app/(portal)/calls/actions";
import { createMeetingAction, recordDecisionAction } from "@/app/(portal)/meetings/actions";
import { makeUser } from "../helpers/users";
import { codeOf } from "../helpers/errors";
import { code, form, goodMembers, member, submitCompleteFiling } from "../helpers/filing-fixture";
import { call, expectRefused, HOSTILE_TEXT, messagesOf, SCRIPT_TEXTS, SQL_TEXTS, useHostileDatabase } from "../helpers/hostile";

vi.mock("next/headers", () => ({ headers: async () => globalThis.__hostileRequest!.headers }));
vi.mock("@/lib/auth/session", async (orig) => ({ ...(await orig<object>()), getSessionUser: async () => globalThis.__hostileRequest?.user ?? null }));

// 七（一）-（三）: filing, calls, review and meeting actions attacked with real targets of other users.

const { fp, ...t } = useHostileDatabase();

let filerA: SessionUser,
  filerB: SessionUser,
  reviewer: SessionUser,
  reviewer2: SessionUser,
  ruralReviewer: SessionUser,
  secretary: SessionUser,
  officer: SessionUser,
  center: SessionUser;
let draftId: string, reviewId: string, meetingAllianceId: string, callId: string, intentA: string, intentB: string;
const alliance = (id: string) => t.prisma().alliance.findUniqueOrThrow({ where: { id } });
const EVIDENCE = Object.fromEntries(
  ["legalEntity", "influence", "rnd", "cooperation", "management"].map((k) => [k, "本单位在吉林省注册，研发投入占营业收入百分之五以上，经营状况良好。"]),
);

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  await p.industry.create({
    data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: ["现代种业"], divisionId: rural.id },
  });
  const orgA = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: code(1) } });
  const orgB = await p.organization.create({ data: { name: "吉林省另一家企业有限公司", type: "ENTERPRISE", creditCode: code(500) } });
  filerA = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: orgA.id });
  filerB = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: orgB.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  reviewer2 = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  ruralReviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
  secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
  center = await makeUser(p, ["SERVICE_CENTER"]);
  const make = (name: string) =>
    p.alliance.create({
      data: {
        name,
        industryCode: "NEW_ENERGY",
        leadOrgId: orgA.id,
        createdById: filerA.id,
        memberships: { create: { organizationId: orgA.id, role: "CHAIR" } },
      },
    });
  draftId = (await make("吉林省氢能草稿联盟")).id;
  reviewId = (await make("吉林省氢能审核联盟")).id;
  await submitCompleteFiling(p, filerA, reviewId);
  meetingAllianceId = (await make("吉林省氢能待审议联盟")).id;
  await p.alliance.update({ where: { id: meetingAllianceId }, data: { state: "MEETING" } });
  const c = await p.call.create({
    data: { industryCode: "NEW_ENERGY", title: "氢能联盟牵头单位遴选", deadline: new Date("2099-01-01T00:00:00Z"), createdById: reviewer.id },
  });
  callId = c.id;
  intentA = (await p.leadIntent.create({ data: { callId, organizationId: orgA.id, evidence: EVIDENCE, status: "QUALIFIED", createdById: filerA.id } })).id;
  const orgC = await p.organization.create({ data: { name: "吉林省第三家企业有限公司", type: "ENTERPRISE", creditCode: code(501) } });
  intentB = (await p.leadIntent.create({ data: { callId, organizationId: orgC.id, evidence: EVIDENCE, createdById: filerA.id } })).id;
});

describe("other users' ids (IDOR)", () => {
  it("another enterprise's filer cannot save, submit or start filing on A's records", async () => {
    const a = await alliance(draftId);
    await fp.unchanged(async () => {
      expectRefused(await call(filerB, saveDraftAction, { allianceId: draftId, version: a.version, ...form, members: goodMembers() }), "NOT_FOUND");
      expectRefused(await call(filerB, submitFilingAction, { allianceId: reviewId, version: (await alliance(reviewId)).version }), "NOT_FOUND");
      expectRefused(await call(filerB, startFilingAction, { intentId: intentA, kind: "ALLIANCE" }), "NOT_FOUND");
    });
  });

  it("a division reviewer of another division finds nothing of the filing: no decision, no comment", async () => {
    const v = (await alliance(reviewId)).version;
    await fp.unchanged(async () => {
      expectRefused(
        await call(ruralReviewer, transitionAction, { allianceId: reviewId, transition: "DIVISION_PASS", version: v, opinion: "同意" }),
        "NOT_FOUND",
      );
      expectRefused(
        await call(ruralReviewer, transitionAction, { allianceId: reviewId, transition: "DIVISION_REJECT", version: v, opinion: "不符合条件，予以退回处理" }),
        "NOT_FOUND",
      );
      expectRefused(
        await call(ruralReviewer, addCommentAction, { allianceId: reviewId, fieldPath: "name", text: "名称不规范", visibleToFiler: true }),
        "NOT_FOUND",
      );
      expectRefused(await call(ruralReviewer, decideIntentAction, { intentId: intentB, version: 0, decision: "QUALIFIED", reason: "" }), "NOT_FOUND");
    });
  });

  it("a reviewer cannot withdraw a colleague's comment", async () => {
    expect(await call(reviewer, addCommentAction, { allianceId: reviewId, fieldPath: "name", text: "名称应为全称", visibleToFiler: true })).toEqual({
      ok: true,
      data: true,
    });
    const comment = await t.prisma().fieldComment.findFirstOrThrow({ where: { allianceId: reviewId } });
    await fp.unchanged(async () => {
      expectRefused(await call(reviewer2, removeCommentAction, { commentId: comment.id }), "NOT_FOUND");
      expectRefused(await call(ruralReviewer, removeCommentAction, { commentId: comment.id }), "NOT_FOUND");
      expectRefused(await call(secretary, removeCommentAction, { commentId: comment.id }), "NOT_FOUND");
    });
  });

  it("nobody decides a filing before it is their stage: the officer cannot file it, the secretary cannot pass division review", async () => {
    const v = (await alliance(reviewId)).version;
    await fp.unchanged(async () => {
      expectRefused(await call(officer, transitionAction, { allianceId: reviewId, transition: "FILE", version: v }), ["CONFLICT", "FORBIDDEN"]);
      expectRefused(await call(secretary, transitionAction, { allianceId: reviewId, transition: "DIVISION_PASS", version: v, opinion: "同意" }), [
        "CONFLICT",
        "FORBIDDEN",
      ]);
    });
  });
});

describe("role escalation through the data layer (the wrapper bypassed)", () => {
  it("a filer, the service center and an administrator cannot decide reviews, even on their own filing", async () => {
    const v = (await alliance(reviewId)).version;
    const admin = await makeUser(t.prisma(), ["SYSTEM_ADMIN"]);
    await fp.unchanged(async () => {
      expect(await codeOf(applyTransition(filerA, { allianceId: reviewId, transition: "DIVISION_PASS", version: v, opinion: "自己审核通过" }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(applyTransition(center, { allianceId: reviewId, transition: "DIVISION_PASS", version: v, opinion: "同意" }))).toBe("FORBIDDEN");
      expect(await codeOf(applyTransition(admin, { allianceId: reviewId, transition: "DIVISION_PASS", version: v, opinion: "同意" }))).toBe("NOT_FOUND");
    });
  });

  it("a reviewer cannot edit a draft, open a call for another division's industry, or hold a meeting", async () => {
    const a = await alliance(draftId);
    await fp.unchanged(async () => {
      expect(await codeOf(saveDraft(reviewer, { allianceId: draftId, version: a.version, ...form, members: [] }))).toBe("FORBIDDEN");
      expect(
        await codeOf(openCall(reviewer, { industryCode: "NEW_AGRICULTURE", title: "现代种业联盟牵头单位遴选", description: "", deadline: "2099-06-30" })),
      ).toBe("FORBIDDEN");
      expect(await codeOf(createMeeting(reviewer, { sessionNo: "2026年第1次", title: "审议", heldOn: null, allianceIds: [meetingAllianceId] }))).toBe(
        "FORBIDDEN",
      );
      expect(await codeOf(createMeeting(filerA, { sessionNo: "2026年第1次", title: "审议", heldOn: null, allianceIds: [meetingAllianceId] }))).toBe(
        "FORBIDDEN",
      );
    });
  });

  it("hidden fields smuggled into a draft (state, lead unit, creator, version number) are ignored", async () => {
    const before = await alliance(draftId);
    const other = await alliance(reviewId);
    const r = await call(filerA, saveDraftAction, {
      allianceId: draftId,
      version: before.version,
      ...form,
      members: [member(1, { name: "吉林省氢能科技集团有限公司", role: "CHAIR" })],
      state: "FILED",
      leadOrgId: filerB.organizationId,
      createdById: filerB.id,
      currentVersionNo: 9,
      industryCode: "NEW_AGRICULTURE",
      id: reviewId,
    });
    expect(r).toMatchObject({ ok: true });
    const after = await alliance(draftId);
    expect(after).toMatchObject({
      state: "DRAFT",
      leadOrgId: before.leadOrgId,
      createdById: before.createdById,
      currentVersionNo: before.currentVersionNo,
      industryCode: "NEW_ENERGY",
      version: before.version + 1,
    });
    expect(await alliance(reviewId)).toEqual(other);
  });

  it("a transition cannot be steered to another state by a smuggled target", async () => {
    const v = (await alliance(reviewId)).version;
    const r = await call(reviewer, transitionAction, {
      allianceId: reviewId,
      transition: "DIVISION_RETURN",
      version: v,
      opinion: "请补充成员单位的产值材料",
      to: "FILED",
      state: "FILED",
      internal: true,
    });
    expect(r).toEqual({ ok: true, data: "RETURNED" });
    expect((await alliance(reviewId)).state).toBe("RETURNED");
    const opinion = await t.prisma().reviewOpinion.findFirstOrThrow({ where: { allianceId: reviewId, decision: "RETURN" } });
    // A return must tell the filer why: "internal" is honoured only for passes.
    expect(opinion.internal).toBe(false);
  });
});

describe("oversized and malformed payloads with real targets", () => {
  it("refuses 10,000 members and 501 members with the limit in Chinese, storing nothing", async () => {
    const a = await alliance(draftId);
    await fp.unchanged(async () => {
      const many = Array.from({ length: 10_000 }, (_, i) => member(1000 + i));
      const r = expectRefused(await call(filerA, saveDraftAction, { allianceId: draftId, version: a.version, ...form, members: many }), "INVALID_INPUT");
      expect(r.fieldErrors?.members).toEqual(["成员单位最多 500 家"]);
      const r2 = expectRefused(
        await call(filerA, saveDraftAction, { allianceId: draftId, version: a.version, ...form, members: many.slice(0, 501) }),
        "INVALID_INPUT",
      );
      expect(r2.fieldErrors?.members).toEqual(["成员单位最多 500 家"]);
    });
  });

  it("refuses impossible figures, a broken credit code and a date that does not exist at the field", async () => {
    const a = await alliance(draftId);
    await fp.unchanged(async () => {
      const r = expectRefused(
        await call(filerA, saveDraftAction, {
          allianceId: draftId,
          version: a.version,
          ...form,
          agreementEffectiveOn: "2026-02-30",
          members: [member(1, { outputValue2022: Number.NaN }), member(2, { profitTax2022: 1e300 }), member(3, { creditCode: "91220101MA0000003'" })],
        }),
        "INVALID_INPUT",
      );
      expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual([
        "agreementEffectiveOn",
        "members.0.outputValue2022",
        "members.1.profitTax2022",
        "members.2.creditCode",
      ]);
      expect(r.fieldErrors?.agreementEffectiveOn).toEqual(["联盟协议生效时间不是有效日期"]);
      expect(messagesOf(r).join()).toContain("数值超出范围");
    });
  });

  it("refuses control characters that PostgreSQL (NUL) or the generated .docx (other C0 controls) cannot hold", async () => {
    const a = await alliance(draftId);
    await fp.unchanged(async () => {
      const r = expectRefused(
        await call(filerA, saveDraftAction, { allianceId: draftId, version: a.version, ...form, members: [member(1, { name: "吉林省\u000b氢能科技" })] }),
        "INVALID_INPUT",
      );
      expect(r.fieldErrors).toEqual({ "members.0.name": ["内容中含有不可见的控制字符（如 \\0），请删除后重新填写"] });
      expectRefused(
        await call(secretary, openCallAction, { industryCode: "NEW_ENERGY", title: "氢能联盟\u0000牵头单位遴选", description: "", deadline: "2099-06-30" }),
        "INVALID_INPUT",
      );
    });
    // Line breaks typed in a text area are kept.
    expect(
      await call(filerA, saveDraftAction, {
        allianceId: draftId,
        version: a.version,
        ...form,
        innovationGoal: "第一行\r\n第二行\t结束",
        members: [member(1, { name: "吉林省氢能科技集团有限公司", role: "CHAIR" })],
      }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a meeting or a call dated on a day that does not exist", async () => {
    await fp.unchanged(async () => {
      const r = expectRefused(
        await call(secretary, createMeetingAction, { sessionNo: "2026年第3次", title: "联盟备案审议", heldOn: "2026-02-30", allianceIds: [meetingAllianceId] }),
        "INVALID_INPUT",
      );
      expect(r.fieldErrors?.heldOn).toEqual(["日期无效，请重新选择"]);
      expect(
        expectRefused(
          await call(reviewer, openCallAction, { industryCode: "NEW_ENERGY", title: "氢能联盟牵头单位遴选", description: "", deadline: "2099-13-01" }),
          "INVALID_INPUT",
        ).fieldErrors?.deadline,
      ).toEqual(["日期无效，请重新选择"]);
      expect(
        expectRefused(
          await call(secretary, recordDecisionAction, {
            meetingId: callId,
            allianceId: meetingAllianceId,
            version: 0,
            outcome: "APPROVE",
            note: "",
            heldOn: "2026-04-31",
          }),
          "INVALID_INPUT",
        ).fieldErrors?.heldOn,
      ).toEqual(["日期无效，请重新选择"]);
    });
  });

  it("refuses an unknown industry and an SQL-looking credit code lookup without touching anything", async () => {
    await fp.unchanged(async () => {
      expectRefused(
        await call(secretary, openCallAction, { industryCode: SQL_TEXTS[1], title: "氢能联盟牵头单位遴选", description: "", deadline: "2099-06-30" }),
        "INVALID_INPUT",
      );
      expectRefused(await call(filerA, lookupOrgAction, { creditCode: `${code(2).slice(0, 17)}' OR 1=1 --` }), "INVALID_INPUT");
      expectRefused(await call(filerB, submitIntentAction, { callId, evidence: { ...EVIDENCE, rnd: "太短" } }), "INVALID_INPUT");
    });
  });
});

describe("SQL- and script-looking text is stored as typed", () => {
  it("keeps every draft field and member name exactly, and the User table is still there", async () => {
    const a = await alliance(draftId);
    const users = await t.prisma().user.count();
    const fields = {
      ...form,
      name: `联盟${SQL_TEXTS[0]}`.slice(0, 60),
      address: HOSTILE_TEXT.slice(0, 200),
      contactName: SCRIPT_TEXTS[1].slice(0, 40),
      innovationGoal: HOSTILE_TEXT,
    };
    const members = [
      member(1, { name: "吉林省氢能科技集团有限公司", role: "CHAIR" }),
      member(777, { name: SCRIPT_TEXTS[0], resources: HOSTILE_TEXT, disciplineLeader: SQL_TEXTS[1] }),
    ];
    expect(await call(filerA, saveDraftAction, { allianceId: draftId, version: a.version, ...fields, members })).toMatchObject({ ok: true });
    const back = (await getFilingForEdit(filerA, draftId)).fields;
    expect({ name: back.name, address: back.address, contactName: back.contactName, innovationGoal: back.innovationGoal }).toEqual({
      name: fields.name,
      address: fields.address,
      contactName: fields.contactName,
      innovationGoal: fields.innovationGoal,
    });
    expect(back.members[1]).toMatchObject({ name: SCRIPT_TEXTS[0], resources: HOSTILE_TEXT, disciplineLeader: SQL_TEXTS[1] });
    expect(await t.prisma().user.count()).toBe(users);
    // A new organisation was created under the typed name; nothing else was renamed.
    expect((await t.prisma().organization.findUniqueOrThrow({ where: { creditCode: code(777) } })).name).toBe(SCRIPT_TEXTS[0]);
  });

  it("keeps a reviewer's comment, a call's title and a meeting's title exactly", async () => {
    await submitCompleteFiling(t.prisma(), filerA, reviewId); // the returned filing back in division review
    expect(await call(reviewer, addCommentAction, { allianceId: reviewId, fieldPath: "name", text: HOSTILE_TEXT, visibleToFiler: true })).toEqual({
      ok: true,
      data: true,
    });
    const comments = await findFieldComments(reviewer, reviewId, (await alliance(reviewId)).currentVersionNo);
    expect(comments.map((c) => c.text)).toContain(HOSTILE_TEXT);

    const opened = await call(secretary, openCallAction, {
      industryCode: "NEW_ENERGY",
      title: SCRIPT_TEXTS[3],
      description: HOSTILE_TEXT,
      deadline: "2099-06-30",
    });
    expect(opened).toMatchObject({ ok: true });
    const c = await t.prisma().call.findUniqueOrThrow({ where: { id: (opened as { data: { id: string } }).data.id } });
    expect([c.title, c.description]).toEqual([SCRIPT_TEXTS[3], HOSTILE_TEXT]);

    const m = await call(secretary, createMeetingAction, { sessionNo: SQL_TEXTS[1], title: SCRIPT_TEXTS[0], heldOn: "", allianceIds: [meetingAllianceId] });
    expect(m).toMatchObject({ ok: true });
    const meeting = await t.prisma().meeting.findUniqueOrThrow({ where: { id: (m as { data: string }).data } });
    expect([meeting.sessionNo, meeting.title]).toEqual([SQL_TEXTS[1], SCRIPT_TEXTS[0]]);
  });
});

describe("filing again from a rejected record (issue #17 item 6)", () => {
  it("only the lead enterprise's filer starts a new cycle, only from a rejected filing, once, whatever is smuggled", async () => {
    const p = t.prisma();
    const lead = (await alliance(draftId)).leadOrgId;
    const rejected = await p.alliance.create({
      data: {
        name: "吉林省氢能被驳回产业科技创新联盟",
        industryCode: "NEW_ENERGY",
        leadOrgId: lead,
        createdById: filerA.id,
        state: "REJECTED",
        memberships: { create: { organizationId: lead, role: "CHAIR" } },
      },
    });
    await fp.unchanged(async () => {
      expectRefused(await call(filerB, refileAction, { allianceId: rejected.id }), "NOT_FOUND");
      for (const who of [reviewer, secretary, officer, center]) expectRefused(await call(who, refileAction, { allianceId: rejected.id }), "FORBIDDEN");
      expectRefused(await call(filerA, refileAction, { allianceId: draftId }), "FORBIDDEN");
      for (const allianceId of ["../" + rejected.id, SQL_TEXTS[0], "", 42]) expectRefused(await call(filerA, refileAction, { allianceId }), "INVALID_INPUT");
    });
    const [r1, r2] = await Promise.all([
      call(filerA, refileAction, { allianceId: rejected.id, state: "FILED", leadOrgId: "x", refiledFromId: draftId }),
      call(filerA, refileAction, { allianceId: rejected.id }),
    ]);
    expect(r1).toMatchObject({ ok: true });
    expect(r2).toMatchObject({ ok: true });
    const ids = [r1, r2].map((r) => (r as { data: { id: string } }).data.id);
    expect(new Set(ids).size).toBe(1);
    const copy = await alliance(ids[0]!);
    expect({ state: copy.state, leadOrgId: copy.leadOrgId, refiledFromId: copy.refiledFromId }).toEqual({
      state: "DRAFT",
      leadOrgId: lead,
      refiledFromId: rejected.id,
    });
    expect(await p.alliance.count({ where: { refiledFromId: rejected.id } })).toBe(1);
    expect((await alliance(rejected.id)).state).toBe("REJECTED");
  });
});
