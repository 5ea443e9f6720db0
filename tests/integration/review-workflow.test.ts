import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyTransition, alreadyHandledMessage } from "@/lib/review/apply-transition";
import { addFieldComment, findFieldComments, removeFieldComment } from "@/lib/review/field-comments";
import { fileAlliance } from "@/lib/review/file-alliance";
import { findQueue, queueCounts } from "@/lib/review/queue";
import { findTimeline } from "@/lib/review/timeline";
import { createMeeting, findAgendaCandidates, recordMeetingDecision } from "@/lib/meetings/meetings";
import { listPublicFilings, submitObjection, verifyCertificate } from "@/lib/public/notices";
import { handleObjection } from "@/lib/public/objections";
import { saveDraft } from "@/lib/filing/save-draft";
import { submitFiling } from "@/lib/filing/submit-filing";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { code, form, goodMembers, LEAD, submitCompleteFiling } from "../helpers/filing-fixture";
import { outcomeOf as codeOf } from "../helpers/errors";
import { diffSinceReturn } from "@/lib/review/page-data";
import { meetingPacket } from "@/lib/meetings/packet";
import { meetingDateInFutureMessage, meetingDateDefault } from "@/lib/meetings/meeting-date";
import { chinaTodayIso } from "@/lib/validation/membership";
import { paragraphs, readEntry } from "../helpers/docx-text";
import { inLocale } from "@/lib/i18n/server-text";
import { messagesFor } from "@/lib/i18n/catalogue";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();

let filer: SessionUser,
  reviewer: SessionUser,
  reviewer2: SessionUser,
  outsider: SessionUser,
  secretary: SessionUser,
  officer: SessionUser,
  officer2: SessionUser;
let id: string;
const version = async (allianceId = id) => (await t.prisma().alliance.findUniqueOrThrow({ where: { id: allianceId } })).version;
const stateOf = async (allianceId = id) => (await t.prisma().alliance.findUniqueOrThrow({ where: { id: allianceId } })).state;
const OPINION = "该联盟围绕氢能全产业链组建，必要性充分，技术路线可行。";

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  await p.industry.create({
    data: { code: "NEW_AGRICULTURE", name: "新农业", clause: "四（四）", sortOrder: 4, subFields: ["现代种业"], divisionId: rural.id },
  });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  reviewer2 = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  outsider = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
  secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  officer = await makeUser(p, ["INSTITUTE_OFFICER"]);
  officer2 = await makeUser(p, ["INSTITUTE_OFFICER"]);
  const a = await p.alliance.create({
    data: {
      name: "吉林省新能源产业科技创新联盟",
      industryCode: "NEW_ENERGY",
      leadOrgId: lead.id,
      createdById: filer.id,
      memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
    },
  });
  id = a.id;
  await submitCompleteFiling(p, filer, id);
});

describe("division review (附件1 四)", () => {
  it("puts the submitted filing in the owning division's queue and notifies only its reviewers", async () => {
    expect(await stateOf()).toBe("DIVISION_REVIEW");
    expect((await findQueue(reviewer)).rows.map((r) => r.id)).toEqual([id]);
    expect((await findQueue(outsider)).rows).toEqual([]);
    expect(await queueCounts(reviewer)).toEqual([{ state: "DIVISION_REVIEW", total: 1, overdue: 0, limitDays: 15 }]);
    const notes = await t.prisma().notification.findMany({ where: { kind: "review.todo" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([reviewer.id, reviewer2.id].sort());
  });

  it("marks items overdue against the configurable service time", async () => {
    // Service times count working days (issue #17 item 7; tests/integration/working-days.test.ts covers holidays).
    // Fifteen and a half calendar days hold at most 12 working days: not yet past a 15-working-day limit.
    const soon = new Date(Date.now() + 15.5 * 86_400_000);
    expect((await findQueue(reviewer, {}, soon)).rows[0]).toMatchObject({ overdue: false, ageDays: 15 });
    // Twenty-five calendar days hold at least 17: past it, and the row mark and the home-page count agree.
    const past = new Date(Date.now() + 25.5 * 86_400_000);
    expect((await findQueue(reviewer, {}, past)).rows[0]).toMatchObject({ overdue: true, ageDays: 25 });
    expect((await queueCounts(reviewer, past))[0]).toMatchObject({ overdue: 1 });
    const in30days = new Date(Date.now() + 30 * 86_400_000);
    expect((await findQueue(reviewer, { age: "overdue" }, in30days)).rows).toHaveLength(1);
    expect((await findQueue(reviewer, {}, in30days)).rows[0]).toMatchObject({ overdue: true, limitDays: 15 });
    await t.prisma().setting.create({ data: { key: "workflow.serviceDays.DIVISION_REVIEW", value: 30, updatedBy: "test" } });
    expect((await findQueue(reviewer, { age: "overdue" }, in30days)).rows).toHaveLength(0);
    await t.prisma().setting.delete({ where: { key: "workflow.serviceDays.DIVISION_REVIEW" } });
  });

  it("refuses a reviewer of another division as if the filing did not exist", async () => {
    expect((await codeOf(applyTransition(outsider, { allianceId: id, transition: "DIVISION_PASS", version: await version(), opinion: OPINION }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await codeOf(addFieldComment(outsider, { allianceId: id, fieldPath: "name", text: "名称不规范", visibleToFiler: true }))).code).toBe("NOT_FOUND");
  });

  it("refuses the wrong role, a missing opinion and a stale page, changing nothing", async () => {
    const v = await version();
    const wrongRole = await codeOf(applyTransition(secretary, { allianceId: id, transition: "DIVISION_PASS", version: v, opinion: OPINION }));
    expect(wrongRole.code).toBe("FORBIDDEN");
    expect(wrongRole.messages[0]).toMatch(/须由业务处室审核人执行/);
    const noOpinion = await codeOf(applyTransition(reviewer, { allianceId: id, transition: "DIVISION_RETURN", version: v, opinion: " 补充 " }));
    expect(noOpinion).toMatchObject({ code: "INVALID_INPUT" });
    expect(noOpinion.messages[0]).toMatch(/不少于5个字/);
    const stale = await codeOf(applyTransition(reviewer, { allianceId: id, transition: "DIVISION_RETURN", version: v - 1, opinion: OPINION }));
    expect(stale).toMatchObject({ code: "CONFLICT", messages: [alreadyHandledMessage()] });
    expect(await stateOf()).toBe("DIVISION_REVIEW");
    expect(await t.prisma().auditEvent.count({ where: { action: "alliance.transitioned" } })).toBe(0);
  });

  it("takes field comments on fields and member rows, hidden from the filer until the return", async () => {
    await addFieldComment(reviewer, { allianceId: id, fieldPath: "innovationGoal", text: "请补充量化的技术指标", visibleToFiler: true });
    await addFieldComment(reviewer, { allianceId: id, fieldPath: `member:${code(3)}`, text: "请核对该企业2022年产值", visibleToFiler: true });
    const internal = await addFieldComment(reviewer, { allianceId: id, fieldPath: "general", text: "内部：与农业联盟存在重叠", visibleToFiler: false });
    const draftNote = await addFieldComment(reviewer2, { allianceId: id, fieldPath: "chairName", text: "草拟批注，稍后撤回", visibleToFiler: true });
    expect(
      (await codeOf(addFieldComment(reviewer, { allianceId: id, fieldPath: "member:91220101MA9999999X", text: "不存在的成员", visibleToFiler: true }))).code,
    ).toBe("INVALID_INPUT");
    // Only the author withdraws a comment.
    expect((await codeOf(removeFieldComment(reviewer, { commentId: draftNote.id }))).code).toBe("NOT_FOUND");
    await removeFieldComment(reviewer2, { commentId: draftNote.id });
    expect(await findFieldComments(filer, id, 1)).toEqual([]);
    expect((await findFieldComments(reviewer, id, 1)).map((c) => c.id)).toContain(internal.id);
  });

  it("returns the filing with its opinion; the filer sees the visible comments in place and can edit again", async () => {
    // The reviewer works in English: what is stored is still Chinese, and each reader gets their own language.
    const v = await version();
    const r = await inLocale("en", () =>
      applyTransition(reviewer, { allianceId: id, transition: "DIVISION_RETURN", version: v, opinion: "请补充技术指标并核对成员产值数据。" }),
    );
    expect(r).toMatchObject({ from: "DIVISION_REVIEW", to: "RETURNED", versionNo: 1 });
    const a = await t.prisma().alliance.findUniqueOrThrow({ where: { id } });
    expect(a.returnedFrom).toBe("DIVISION_REVIEW");
    const seen = await findFieldComments(filer, id, 1);
    expect(seen.map((c) => c.fieldPath).sort()).toEqual(["innovationGoal", `member:${code(3)}`].sort());
    expect(seen[0]!.authorName).toBe("高新技术处");
    expect(await t.prisma().notification.count({ where: { userId: filer.id, kind: "alliance.returned" } })).toBe(1);
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "alliance.transitioned", entityId: id } });
    expect(audit.summary).toMatchObject({ transition: "DIVISION_RETURN", label: "退回修改", from: "DIVISION_REVIEW", to: "RETURNED", versionNo: 1 });
    const returned = (entries: { title: string }[]) => entries.map((e) => e.title).filter((x) => /退回|Return/.test(x));
    expect(returned(await findTimeline(filer, id))).toEqual(["退回修改"]);
    expect(returned(await inLocale("en", () => findTimeline(filer, id)))).toEqual([messagesFor("en").workflow.transition.DIVISION_RETURN]);
  });

  it("freezes the resubmission as version 2 and sends it back to the stage that returned it", async () => {
    const members = goodMembers();
    members[3] = { ...members[3]!, role: "COUNCIL" };
    await saveDraft(
      filer,
      ZFilingDraftInput.parse({
        allianceId: id,
        version: await version(),
        ...form,
        innovationGoal: `${form.innovationGoal}到2028年形成10项核心专利。`,
        members,
      }),
    );
    const r = await submitFiling(filer, { allianceId: id, version: await version() });
    expect(r).toEqual({ versionNo: 2, state: "DIVISION_REVIEW" });
    const versions = await t.prisma().applicationVersion.findMany({ where: { allianceId: id }, orderBy: { versionNo: "asc" } });
    expect(versions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect((versions[0]!.snapshot as { innovationGoal: string }).innovationGoal).toBe(form.innovationGoal);
    expect(await t.prisma().notification.count({ where: { userId: reviewer.id, kind: "review.todo" } })).toBe(2);
    // Reviewers see exactly what changed since their return: the goal and one member's role.
    const diff = (await diffSinceReturn(id, 2))!;
    expect(diff).toMatchObject({ beforeNo: 1, afterNo: 2 });
    expect(diff.diff.fields.map((f) => f.key)).toEqual(["innovationGoal"]);
    expect(diff.diff.members.changed.map((m) => m.creditCode)).toEqual([code(4)]);
    expect(diff.diff.documents).toEqual([]);
  });

  it("lets exactly one of two reviewers acting at the same moment win", async () => {
    const v = await version();
    const results = await Promise.all([
      codeOf(applyTransition(reviewer, { allianceId: id, transition: "DIVISION_PASS", version: v, opinion: OPINION })),
      codeOf(applyTransition(reviewer2, { allianceId: id, transition: "DIVISION_RETURN", version: v, opinion: "再次退回，请补充材料。" })),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "OK"]);
    expect(results.find((r) => r.code === "CONFLICT")!.messages).toEqual([alreadyHandledMessage()]);
    expect(await t.prisma().reviewOpinion.count({ where: { allianceId: id, appVersion: { versionNo: 2 } } })).toBe(1);
    // Whichever won, bring the filing on to form review for the next stages.
    if ((await stateOf()) === "RETURNED") {
      await submitFiling(filer, { allianceId: id, version: await version() });
      await applyTransition(reviewer, { allianceId: id, transition: "DIVISION_PASS", version: await version(), opinion: OPINION });
    }
    expect(await stateOf()).toBe("FORM_REVIEW");
  });
});

describe("form review, meeting and filing", () => {
  it("form review (附件1 五) is the secretary's: a reviewer may not, an internal passing opinion stays internal", async () => {
    expect((await codeOf(applyTransition(reviewer, { allianceId: id, transition: "FORM_PASS", version: await version(), opinion: OPINION }))).code).toBe(
      "FORBIDDEN",
    );
    await applyTransition(secretary, {
      allianceId: id,
      transition: "FORM_PASS",
      version: await version(),
      opinion: "组织形式符合要求，理事会构成合理。",
      internal: true,
    });
    expect(await stateOf()).toBe("MEETING");
    const timeline = await findTimeline(filer, id);
    const formPass = timeline.find((e) => e.title === "组织形式审核通过")!;
    expect(formPass).toMatchObject({ opinion: null, internal: true });
    expect(timeline.some((e) => e.title === "添加字段批注")).toBe(false);
    const full = await findTimeline(secretary, id);
    expect(full.find((e) => e.title === "组织形式审核通过")!.opinion).toBe("组织形式符合要求，理事会构成合理。");
    expect(full.some((e) => e.title === "添加字段批注")).toBe(true);
  });

  it("puts a filing on one meeting agenda only and records the decision after the meeting date", async () => {
    expect((await findAgendaCandidates(secretary)).map((a) => a.id)).toEqual([id]);
    const meeting = await createMeeting(secretary, { sessionNo: "2026年第12次", title: "联盟备案审议", heldOn: null, allianceIds: [id] });
    expect((await codeOf(createMeeting(secretary, { sessionNo: "2026年第13次", title: "重复", heldOn: null, allianceIds: [id] }))).code).toBe("CONFLICT");
    expect((await codeOf(createMeeting(secretary, { sessionNo: "2026年第12次", title: "重名", heldOn: null, allianceIds: [] }))).code).toBe("INVALID_INPUT");
    const future = await codeOf(
      recordMeetingDecision(secretary, { meetingId: meeting.id, allianceId: id, version: await version(), outcome: "APPROVE", note: "", heldOn: "2999-01-01" }),
    );
    expect(future.code).toBe("INVALID_INPUT");
    const today = new Date().toISOString().slice(0, 10);
    await recordMeetingDecision(secretary, {
      meetingId: meeting.id,
      allianceId: id,
      version: await version(),
      outcome: "APPROVE",
      note: "同意备案",
      heldOn: today,
    });
    expect(await stateOf()).toBe("FILING");
    const m = await t.prisma().meeting.findUniqueOrThrow({ where: { id: meeting.id }, include: { decisions: true } });
    expect(m.closedAt).not.toBeNull();
    // Version 2, or 3 if the reviewer who returned it won the race above.
    const current = (await t.prisma().alliance.findUniqueOrThrow({ where: { id } })).currentVersionNo;
    expect(m.decisions[0]).toMatchObject({ outcome: "APPROVE", note: "同意备案", versionNo: current });
    // The decision packet, opened and read back: the opinions of both versions and the changes since the return.
    const packet = await meetingPacket(secretary, meeting.id);
    const text = paragraphs(readEntry(packet.bytes, "word/document.xml")).join("\n");
    expect(packet.fileName).toBe("2026年第12次厅务会审议材料.docx");
    expect(text).toContain(form.name);
    expect(text).toContain("请补充技术指标并核对成员产值数据。");
    expect(text).toContain("组织形式符合要求，理事会构成合理。");
    // Against the version last returned: v1 → v2 changed the goal; a v3 resubmitted unchanged shows no change.
    expect(text).toMatch(current === 2 ? /技术创新目标：已修改/ : /与退回版本相比无变化/);
    expect(text).toContain("成员单位共 12 家");
    expect((await codeOf(meetingPacket(reviewer, meeting.id))).code).toBe("FORBIDDEN");
  });

  it("rolls the transition back when its meeting line cannot be written", async () => {
    const other = await t.prisma().alliance.create({
      data: {
        name: "吉林省氢能二号产业科技创新联盟",
        industryCode: "NEW_ENERGY",
        leadOrgId: (await t.prisma().organization.findFirstOrThrow()).id,
        createdById: filer.id,
        state: "MEETING",
        currentVersionNo: 1,
      },
    });
    const closed = await t.prisma().meeting.findFirstOrThrow();
    const r = await codeOf(
      recordMeetingDecision(secretary, {
        meetingId: closed.id,
        allianceId: other.id,
        version: 0,
        outcome: "REJECT",
        note: "不符合条件的说明",
        heldOn: "2026-01-01",
      }),
    );
    expect(r.code).toBe("CONFLICT");
    expect(await stateOf(other.id)).toBe("MEETING");
    expect(await t.prisma().auditEvent.count({ where: { action: "alliance.transitioned", entityId: other.id } })).toBe(0);
  });

  it("numbers filings per year without gaps or duplicates when two officers file at once", async () => {
    const lead = await t.prisma().organization.findFirstOrThrow();
    const twin = await t.prisma().alliance.create({
      data: { name: "吉林省风能产业科技创新联盟", industryCode: "NEW_ENERGY", leadOrgId: lead.id, createdById: filer.id, state: "FILING", currentVersionNo: 1 },
    });
    const now = new Date("2026-11-24T02:00:00Z");
    const [a, b] = await Promise.all([
      fileAlliance(officer, { allianceId: id, version: await version() }, now),
      fileAlliance(officer2, { allianceId: twin.id, version: 0 }, now),
    ]);
    expect([a.number, b.number].sort()).toEqual(["吉科联备〔2026〕001号", "吉科联备〔2026〕002号"]);
    // A double click: the second attempt finds the filing already handled and takes no number.
    expect((await codeOf(fileAlliance(officer, { allianceId: id, version: 0 }, now))).code).toBe("CONFLICT");
    expect((await t.prisma().filingSequence.findUniqueOrThrow({ where: { year: 2026 } })).last).toBe(2);
    const f = await t.prisma().filing.findUniqueOrThrow({ where: { allianceId: id } });
    expect(f.verificationCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(f.noticeStartsOn.toISOString().slice(0, 10)).toBe("2026-11-24");
    expect(f.noticeEndsOn.toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(await t.prisma().notification.count({ where: { userId: filer.id, kind: "alliance.filed" } })).toBe(2);
  });
});

describe("public notice (公示)", () => {
  it("lists filed alliances, verifies certificates however the code is typed and takes objections only during the notice", async () => {
    const during = new Date("2026-11-26T03:00:00Z");
    const f = await t.prisma().filing.findUniqueOrThrow({ where: { allianceId: id } });
    const list = (await listPublicFilings({}, during)).rows;
    // Which of the two simultaneous filings got 001 depends on the race; each has its own number.
    expect(list.find((x) => x.id === f.id)).toMatchObject({ status: "IN_NOTICE", number: f.number });
    expect(JSON.stringify(list)).not.toContain("innovationGoal");
    expect((await verifyCertificate(f.verificationCode.toLowerCase().replace(/-/g, " "), during))?.id).toBe(f.id);
    expect(await verifyCertificate("AAAA-BBBB-CCCC", during)).toBeNull();
    await submitObjection({ filingId: f.id, name: "王某", contact: "13900000000", content: "该联盟部分成员单位并未签署协议。", ip: "10.0.0.1" }, during);
    expect(await t.prisma().notification.count({ where: { kind: "objection.received" } })).toBe(2);
    const late = await codeOf(
      submitObjection({ filingId: f.id, name: "李某", contact: "139", content: "公示期后提交的异议内容。", ip: null }, new Date("2026-12-01T03:00:00Z")),
    );
    expect(late).toMatchObject({ code: "CONFLICT", messages: ["该联盟不在公示期内，不再受理异议"] });
    const objection = await t.prisma().objection.findFirstOrThrow();
    await handleObjection(officer, { objectionId: objection.id, note: "经核实，成员单位均已签署协议。" });
    expect((await codeOf(handleObjection(officer2, { objectionId: objection.id, note: "重复处理" }))).code).toBe("CONFLICT");
    expect((await codeOf(handleObjection(secretary, { objectionId: objection.id, note: "无权处理" }))).code).toBe("FORBIDDEN");
  });
});

describe("other outcomes", () => {
  async function freshSubmitted(name: string) {
    const p = t.prisma();
    const lead = await p.organization.findUniqueOrThrow({ where: { creditCode: LEAD } });
    const a = await p.alliance.create({
      data: {
        name,
        industryCode: "NEW_ENERGY",
        leadOrgId: lead.id,
        createdById: filer.id,
        memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
      },
    });
    await submitCompleteFiling(p, filer, a.id);
    return a.id;
  }

  it("a form-review return sends the resubmission back to form review, not to the division", async () => {
    const other = await freshSubmitted("吉林省氢能储运产业科技创新联盟");
    await applyTransition(reviewer, { allianceId: other, transition: "DIVISION_PASS", version: await version(other), opinion: OPINION });
    await applyTransition(secretary, { allianceId: other, transition: "FORM_RETURN", version: await version(other), opinion: "理事会成员比例需说明。" });
    expect((await t.prisma().alliance.findUniqueOrThrow({ where: { id: other } })).returnedFrom).toBe("FORM_REVIEW");
    expect(await submitFiling(filer, { allianceId: other, version: await version(other) })).toEqual({ versionNo: 2, state: "FORM_REVIEW" });
  });

  it("a rejection is final: the filer is told why and can no longer edit or resubmit", async () => {
    const other = await freshSubmitted("吉林省氢能装备产业科技创新联盟");
    await applyTransition(reviewer, {
      allianceId: other,
      transition: "DIVISION_REJECT",
      version: await version(other),
      opinion: "与已备案联盟方向重复，不予通过。",
    });
    expect(await stateOf(other)).toBe("REJECTED");
    const note = await t.prisma().notification.findFirstOrThrow({ where: { userId: filer.id, kind: "alliance.rejected", link: `/alliances/${other}` } });
    expect(note.title).toContain("申报未获通过");
    expect((await findTimeline(filer, other)).at(-1)).toMatchObject({ title: "不予通过", opinion: "与已备案联盟方向重复，不予通过。" });
    expect((await codeOf(submitFiling(filer, { allianceId: other, version: await version(other) }))).code).toBe("CONFLICT");
    expect(
      (await codeOf(applyTransition(reviewer, { allianceId: other, transition: "DIVISION_PASS", version: await version(other), opinion: OPINION }))).code,
    ).toBe("CONFLICT");
  });

  it("a meeting planned for a later date: the form pre-fills a date the server accepts, on China's calendar (issue 17)", async () => {
    const other = await freshSubmitted("吉林省氢能检测产业科技创新联盟");
    await applyTransition(reviewer, { allianceId: other, transition: "DIVISION_PASS", version: await version(other), opinion: OPINION });
    await applyTransition(secretary, { allianceId: other, transition: "FORM_PASS", version: await version(other), opinion: "组织形式符合要求。" });
    // Planned for 10 December; on 3 December at 01:00 in Changchun (2 December 17:00 UTC) the meeting was held early.
    const meeting = await createMeeting(secretary, { sessionNo: "2026年第40次", title: "审议", heldOn: "2026-12-10", allianceIds: [other] });
    const now = new Date("2026-12-02T17:00:00Z");
    const prefill = meetingDateDefault("2026-12-10", chinaTodayIso(now));
    expect(prefill).toEqual({ value: "2026-12-03", plannedInFuture: true });
    const input = { meetingId: meeting.id, allianceId: other, outcome: "APPROVE" as const, note: "同意备案" };
    const planned = await codeOf(recordMeetingDecision(secretary, { ...input, version: await version(other), heldOn: "2026-12-10" }, now));
    expect(planned).toEqual({ code: "INVALID_INPUT", messages: [meetingDateInFutureMessage()] });
    await recordMeetingDecision(secretary, { ...input, version: await version(other), heldOn: prefill.value }, now);
    expect(await stateOf(other)).toBe("FILING");
    // The actual date replaces the planned one.
    const held = await t.prisma().meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    expect(held.heldOn?.toISOString().slice(0, 10)).toBe("2026-12-03");
    // Once the planned date has come, it stands as the pre-filled value.
    expect(meetingDateDefault("2026-12-10", "2026-12-10")).toEqual({ value: "2026-12-10", plannedInFuture: false });
  });

  it("a deferred filing stays waiting for the meeting and can go on the next agenda", async () => {
    const other = await freshSubmitted("吉林省氢能应用产业科技创新联盟");
    await applyTransition(reviewer, { allianceId: other, transition: "DIVISION_PASS", version: await version(other), opinion: OPINION });
    await applyTransition(secretary, { allianceId: other, transition: "FORM_PASS", version: await version(other), opinion: "组织形式符合要求。" });
    const first = await createMeeting(secretary, { sessionNo: "2026年第30次", title: "审议", heldOn: null, allianceIds: [other] });
    expect(
      (
        await codeOf(
          recordMeetingDecision(secretary, {
            meetingId: first.id,
            allianceId: other,
            version: await version(other),
            outcome: "REJECT",
            note: "否",
            heldOn: "2026-01-05",
          }),
        )
      ).code,
    ).toBe("INVALID_INPUT");
    await recordMeetingDecision(secretary, {
      meetingId: first.id,
      allianceId: other,
      version: await version(other),
      outcome: "DEFER",
      note: "材料待补充",
      heldOn: "2026-01-05",
    });
    expect(await stateOf(other)).toBe("MEETING");
    expect((await findAgendaCandidates(secretary)).map((a) => a.id)).toContain(other);
    const second = await createMeeting(secretary, { sessionNo: "2026年第31次", title: "审议", heldOn: null, allianceIds: [other] });
    await recordMeetingDecision(secretary, {
      meetingId: second.id,
      allianceId: other,
      version: await version(other),
      outcome: "REJECT",
      note: "经审议不予通过。",
      heldOn: "2026-02-05",
    });
    expect(await stateOf(other)).toBe("REJECTED");
    expect((await findTimeline(filer, other)).map((e) => e.title)).toEqual(
      expect.arrayContaining(["暂缓审议（2026年第30次厅务会）", "不予通过（2026年第31次厅务会）"]),
    );
  });
});
