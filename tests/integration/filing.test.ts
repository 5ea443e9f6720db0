import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveDraft } from "@/lib/filing/save-draft";
import { submitFiling } from "@/lib/filing/submit-filing";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { getAttachmentForDownload } from "@/lib/filing/download-attachment";
import { generateDocument } from "@/lib/filing/generated-documents";
import { ZFilingDraftInput, type TMemberInput } from "@/lib/validation/filing";
import { creditCodeCheckChar } from "@/lib/rules/credit-code";
import type { SessionUser } from "@/lib/auth/session";
import { fixtures } from "../helpers/fixture-files";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf as codeOf } from "../helpers/errors";
import { code, form, goodMembers, LEAD, member } from "../helpers/filing-fixture";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();

let filer: SessionUser;
let allianceId: string;
let reviewer: SessionUser;

beforeAll(async () => {
  const p = t.prisma();
  const division = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({
    data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能", "风能"], divisionId: division.id },
  });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  // Known to the portal under its registered name: a filing that types another name must not rename it.
  await p.organization.create({ data: { name: "已登记的上游企业", type: "ENTERPRISE", creditCode: code(2) } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: division.id });
  const a = await p.alliance.create({
    data: {
      name: "吉林省新能源产业科技创新联盟",
      industryCode: "NEW_ENERGY",
      leadOrgId: lead.id,
      createdById: filer.id,
      memberships: { create: { organizationId: lead.id, role: "CHAIR" } },
    },
  });
  allianceId = a.id;
});

const draft = (version: number, over: Record<string, unknown> = {}) =>
  ZFilingDraftInput.parse({ allianceId, version, ...form, members: goodMembers(), ...over });

describe("filing drafts", () => {
  it("saves the form and members, reusing known organisations as registered", async () => {
    const r = await saveDraft(filer, draft(0));
    expect(r.version).toBe(1);
    const a = await t
      .prisma()
      .alliance.findUniqueOrThrow({ where: { id: allianceId }, include: { memberships: { include: { organization: true }, orderBy: { sortOrder: "asc" } } } });
    expect(a.postcode).toBe("130012");
    expect(a.memberships).toHaveLength(12);
    expect(a.memberships[1]!.organization.name).toBe("已登记的上游企业");
    expect(Number(a.memberships[0]!.outputValue2022)).toBe(1200.5);
    expect(await t.prisma().auditEvent.count({ where: { action: "alliance.draft_saved", entityId: allianceId } })).toBe(1);
  });

  it("refuses a save from a stale page instead of overwriting (two tabs)", async () => {
    const r = await codeOf(saveDraft(filer, draft(0, { chairName: "另一个窗口" })));
    expect(r.code).toBe("CONFLICT");
    expect((await t.prisma().alliance.findUniqueOrThrow({ where: { id: allianceId } })).chairName).toBe("王建国");
  });

  it("keeps a too-long goal in the draft (nothing typed is lost) but refuses bad credit codes and duplicates", async () => {
    const long = "氢".repeat(501);
    const saved = await saveDraft(filer, draft(1, { innovationGoal: long }));
    expect((await t.prisma().alliance.findUniqueOrThrow({ where: { id: allianceId } })).innovationGoal).toBe(long);
    const bad = ZFilingDraftInput.safeParse({
      allianceId,
      version: saved.version,
      ...form,
      members: [...goodMembers(), member(13, { creditCode: "91220101MA00000139" })],
    });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/校验位/);
    const dup = await codeOf(saveDraft(filer, draft(saved.version, { members: [...goodMembers(), member(3)] })));
    expect(dup.code).toBe("INVALID_INPUT");
    expect(dup.messages.join()).toMatch(/重复/);
    await saveDraft(filer, draft(saved.version));
  });

  it("does not let another organisation's filer save or upload", async () => {
    const other = await t.prisma().organization.create({ data: { name: "吉林省别家公司", type: "ENTERPRISE", creditCode: code(99) } });
    const stranger = await makeUser(t.prisma(), ["ENTERPRISE_FILER"], { organizationId: other.id });
    expect((await codeOf(saveDraft(stranger, draft(3)))).code).toBe("NOT_FOUND");
    expect((await codeOf(uploadAttachment(stranger, { allianceId, kind: "CHARTER", fileName: "章程.docx", bytes: fixtures.docx() }))).code).toBe("NOT_FOUND");
  });
});

describe("attachments", () => {
  it("refuses forged and hostile files and stores nothing for them", async () => {
    for (const [name, bytes] of [
      ["章程.docx", fixtures.exe()],
      ["章程.docm", fixtures.docm()],
      ["bomb.docx", fixtures.zipBomb()],
      ["big.pdf", fixtures.oversized()],
    ] as const) {
      const r = await codeOf(uploadAttachment(filer, { allianceId, kind: "CHARTER", fileName: name, bytes }));
      expect(r.code).toBe("INVALID_INPUT");
      expect(r.messages[0]).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await t.prisma().documentVersion.count()).toBe(0);
  });

  it("stores versions with sha256 under server-generated names; only those who may see the alliance download", async () => {
    const first = await uploadAttachment(filer, { allianceId, kind: "CHARTER", fileName: "../../etc/章程.pdf.docx", bytes: fixtures.docx() });
    const second = await uploadAttachment(filer, { allianceId, kind: "CHARTER", fileName: "章程（签署版）.pdf", bytes: fixtures.pdf() });
    expect([first.versionNo, second.versionNo]).toEqual([1, 2]);
    expect(first.fileName).toBe(".._.._etc_章程.pdf.docx");
    expect(second.fileName).toBe("章程（签署版）.pdf");
    const row = await t.prisma().documentVersion.findUniqueOrThrow({ where: { id: second.versionId } });
    expect(row.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const dl = await getAttachmentForDownload(filer, second.versionId);
    expect(dl.bytes.equals(fixtures.pdf())).toBe(true);
    // A reviewer sees submitted filings only; this one is still a draft.
    expect((await codeOf(getAttachmentForDownload(reviewer, second.versionId))).code).toBe("NOT_FOUND");
  });
});

describe("submission (七（二）)", () => {
  const version = async () => (await t.prisma().alliance.findUniqueOrThrow({ where: { id: allianceId } })).version;

  it.each([
    ["9 members", () => goodMembers().slice(0, 9), /少于 10 家/],
    // 8 enterprises of 14 = 57.1%: two social organisations join.
    [
      "57% enterprises",
      () =>
        goodMembers().concat(
          [51, 52].map((n) => {
            const f = `51220101MC${String(n).padStart(7, "0")}`;
            return member(n, { type: "SOCIAL_ORG", name: `吉林省某协会${n}`, chainPosition: null, creditCode: f + creditCodeCheckChar(f)! });
          }),
        ),
      /低于 60%/,
    ],
    [
      "no downstream enterprise",
      () => goodMembers().map((m) => (m.chainPosition === "DOWNSTREAM" ? { ...m, chainPosition: "MIDSTREAM" as const } : m)),
      /下游/,
    ],
  ])("refuses %s, with the rule's reason", async (_n, members, pattern) => {
    await saveDraft(filer, draft(await version(), { members: members() }));
    const r = await codeOf(submitFiling(filer, { allianceId, version: await version() }));
    expect(r.code).toBe("INVALID_INPUT");
    expect(r.messages.join("\n")).toMatch(pattern);
  });

  it("refuses a goal over 500 characters and missing attachments", async () => {
    await saveDraft(filer, draft(await version(), { innovationGoal: "氢".repeat(501) }));
    const r = await codeOf(submitFiling(filer, { allianceId, version: await version() }));
    expect(r.messages.join("\n")).toMatch(/500/);
    await saveDraft(filer, draft(await version()));
    const r2 = await codeOf(submitFiling(filer, { allianceId, version: await version() }));
    expect(r2.messages.join("\n")).toMatch(/合作协议/);
  });

  it("freezes a complete filing as version 1 exactly once, even when submitted twice at once", async () => {
    await uploadAttachment(filer, { allianceId, kind: "AGREEMENT", fileName: "合作协议.docx", bytes: fixtures.docx() });
    await uploadAttachment(filer, { allianceId, kind: "CONSTRUCTION_PLAN", fileName: "建设方案.pdf", bytes: fixtures.pdf() });
    const v = await version();
    const outcomes = await Promise.all([codeOf(submitFiling(filer, { allianceId, version: v })), codeOf(submitFiling(filer, { allianceId, version: v }))]);
    expect(outcomes.map((o) => o.code).sort()).toEqual(["CONFLICT", "OK"]);
    const a = await t.prisma().alliance.findUniqueOrThrow({ where: { id: allianceId }, include: { versions: true } });
    expect(a.state).toBe("DIVISION_REVIEW");
    expect(a.versions).toHaveLength(1);
    const snap = a.versions[0]!.snapshot as { members: unknown[]; documents: { kind: string }[]; name: string };
    expect(snap.name).toBe("吉林省氢能产业科技创新联盟");
    expect(snap.members).toHaveLength(12);
    expect(snap.documents.map((d) => d.kind).sort()).toEqual(["AGREEMENT", "CHARTER", "CONSTRUCTION_PLAN"]);
    expect(await t.prisma().auditEvent.count({ where: { action: "alliance.submitted", entityId: allianceId } })).toBe(1);
    // Frozen: no more edits until a return.
    expect((await codeOf(saveDraft(filer, draft(a.version)))).code).toBe("FORBIDDEN");
    // Now the division reviewer sees it and its attachments.
    const docs = await t.prisma().documentVersion.findMany({ where: { document: { allianceId } } });
    expect((await getAttachmentForDownload(reviewer, docs[0]!.id)).bytes.length).toBeGreaterThan(0);
  });

  it("generates 附件1 from the submitted data for anyone who may see it", async () => {
    const doc = await generateDocument(reviewer, allianceId, "annex1");
    expect(doc.fileName).toBe("吉林省氢能产业科技创新联盟申报（备案）表.docx");
    expect(doc.bytes.subarray(0, 2).toString()).toBe("PK");
  });
});
