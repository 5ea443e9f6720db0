// Issue #17 item 9, member units are told: the filer records a contact e-mail per member unit in the member
// list; with a mail server the one-time confirmation link (and the member's listing) is e-mailed there, resent
// on request within a per-member limit, audited with the address masked; without one, links are copied by hand.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/filing/save-draft";
import { toDraftFields } from "@/lib/filing/to-form";
import { buildSnapshot } from "@/lib/filing/snapshot";
import { emailConfirmLinks, noMailMessage } from "@/lib/membership/email-confirm-links";
import { hashConfirmToken, issueConfirmLinks } from "@/lib/membership/confirm-links";
import { confirmMember, getConfirmListing } from "@/lib/membership/confirm-member";
import { describeEvent } from "@/lib/audit/sentences";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import { resetEnvCache } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";
import { createFiledAlliance, ensureIndustry, type FiledFixture } from "../helpers/filed-fixture";
import { form, goodMembers, LEAD } from "../helpers/filing-fixture";

const t = useTestDatabase();
const BASE = "https://portal.example.cn";
let catcher: SmtpCatcher;
let f: FiledFixture;
const savedSmtp = process.env.SMTP_URL;

const transport = () => nodemailer.createTransport({ url: catcher.url, ignoreTLS: true });
const tokenIn = (text: string) => /\/public\/confirm\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
const membersOf = (allianceId: string) =>
  t.prisma().membership.findMany({ where: { allianceId }, orderBy: { sortOrder: "asc" }, include: { organization: true } });

beforeAll(async () => {
  catcher = await startSmtpCatcher();
  delete process.env.SMTP_URL;
  resetEnvCache();
  f = await createFiledAlliance(t.prisma());
  const ms = await membersOf(f.allianceId);
  // Members 0-3 have a contact e-mail; the rest have none.
  for (const m of ms.slice(0, 4))
    await t.prisma().membership.update({ where: { id: m.id }, data: { contactEmail: `contact${m.sortOrder}@member${m.sortOrder}.example.cn` } });
});

afterAll(async () => {
  await catcher.close();
  if (savedSmtp === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtp;
  resetEnvCache();
});

beforeEach(() => {
  catcher.messages.length = 0;
  catcher.rejectRecipient = () => false;
});

describe("the contact e-mail in the filing's member list", () => {
  let filer: SessionUser;
  let draftId: string;
  beforeAll(async () => {
    const p = t.prisma();
    await ensureIndustry(p);
    const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
    filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
    const a = await p.alliance.create({
      data: {
        name: "吉林省氢能产业科技创新联盟",
        industryCode: "NEW_ENERGY",
        leadOrgId: lead.id,
        createdById: filer.id,
        memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
      },
    });
    draftId = a.id;
  });

  it("is validated at the field: one plain address, or empty", () => {
    const parse = (contactEmail: string) =>
      ZFilingDraftInput.safeParse({ allianceId: draftId, version: 0, ...form, members: goodMembers().map((m, i) => (i === 1 ? { ...m, contactEmail } : m)) });
    for (const bad of [
      "not-an-email",
      "a@b",
      "张三 <a@example.cn>",
      "a@example.cn, b@example.cn",
      "a@example.cn\r\nBcc: x@evil.cn",
      `${"a".repeat(95)}@example.cn`,
    ]) {
      const r = parse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(["members", 1, "contactEmail"]);
      expect(r.error!.issues[0]!.message).toMatch(/联系人邮箱/);
    }
    expect(parse("").success).toBe(true);
    expect(parse("  lianxi@member.example.cn ").data?.members[1]?.contactEmail).toBe("lianxi@member.example.cn");
  });

  it("is stored on the membership when the draft is saved, kept out of the frozen version, and read back into the form", async () => {
    const members = goodMembers().map((m, i) => (i === 2 ? { ...m, contactEmail: "keyan@member.example.cn" } : m));
    await saveDraft(filer, ZFilingDraftInput.parse({ allianceId: draftId, version: 0, ...form, members }));
    const ms = await membersOf(draftId);
    expect(ms[2]!.contactEmail).toBe("keyan@member.example.cn");
    expect(ms.filter((m) => m.contactEmail).length).toBe(1);
    // The audit of the save names the member list as changed, never the address.
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "alliance.draft_saved", entityId: draftId } });
    expect(JSON.stringify(audit.summary)).not.toContain("keyan@");
    // The form reads it back; a submitted version freezes the filing without the member units' contact data.
    const a = await t
      .prisma()
      .alliance.findUniqueOrThrow({ where: { id: draftId }, include: { memberships: { orderBy: { sortOrder: "asc" }, include: { organization: true } } } });
    const fields = toDraftFields(a);
    expect(fields.members[2]!.contactEmail).toBe("keyan@member.example.cn");
    const snapshot = buildSnapshot(
      { kind: "ALLIANCE", industry: { code: "NEW_ENERGY", name: "新能源" }, leadOrg: { name: "牵头", creditCode: LEAD } },
      fields,
      [],
    );
    expect(JSON.stringify(snapshot)).not.toContain("keyan@");
  });
});

describe("without a mail server", () => {
  it("refuses to e-mail and says the links must be copied; the copy-the-link flow still works", async () => {
    expect(await outcomeOf(emailConfirmLinks(f.filer, { allianceId: f.allianceId }, BASE))).toEqual({ code: "CONFLICT", messages: [noMailMessage()] });
    expect(await t.prisma().auditEvent.count({ where: { action: "member.confirm_link_issued" } })).toBe(0);
    const links = await issueConfirmLinks(f.filer, { allianceId: f.allianceId }, BASE);
    expect(links).toHaveLength(12);
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "member.confirm_link_issued" } });
    expect(audit.summary).toMatchObject({ delivery: "link" });
    expect(catcher.messages).toHaveLength(0);
  });

  it("refuses another enterprise's filer and the service center before anything else", async () => {
    expect((await outcomeOf(emailConfirmLinks(f.outsider, { allianceId: f.allianceId }, BASE, { transport: transport() }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(emailConfirmLinks(f.center, { allianceId: f.allianceId }, BASE, { transport: transport() }))).code).toBe("FORBIDDEN");
  });
});

describe("with a mail server", () => {
  it("e-mails each member with an address its own fresh link and listing, lists the others as skipped, and audits the address masked", async () => {
    const ms = await membersOf(f.allianceId);
    const oldHash = ms[0]!.confirmTokenHash;
    const r = await emailConfirmLinks(f.filer, { allianceId: f.allianceId }, BASE, { transport: transport() });
    expect(r.sent.map((s) => s.to)).toEqual([0, 1, 2, 3].map((i) => `contact${i}@member${i}.example.cn`));
    expect(r.failed).toEqual([]);
    expect(r.skipped).toHaveLength(8);
    expect(r.skipped.every((s) => s.reason === "NO_EMAIL")).toBe(true);

    const mails = await catcher.waitFor(4);
    const mail = mails.find((m) => m.to[0] === "contact1@member1.example.cn")!;
    expect(mail.subject).toContain("请确认贵单位在联盟备案中的成员信息");
    expect(mail.text).toContain(ms[1]!.organization.name);
    expect(mail.text).toContain("副理事长单位");
    expect(mail.text).toContain("2022年产值：1200.50 万元");
    expect(mail.text).toMatch(/链接有效期至 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(mail.text).toContain(`${BASE}/public/confirm/`);
    // The link in the mail is the member's current one: it shows the listing and confirms once.
    const token = tokenIn(mail.text)!;
    const after = await membersOf(f.allianceId);
    expect(after[1]!.confirmTokenHash).toBe(hashConfirmToken(token));
    expect(after[0]!.confirmTokenHash).not.toBe(oldHash);
    expect(after[1]!.confirmEmailedAt).toBeInstanceOf(Date);
    expect(after[5]!.confirmEmailedAt).toBeNull();
    expect((await getConfirmListing(token))!.name).toBe(ms[1]!.organization.name);

    const audits = await t.prisma().auditEvent.findMany({ where: { action: "member.confirm_link_issued", entityId: ms[1]!.id }, orderBy: { id: "desc" } });
    expect(audits[0]!.summary).toMatchObject({ delivery: "email", emailedTo: "c***@member1.example.cn", resend: false });
    const everything = JSON.stringify(await t.prisma().auditEvent.findMany(), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    expect(everything).not.toContain("contact1@");
    expect(everything).not.toContain(token);
    expect(describeEvent(audits[0]! as never)).toContain("c***@member1.example.cn");

    await confirmMember({ token }, null);
    expect((await t.prisma().membership.findUniqueOrThrow({ where: { id: ms[1]!.id } })).confirmedAt).not.toBeNull();
  });

  it("resends to one member: a new link replaces the old, audited as a resend, and a confirmed member gets none", async () => {
    const ms = await membersOf(f.allianceId);
    const first = await emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [ms[2]!.id] }, BASE, { transport: transport() });
    expect(first.sent).toHaveLength(1);
    const [m1] = await catcher.waitFor(1);
    const oldToken = tokenIn(m1!.text)!;
    await emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [ms[2]!.id] }, BASE, { transport: transport() });
    const [, m2] = await catcher.waitFor(2);
    expect(await getConfirmListing(oldToken)).toBeNull();
    expect(await getConfirmListing(tokenIn(m2!.text)!)).not.toBeNull();
    const last = await t
      .prisma()
      .auditEvent.findFirstOrThrow({ where: { action: "member.confirm_link_issued", entityId: ms[2]!.id }, orderBy: { id: "desc" } });
    expect(last.summary).toMatchObject({ resend: true });
    expect(describeEvent(last as never)).toContain("重新发送邮件");
    // Member 1 confirmed above: naming it sends nothing.
    const none = await emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [ms[1]!.id] }, BASE, { transport: transport() });
    expect(none).toEqual({ sent: [], failed: [], skipped: [] });
  });

  it("limits sends per member unit: the resend over the limit is refused with the wait, and a bulk send skips that member", async () => {
    const ms = await membersOf(f.allianceId);
    const id = ms[3]!.id;
    const { limit } = RATE_LIMITS.confirmEmail;
    // Member 3 had one mail in the bulk send; fill up its window.
    for (let i = 1; i < limit; i++)
      expect((await emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [id] }, BASE, { transport: transport() })).sent).toHaveLength(1);
    const before = await t.prisma().auditEvent.count({ where: { action: "member.confirm_link_issued", entityId: id } });
    const refused = await outcomeOf(emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [id] }, BASE, { transport: transport() }));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.messages[0]).toMatch(/1 小时内最多发送 3 次，请 \d+ 分钟后再试/);
    const bulk = await emailConfirmLinks(f.filer, { allianceId: f.allianceId }, BASE, { transport: transport() });
    expect(bulk.skipped.find((s) => s.membershipId === id)?.reason).toBe("RATE_LIMITED");
    expect(await t.prisma().auditEvent.count({ where: { action: "member.confirm_link_issued", entityId: id } })).toBe(before);
    // An hour later the member may be sent a link again.
    const later = await emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [id] }, BASE, {
      transport: transport(),
      now: new Date(Date.now() + 3_600_000),
    });
    expect(later.sent).toHaveLength(1);
  });

  it("hands the filer the link to copy when the mail server refuses the address, and does not mark it sent", async () => {
    const ms = await membersOf(f.allianceId);
    const m = ms[0]!;
    catcher.rejectRecipient = (a) => a === m.contactEmail;
    const r = await emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [m.id] }, BASE, { transport: transport() });
    expect(r.sent).toEqual([]);
    expect(r.failed).toHaveLength(1);
    const row = await t.prisma().membership.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.confirmEmailedAt).toBeNull();
    expect(row.confirmTokenHash).toBe(hashConfirmToken(tokenIn(r.failed[0]!.url)!));
  });

  it("names a member without an address with a message instead of sending", async () => {
    const ms = await membersOf(f.allianceId);
    const r = await outcomeOf(emailConfirmLinks(f.filer, { allianceId: f.allianceId, membershipIds: [ms[7]!.id] }, BASE, { transport: transport() }));
    expect(r.code).toBe("INVALID_INPUT");
    expect(r.messages[0]).toMatch(/尚未登记联系人邮箱/);
  });
});
