import "server-only";
import { text } from "../i18n/text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { isUniqueViolation } from "../errors/unique-violation";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { acceptUpload, storeThenRecord, storedFileColumns } from "../uploads/accept-upload";
import { ZCharterApproval, chinaTodayIso, type TCharterApproval } from "../validation/operation";
import { findOwnedFiledAlliance, findVisibleAlliance, parseOrThrow, toDateColumn } from "./access";
import { canOverseeFiledAlliance, canRunFiledAlliance, isLeadFiler } from "../authz/alliance-abilities";

export interface CharterAmendment extends TCharterApproval {
  allianceId: string;
  fileName: string;
  bytes: Buffer;
}

/**
 * 附件2 第十九条: a charter amendment takes effect once the members' assembly approves it, so the approval
 * (date, meeting) is recorded with the file as the next version of the alliance's CHARTER document.
 */
export async function amendCharter(user: SessionUser, raw: CharterAmendment, now = new Date()) {
  const alliance = await findOwnedFiledAlliance(user, raw.allianceId);
  const approval = parseOrThrow(ZCharterApproval, { approvedOn: raw.approvedOn, approvedBy: raw.approvedBy, note: raw.note });
  if (approval.approvedOn > chinaTodayIso(now)) throw new AppError("INVALID_INPUT", undefined, { approvedOn: [text("operation.errors.approvedInFuture")] });
  const file = await acceptUpload(user.id, raw, "联盟章程"); // i18n-data: the stored file name when the upload has none
  const { fileName, sha256 } = file;
  return storeThenRecord(raw.bytes, (storageKey) =>
    db().$transaction(async (tx) => {
      await findOwnedFiledAlliance(user, alliance.id, tx);
      const document =
        (await tx.document.findFirst({ where: { allianceId: alliance.id, kind: "CHARTER" }, orderBy: { createdAt: "asc" } })) ??
        (await tx.document.create({ data: { allianceId: alliance.id, kind: "CHARTER", title: "联盟章程" } })); // i18n-data: stored title
      const last = await tx.documentVersion.findFirst({ where: { documentId: document.id }, orderBy: { versionNo: "desc" }, select: { versionNo: true } });
      // Two uploads at once read the same last version; the unique (document, versionNo) lets one through.
      const version = await tx.documentVersion
        .create({
          data: {
            documentId: document.id,
            versionNo: (last?.versionNo ?? 0) + 1,
            ...storedFileColumns(file, storageKey, user.id),
            note: approval.note || null,
            approvedOn: toDateColumn(approval.approvedOn),
            approvedBy: approval.approvedBy,
          },
        })
        .catch((err: unknown) => {
          if (isUniqueViolation(err)) throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.charterTaken")] });
          throw err;
        });
      await recordAudit(tx, actorOf(user), {
        action: "charter.amended",
        entityType: "Document",
        entityId: document.id,
        summary: { allianceId: alliance.id, versionNo: version.versionNo, fileName, sha256, approvedOn: approval.approvedOn, approvedBy: approval.approvedBy },
      });
      return {
        documentId: document.id,
        versionId: version.id,
        versionNo: version.versionNo,
        fileName,
        approvedOn: approval.approvedOn,
        approvedBy: approval.approvedBy,
      };
    }),
  );
}

/** Every version of the charter, newest first, with its approval record; download at /api/documents/<versionId>. */
export async function findCharterVersions(user: SessionUser, allianceId: string) {
  const alliance = await findVisibleAlliance(user, allianceId);
  const versions = await db().documentVersion.findMany({
    where: { document: { allianceId: alliance.id, kind: "CHARTER" } },
    orderBy: [{ createdAt: "desc" }, { versionNo: "desc" }],
    select: {
      id: true,
      versionNo: true,
      fileName: true,
      byteSize: true,
      sha256: true,
      note: true,
      approvedOn: true,
      approvedBy: true,
      uploadedById: true,
      createdAt: true,
    },
  });
  const uploaders = await db().user.findMany({
    where: { id: { in: [...new Set(versions.map((v) => v.uploadedById))] } },
    select: { id: true, displayName: true },
  });
  const nameOf = new Map(uploaders.map((u) => [u.id, u.displayName]));
  return {
    canAmend: canRunFiledAlliance(user, alliance),
    // Issue 17 item 10: the latest amendment (highest version) may be withdrawn by the service center with a reason.
    canWithdraw: canOverseeFiledAlliance(user, alliance),
    isLeadFiler: isLeadFiler(user, alliance),
    latest: versions.reduce<(typeof versions)[number] | undefined>((a, v) => (!a || v.versionNo > a.versionNo ? v : a), undefined),
    versions: versions.map((v) => ({ ...v, uploadedBy: nameOf.get(v.uploadedById) ?? "", downloadHref: `/api/documents/${v.id}` })),
  };
}
