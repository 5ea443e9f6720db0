import "server-only";
import { db, type Tx } from "../db/client";
import type { ReportStatus } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { acceptUpload, storeThenRecord, storedFileColumns } from "../uploads/accept-upload";
import { fileStore } from "../storage/file-store";
import { ownReportAlliances } from "./reports";
import { text } from "../i18n/text";
import { storedText } from "./stored-text";

// Evidence for an annual report (八（四）): .docx/.pdf checked by content like every upload. The documents hang
// off the report only (no allianceId), so they never show up among the filing's attachments.

const locked = () => text("assessmentLib.evidence.locked");
/** A report the filer may still change: a draft, or one the service center returned for correction. */
const OPEN: ReportStatus[] = ["DRAFT", "RETURNED"];

/** The user's report while it is open (a DRAFT, or RETURNED for correction), read only: the check before an upload must change nothing. */
async function findOpenDraft(client: Pick<Tx, "annualReport">, user: SessionUser, reportId: string) {
  const report = await client.annualReport.findFirst({
    where: { id: reportId, alliance: ownReportAlliances(user) },
    select: { status: true, scheme: { select: { status: true } } },
  });
  if (!report) throw new AppError("NOT_FOUND");
  if (!OPEN.includes(report.status) || report.scheme.status !== "PUBLISHED") throw new AppError("FORBIDDEN", locked(), { file: [locked()] });
}

/**
 * Takes the report's row lock while it is still a DRAFT: a submission running at the same time waits for
 * this transaction, so no file is added to a report after it was submitted.
 */
async function lockDraft(tx: Tx, user: SessionUser, reportId: string) {
  const report = await tx.annualReport.findFirst({
    where: { id: reportId, alliance: ownReportAlliances(user) },
    select: { id: true, allianceId: true, year: true, scheme: { select: { status: true } } },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const { count } = await tx.annualReport.updateMany({
    where: { id: report.id, status: { in: OPEN }, scheme: { status: "PUBLISHED" } },
    data: { updatedAt: new Date() },
  });
  if (count === 0) throw new AppError("FORBIDDEN", locked(), { file: [locked()] });
  return report;
}

export async function uploadEvidence(user: SessionUser, input: { reportId: string; fileName: string; bytes: Buffer }) {
  // Refused before storing anything when the report is not the user's or no longer open.
  await findOpenDraft(db(), user, input.reportId);
  // The fallback name is stored as the document's title: Chinese, as stored before.
  const file = await acceptUpload(
    user.id,
    input,
    storedText(() => text("assessmentLib.evidence.fileName")),
  );
  const { fileName, sha256, byteSize } = file;
  return storeThenRecord(input.bytes, (storageKey) =>
    db().$transaction(async (tx) => {
      const report = await lockDraft(tx, user, input.reportId);
      const document = await tx.document.create({ data: { reportId: report.id, kind: "ANNUAL_EVIDENCE", title: file.base } });
      const version = await tx.documentVersion.create({
        data: { documentId: document.id, versionNo: 1, ...storedFileColumns(file, storageKey, user.id) },
      });
      await recordAudit(tx, actorOf(user), {
        action: "report.evidence_uploaded",
        entityType: "AnnualReport",
        entityId: report.id,
        summary: { allianceId: report.allianceId, year: report.year, documentId: document.id, fileName, sha256, bytes: byteSize },
      });
      return { documentId: document.id, versionId: version.id, fileName, byteSize, createdAt: version.createdAt.toISOString() };
    }),
  );
}

/**
 * Takes a file off a draft report. Its upload event keeps the name and sha256; the stored bytes, no longer named
 * by any record, are removed by the orphan sweep (lib/storage/sweep.ts) an hour later.
 */
export async function removeEvidence(user: SessionUser, input: { reportId: string; documentId: string }) {
  return db().$transaction(async (tx) => {
    const report = await lockDraft(tx, user, input.reportId);
    const document = await tx.document.findFirst({
      where: { id: input.documentId, reportId: report.id, kind: "ANNUAL_EVIDENCE" },
      select: { id: true, title: true },
    });
    if (!document) throw new AppError("NOT_FOUND");
    await tx.documentVersion.deleteMany({ where: { documentId: document.id } });
    await tx.document.delete({ where: { id: document.id } });
    await recordAudit(tx, actorOf(user), {
      action: "report.evidence_removed",
      entityType: "AnnualReport",
      entityId: report.id,
      summary: { allianceId: report.allianceId, year: report.year, documentId: document.id, title: document.title },
    });
    return true;
  });
}

/** Whoever may see the alliance may read its reports' evidence; nobody else learns it exists. */
export async function getEvidenceForDownload(user: SessionUser, reportId: string, versionId: string) {
  const version = await db().documentVersion.findFirst({
    where: { id: versionId, document: { kind: "ANNUAL_EVIDENCE", reportId, report: { alliance: allianceScope(user) } } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!version) throw new AppError("NOT_FOUND");
  return { ...version, bytes: await fileStore().get(version.storageKey) };
}
