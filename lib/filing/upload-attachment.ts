import "server-only";
import type { DocumentKind } from "../db/generated/enums";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { acceptUpload, storeThenRecord, storedFileColumns } from "../uploads/accept-upload";
import { EDITABLE_STATES, editableWhere } from "./editable";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";

export const ATTACHMENT_KINDS = ["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN", "OTHER"] as const satisfies readonly DocumentKind[];
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
/** An attachment kind's name in the current language. */
export function attachmentTitle(kind: AttachmentKind): string {
  return text(`filing.attachmentKinds.${kind}`);
}

/** A filed attachment by its kind's name in the current language; other material by the title it was stored with. */
export function attachmentName(doc: { kind: string; title: string }): string {
  return doc.kind !== "OTHER" && (ATTACHMENT_KINDS as readonly string[]).includes(doc.kind) ? attachmentTitle(doc.kind as AttachmentKind) : doc.title;
}

/** Stores a checked .docx/.pdf as the next version of the filing's attachment of that kind. */
export async function uploadAttachment(
  user: SessionUser,
  input: { allianceId: string; kind: (typeof ATTACHMENT_KINDS)[number]; fileName: string; bytes: Buffer },
) {
  const alliance = await db().alliance.findFirst({ where: editableWhere(user, input.allianceId), select: { id: true, state: true } });
  if (!alliance) throw new AppError("NOT_FOUND");
  if (!EDITABLE_STATES.includes(alliance.state)) throw new AppError("FORBIDDEN", undefined, { file: [text("filing.attachmentLocked")] });
  // The record's own names (file name fallback, document title) are stored in Chinese, the dossier's language.
  const file = await acceptUpload(
    user.id,
    input,
    inLocale("zh-CN", () => text("filing.attachmentFallbackName")),
  );
  const { base, fileName, sha256 } = file;
  return storeThenRecord(input.bytes, (storageKey) =>
    db().$transaction(async (tx) => {
      const title = inLocale("zh-CN", () => attachmentTitle(input.kind));
      const document =
        input.kind === "OTHER"
          ? await tx.document.create({ data: { allianceId: alliance.id, kind: input.kind, title: base } })
          : ((await tx.document.findFirst({ where: { allianceId: alliance.id, kind: input.kind } })) ??
            (await tx.document.create({ data: { allianceId: alliance.id, kind: input.kind, title } })));
      const last = await tx.documentVersion.findFirst({ where: { documentId: document.id }, orderBy: { versionNo: "desc" }, select: { versionNo: true } });
      const version = await tx.documentVersion.create({
        data: { documentId: document.id, versionNo: (last?.versionNo ?? 0) + 1, ...storedFileColumns(file, storageKey, user.id) },
      });
      await recordAudit(tx, actorOf(user), {
        action: "document.uploaded",
        entityType: "Document",
        entityId: document.id,
        summary: { allianceId: alliance.id, kind: input.kind, versionNo: version.versionNo, fileName, sha256, bytes: file.byteSize },
      });
      return { documentId: document.id, versionId: version.id, versionNo: version.versionNo, fileName, sha256 };
    }),
  );
}
