// Issue #17 item 8, intent evidence as files: the five lead-unit conditions (六（一）1-5) of an intent (七（一）)
// take uploaded evidence, checked like every upload, and the enterprise reads back what it submitted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { submitIntent } from "@/lib/calls/submit-intent";
import { decideIntent } from "@/lib/calls/decide-intent";
import { getIntentEvidenceForDownload, INTENT_FILES_PER_CONDITION, listIntentFiles, uploadIntentEvidence } from "@/lib/calls/intent-evidence";
import { getCallOrThrow } from "@/lib/calls/find-calls";
import { describeEvent } from "@/lib/audit/sentences";
import { UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { fixtures } from "../helpers/fixture-files";
import { createFiledAlliance, type FiledFixture } from "../helpers/filed-fixture";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "intent-evidence-"));
const t = useTestDatabase();

let f: FiledFixture, g: FiledFixture, reviewer: SessionUser, otherDivision: SessionUser, secretary: SessionUser;
let intentId: string;
const text = (s: string) => `${s}：本单位具备相应条件，详见所附证明材料，共计二十字以上的说明。`;

beforeAll(async () => {
  const p = t.prisma();
  f = await createFiledAlliance(p);
  g = await createFiledAlliance(p);
  const div = await p.division.findUniqueOrThrow({ where: { code: "HT" } });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: div.id });
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  otherDivision = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
  secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  const call = await p.call.create({
    data: { industryCode: "NEW_ENERGY", title: "氢能产业联盟牵头单位遴选", deadline: new Date(Date.now() + 30 * 86_400_000), createdById: secretary.id },
  });
  const evidence = { legalEntity: text("法人"), influence: text("影响力"), rnd: text("研发"), cooperation: text("合作"), management: text("管理") };
  intentId = (await submitIntent(f.filer, { callId: call.id, evidence })).id;
});

describe("uploading evidence for a condition", () => {
  it("stores a checked file for the named condition and audits it in the same transaction with the clause", async () => {
    const r = await uploadIntentEvidence(f.filer, { intentId, condition: "rnd", fileName: "省级重点实验室证书.pdf", bytes: fixtures.pdf() });
    const doc = await t.prisma().document.findUniqueOrThrow({ where: { id: r.documentId }, include: { versions: true } });
    expect(doc).toMatchObject({ kind: "INTENT_EVIDENCE", intentId, intentCondition: "rnd", allianceId: null, title: "省级重点实验室证书" });
    expect(doc.versions[0]!.storageKey).toMatch(/^[0-9a-f-]{36}$/);
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "intent.evidence_uploaded", entityId: intentId } });
    expect(audit.summary).toMatchObject({ condition: "rnd", clause: "六（一）3", fileName: "省级重点实验室证书.pdf", sha256: r.sha256 });
    expect(describeEvent(audit as never)).toContain("六（一）3");
    const files = await listIntentFiles([intentId]);
    expect(files.get(intentId)!.rnd!.map((x) => x.fileName)).toEqual(["省级重点实验室证书.pdf"]);
  });

  it("refuses a forged file with the upload check's reason and stores nothing", async () => {
    const before = await t.prisma().document.count();
    const r = await outcomeOf(uploadIntentEvidence(f.filer, { intentId, condition: "influence", fileName: "x.pdf", bytes: Buffer.from("不是 PDF") }));
    expect(r).toEqual({ code: "INVALID_INPUT", messages: [UPLOAD_MESSAGES.NOT_ALLOWED] });
    expect(
      (await outcomeOf(uploadIntentEvidence(f.filer, { intentId, condition: "influence", fileName: "m.docx", bytes: fixtures.docxWithVba() }))).messages,
    ).toEqual([UPLOAD_MESSAGES.MACRO]);
    expect(await t.prisma().document.count()).toBe(before);
  });

  it("refuses an unknown condition, more than the limit for one condition, and anyone but the intent's enterprise", async () => {
    expect((await outcomeOf(uploadIntentEvidence(f.filer, { intentId, condition: "__proto__", fileName: "a.pdf", bytes: fixtures.pdf() }))).code).toBe(
      "INVALID_INPUT",
    );
    for (let i = 0; i < INTENT_FILES_PER_CONDITION; i++)
      await uploadIntentEvidence(f.filer, { intentId, condition: "management", fileName: `制度${i}.pdf`, bytes: fixtures.pdf() });
    const over = await outcomeOf(uploadIntentEvidence(f.filer, { intentId, condition: "management", fileName: "多余.pdf", bytes: fixtures.pdf() }));
    expect(over.messages[0]).toMatch(/每项条件最多上传 5 个/);
    expect((await outcomeOf(uploadIntentEvidence(g.filer, { intentId, condition: "rnd", fileName: "a.pdf", bytes: fixtures.pdf() }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(uploadIntentEvidence(reviewer, { intentId, condition: "rnd", fileName: "a.pdf", bytes: fixtures.pdf() }))).code).toBe("FORBIDDEN");
  });
});

describe("reading back what was submitted", () => {
  it("the enterprise and staff in scope see the texts and files on the call; others see neither", async () => {
    const intent = await t.prisma().leadIntent.findUniqueOrThrow({ where: { id: intentId } });
    const own = await getCallOrThrow(f.filer, intent.callId);
    expect(own.call.intents.map((i) => i.id)).toEqual([intentId]);
    expect((own.call.intents[0]!.evidence as Record<string, string>).rnd).toBe(text("研发"));
    expect((await getCallOrThrow(g.filer, intent.callId)).call.intents).toEqual([]);

    const files = (await listIntentFiles([intentId])).get(intentId)!;
    const v = files.rnd![0]!.versionId;
    for (const who of [f.filer, reviewer, secretary]) expect((await getIntentEvidenceForDownload(who, intentId, v)).bytes.equals(fixtures.pdf())).toBe(true);
    for (const who of [g.filer, otherDivision, f.center]) expect((await outcomeOf(getIntentEvidenceForDownload(who, intentId, v))).code).toBe("NOT_FOUND");
  });

  it("once the division decides, the intent's evidence is closed: no more files", async () => {
    const intent = await t.prisma().leadIntent.findUniqueOrThrow({ where: { id: intentId } });
    await decideIntent(reviewer, { intentId, version: intent.version, decision: "QUALIFIED", reason: "" });
    const r = await outcomeOf(uploadIntentEvidence(f.filer, { intentId, condition: "cooperation", fileName: "晚到.pdf", bytes: fixtures.pdf() }));
    expect(r).toEqual({ code: "CONFLICT", messages: ["组建意愿已经审核，证明材料不能再补充或更换"] });
    // What was submitted stays readable.
    expect((await listIntentFiles([intentId])).get(intentId)!.rnd).toHaveLength(1);
  });
});
