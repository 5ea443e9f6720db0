import "server-only";
import type { DocumentKind } from "../db/generated/enums";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { acceptUpload, storeThenRecord, storedFileColumns } from "../uploads/accept-upload";
import { EDITABLE_STATES, editableWhere } from "./editable";

export const ATTACHMENT_KINDS = ["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN", "OTHER"] as const satisfies readonly DocumentKind[];
export const ATTACHMENT_TITLES: Record<(typeof ATTACHMENT_KINDS)[number], string> = {
  CHARTER: "联盟章程",
  AGREEMENT: "合作协议",
  CONSTRUCTION_PLAN: "建设方案",
  OTHER: "其他材料",
};

/** Stores a checked .docx/.pdf as the next version of the filing's attachment of that kind. */
export async function uploadAttachment(
  user: SessionUser,
  input: { allianceId: string; kind: (typeof ATTACHMENT_KINDS)[number]; fileName: string; bytes: Buffer },
) {
  const alliance = await db().alliance.findFirst({ where: editableWhere(user, input.allianceId), select: { id: true, state: true } });
  if (!alliance) throw new AppError("NOT_FOUND");
  if (!EDITABLE_STATES.includes(alliance.state)) throw new AppError("FORBIDDEN", undefined, { file: ["申报已提交，审核期间不能更换附件"] });
  const file = await acceptUpload(user.id, input, "附件");
  const { base, fileName, sha256 } = file;
  return storeThenRecord(input.bytes, (storageKey) =>
    db().$transaction(async (tx) => {
      const title = ATTACHMENT_TITLES[input.kind];
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
