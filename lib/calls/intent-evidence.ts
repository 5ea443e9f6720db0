import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { acceptUpload, storeThenRecord, storedFileColumns } from "../uploads/accept-upload";
import { fileStore } from "../storage/file-store";
import { LEAD_CONDITIONS } from "../validation/calls";

// Issue #17 item 8: files of evidence for the five lead-unit conditions (六（一）1-5) of an intent (七（一）).
// The enterprise adds them to its submitted intent until the division decides it; from then on the intent,
// its texts and files are read-only. Every file is checked like any upload (acceptUpload: type, content,
// size, virus scan) and stored under a server-generated key as a Document of kind INTENT_EVIDENCE.

export const INTENT_FILES_PER_CONDITION = 5;
export type ConditionKey = (typeof LEAD_CONDITIONS)[number]["key"];

export function conditionOf(key: unknown): (typeof LEAD_CONDITIONS)[number] | undefined {
  return LEAD_CONDITIONS.find((c) => c.key === key);
}

/** Whose intents a user may read: an enterprise its own, the secretariat all, a division those of its industries. */
export function intentScope(user: SessionUser): Prisma.LeadIntentWhereInput | null {
  if (user.roles.includes("DEPARTMENT_SECRETARY")) return {};
  if (user.roles.includes("DIVISION_REVIEWER") && user.divisionId) return { call: { industry: { divisionId: user.divisionId } } };
  if (user.roles.includes("ENTERPRISE_FILER") && user.organizationId) return { organizationId: user.organizationId };
  return null;
}

/** Adds one checked file to the evidence of one condition of the filer's own submitted, undecided intent. */
export async function uploadIntentEvidence(user: SessionUser, input: { intentId: string; condition: string; fileName: string; bytes: Buffer }) {
  assertRole(user, ["ENTERPRISE_FILER"]);
  if (!user.organizationId) throw new AppError("NOT_FOUND");
  const intent = await db().leadIntent.findFirst({
    where: { id: input.intentId, organizationId: user.organizationId },
    select: { id: true, callId: true, status: true, organization: { select: { name: true } } },
  });
  if (!intent) throw new AppError("NOT_FOUND");
  const condition = conditionOf(input.condition);
  if (!condition) throw new AppError("INVALID_INPUT", undefined, { condition: [text("calls.errors.chooseCondition")] });
  const closed = { file: [text("intentEvidence.closedError")] };
  if (intent.status !== "SUBMITTED") throw new AppError("CONFLICT", undefined, closed);
  const file = await acceptUpload(user.id, input, text("intentEvidence.fileLabel"));
  return storeThenRecord(input.bytes, (storageKey) =>
    db().$transaction(async (tx) => {
      // Re-read under the row's lock (an update that changes nothing): a decision taken meanwhile closes the intent,
      // and one taken after waits for this upload to commit.
      const { count } = await tx.leadIntent.updateMany({ where: { id: intent.id, status: "SUBMITTED" }, data: { version: { increment: 0 } } });
      if (count === 0) throw new AppError("CONFLICT", undefined, closed);
      const already = await tx.document.count({ where: { intentId: intent.id, intentCondition: condition.key } });
      if (already >= INTENT_FILES_PER_CONDITION) {
        throw new AppError("INVALID_INPUT", undefined, { file: [text("intentEvidence.tooMany", { max: String(INTENT_FILES_PER_CONDITION) })] });
      }
      const document = await tx.document.create({
        data: { kind: "INTENT_EVIDENCE", title: file.base, intentId: intent.id, intentCondition: condition.key },
      });
      const version = await tx.documentVersion.create({ data: { documentId: document.id, versionNo: 1, ...storedFileColumns(file, storageKey, user.id) } });
      await recordAudit(tx, actorOf(user), {
        action: "intent.evidence_uploaded",
        entityType: "LeadIntent",
        entityId: intent.id,
        summary: {
          callId: intent.callId,
          organization: intent.organization.name,
          condition: condition.key,
          clause: condition.clause,
          fileName: file.fileName,
          sha256: file.sha256,
          bytes: file.byteSize,
        },
      });
      return { documentId: document.id, versionId: version.id, fileName: file.fileName, sha256: file.sha256 };
    }),
  );
}

export interface IntentFile {
  versionId: string;
  fileName: string;
  byteSize: number;
  /** ISO time, ready to hand to a client component. */
  uploadedAt: string;
}

/** The files of intents by condition key, for pages that already read the intents through the user's scope. */
export async function listIntentFiles(intentIds: readonly string[]): Promise<Map<string, Record<string, IntentFile[]>>> {
  const docs = intentIds.length
    ? await db().document.findMany({
        where: { intentId: { in: [...intentIds] }, kind: "INTENT_EVIDENCE" },
        orderBy: { createdAt: "asc" },
        select: { intentId: true, intentCondition: true, versions: { select: { id: true, fileName: true, byteSize: true, createdAt: true } } },
      })
    : [];
  const out = new Map<string, Record<string, IntentFile[]>>();
  for (const d of docs) {
    if (!d.intentId || !d.intentCondition) continue;
    const byCondition = out.get(d.intentId) ?? {};
    const list = (byCondition[d.intentCondition] ??= []);
    for (const v of d.versions) list.push({ versionId: v.id, fileName: v.fileName, byteSize: v.byteSize, uploadedAt: v.createdAt.toISOString() });
    out.set(d.intentId, byCondition);
  }
  return out;
}

/** A file of an intent the user may read; anything else is not found, whether or not it exists. */
export async function getIntentEvidenceForDownload(user: SessionUser, intentId: string, versionId: string) {
  const scope = intentScope(user);
  if (!scope) throw new AppError("NOT_FOUND");
  const version = await db().documentVersion.findFirst({
    where: { id: versionId, document: { kind: "INTENT_EVIDENCE", intent: { AND: [{ id: intentId }, scope] } } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!version) throw new AppError("NOT_FOUND");
  return { ...version, bytes: await fileStore().get(version.storageKey) };
}
