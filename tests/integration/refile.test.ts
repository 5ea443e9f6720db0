// Issue #17 item 6 (《实施方案》七（三））: a rejected filing is final, but the enterprise starts a new cycle from it:
// an editable copy (附件1 fields, current members, attachments) linked to the rejected record, with the reviewers'
// reasons shown; the copy is submitted and reviewed like any filing, and the rejected record stays as it was.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { applyTransition } from "@/lib/review/apply-transition";
import { addFieldComment } from "@/lib/review/field-comments";
import { findRefiling, findRejectionReasons, refileRejected } from "@/lib/filing/refile";
import { getFilingForEdit } from "@/lib/filing/get-filing-for-edit";
import { saveDraft } from "@/lib/filing/save-draft";
import { submitFiling } from "@/lib/filing/submit-filing";
import { startFiling } from "@/lib/calls/start-filing";
import { ZFilingDraftInput } from "@/lib/validation/filing";
import { fileStore } from "@/lib/storage/file-store";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { outcomeOf } from "../helpers/errors";
import { LEAD, submitCompleteFiling } from "../helpers/filing-fixture";

process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
const t = useTestDatabase();
const REASON = "联盟成员中产业链下游企业不足，技术路线与已备案联盟重复，不予通过。";

let filer: SessionUser, otherFiler: SessionUser, reviewer: SessionUser, secretary: SessionUser;
let rejectedId: string, copyId: string, intentId: string;
const row = (id: string) => t.prisma().alliance.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  const p = t.prisma();
  const ht = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
  await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: ht.id } });
  const lead = await p.organization.create({ data: { name: "吉林省氢能科技集团有限公司", type: "ENTERPRISE", creditCode: LEAD } });
  const other = await p.organization.create({ data: { name: "吉林省另一家企业有限公司", type: "ENTERPRISE", creditCode: "91220101MA0000007X" } });
  filer = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: lead.id });
  otherFiler = await makeUser(p, ["ENTERPRISE_FILER"], { organizationId: other.id });
  reviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: ht.id });
  secretary = await makeUser(p, ["DEPARTMENT_SECRETARY"]);
  const call = await p.call.create({
    data: { industryCode: "NEW_ENERGY", title: "氢能联盟牵头单位遴选", deadline: new Date("2099-01-01T00:00:00Z"), createdById: reviewer.id },
  });
  intentId = (await p.leadIntent.create({ data: { callId: call.id, organizationId: lead.id, evidence: {}, status: "QUALIFIED", createdById: filer.id } })).id;
  rejectedId = (await startFiling(filer, intentId, "ALLIANCE")).id;
  await submitCompleteFiling(p, filer, rejectedId);
  const v = (await row(rejectedId)).version;
  await addFieldComment(reviewer, { allianceId: rejectedId, fieldPath: "innovationGoal", text: "目标表述过于笼统，缺少量化指标", visibleToFiler: true });
  await addFieldComment(reviewer, { allianceId: rejectedId, fieldPath: "members", text: "内部意见：与某联盟方向重复", visibleToFiler: false });
  await applyTransition(reviewer, { allianceId: rejectedId, transition: "DIVISION_REJECT", version: v, opinion: REASON });
});

describe("a rejected filing shows why, and offers a new cycle to its lead filer only", () => {
  it("gives the reject opinion and the comments visible to the filer, not the internal ones", async () => {
    const reasons = await findRejectionReasons(filer, rejectedId);
    expect(reasons).toMatchObject({ allianceId: rejectedId, versionNo: 1, reasons: [{ text: REASON }] });
    expect(reasons!.comments.map((c) => c.text)).toEqual(["目标表述过于笼统，缺少量化指标"]);
    expect(await findRefiling(filer, await row(rejectedId))).toMatchObject({ canRefile: true, refiledAs: null });
    expect(await findRefiling(reviewer, await row(rejectedId))).toMatchObject({ canRefile: false });
  });

  it("refuses another enterprise (not found), staff, and a filing that was not rejected", async () => {
    expect((await outcomeOf(refileRejected(otherFiler, { allianceId: rejectedId }))).code).toBe("NOT_FOUND");
    expect((await outcomeOf(refileRejected(reviewer, { allianceId: rejectedId }))).code).toBe("FORBIDDEN");
    const draft = await t.prisma().alliance.create({
      data: { name: "吉林省氢能草稿产业科技创新联盟", industryCode: "NEW_ENERGY", leadOrgId: filer.organizationId!, createdById: filer.id },
    });
    expect(await outcomeOf(refileRejected(filer, { allianceId: draft.id }))).toEqual({ code: "FORBIDDEN", messages: ["只有未获通过的申报可以据此重新申报"] });
    await t.prisma().alliance.delete({ where: { id: draft.id } });
  });
});

describe("the new cycle", () => {
  it("is an editable DRAFT copy of the record, its members and attachments (files copied), linked to it, audited", async () => {
    const r = await refileRejected(filer, { allianceId: rejectedId });
    expect(r.created).toBe(true);
    copyId = r.id;
    const [old, copy] = await Promise.all([row(rejectedId), row(copyId)]);
    expect(copy).toMatchObject({ state: "DRAFT", refiledFromId: rejectedId, currentVersionNo: 0, name: old.name, leadOrgId: old.leadOrgId, intentId });
    for (const k of ["innovationGoal", "researchDirections", "ipOwnership", "address", "postcode", "contactName", "technicalField", "chairName"] as const) {
      expect(copy[k], k).toBe(old[k]);
    }
    const members = (id: string) =>
      t.prisma().membership.findMany({
        where: { allianceId: id },
        orderBy: { organizationId: "asc" },
        select: { organizationId: true, role: true, chainPosition: true, confirmedAt: true },
      });
    expect(await members(copyId)).toEqual(await members(rejectedId));
    const docs = await t.prisma().document.findMany({ where: { allianceId: copyId }, include: { versions: true } });
    expect(docs.map((d) => d.kind).sort()).toEqual(["AGREEMENT", "CHARTER", "CONSTRUCTION_PLAN"]);
    const oldDocs = await t.prisma().document.findMany({ where: { allianceId: rejectedId }, include: { versions: true } });
    for (const d of docs) {
      const before = oldDocs.find((o) => o.kind === d.kind)!.versions.at(-1)!;
      expect(d.versions[0]!.sha256).toBe(before.sha256);
      expect(d.versions[0]!.storageKey).not.toBe(before.storageKey);
      expect((await fileStore().get(d.versions[0]!.storageKey)).equals(await fileStore().get(before.storageKey))).toBe(true);
    }
    const audit = await t.prisma().auditEvent.findFirstOrThrow({ where: { action: "alliance.refiled" } });
    expect(audit).toMatchObject({
      entityId: copyId,
      summary: { fromAllianceId: rejectedId, fromVersionNo: 1, members: (await members(rejectedId)).length, documents: 3 },
    });
    // The rejected record is unchanged and still final.
    expect(old.state).toBe("REJECTED");
  });

  it("is made once: a second start returns the same copy, and starting from the call now opens the copy", async () => {
    expect(await refileRejected(filer, { allianceId: rejectedId })).toEqual({ id: copyId, created: false });
    expect(await startFiling(filer, intentId, "ALLIANCE")).toEqual({ id: copyId, created: false });
    expect(await findRefiling(filer, await row(rejectedId))).toMatchObject({ canRefile: false, refiledAs: { id: copyId } });
  });

  it("shows the reviewers' reasons on the copy and opens it in the editor with the old contents", async () => {
    const refiling = await findRefiling(filer, await row(copyId));
    expect(refiling.source).toMatchObject({ allianceId: rejectedId, reasons: [{ text: REASON }] });
    const edit = await getFilingForEdit(filer, copyId);
    expect(edit.editable).toBe(true);
    expect(edit.fields.members).toHaveLength(await t.prisma().membership.count({ where: { allianceId: rejectedId, leftOn: null } }));
  });

  it("is corrected, submitted as its own version 1 and reviewed; reviewers see where it came from", async () => {
    const c = await row(copyId);
    const edit = await getFilingForEdit(filer, copyId);
    await saveDraft(
      filer,
      ZFilingDraftInput.parse({ ...edit.fields, allianceId: copyId, version: c.version, innovationGoal: "三年内突破 3 项氢能关键技术，形成 5 项团体标准。" }),
    );
    await submitFiling(filer, { allianceId: copyId, version: (await row(copyId)).version });
    expect(await row(copyId)).toMatchObject({ state: "DIVISION_REVIEW", currentVersionNo: 1 });
    const seen = await findRefiling(reviewer, await row(copyId));
    expect(seen.source).toMatchObject({ allianceId: rejectedId, reasons: [{ text: REASON }] });
    expect(seen.source!.comments).toEqual([{ fieldPath: "innovationGoal", text: "目标表述过于笼统，缺少量化指标" }]);
    // A secretary sees no internal comment of the old record either (only those shown to the filer).
    expect((await findRefiling(secretary, await row(copyId))).source!.comments).toHaveLength(1);
  });
});
