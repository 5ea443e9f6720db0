import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { fileStore } from "../storage/file-store";

/** Anyone who may see the alliance may download its attachments; nobody else learns they exist. */
export async function getAttachmentForDownload(user: SessionUser, versionId: string) {
  const version = await db().documentVersion.findFirst({
    where: { id: versionId, document: { alliance: allianceScope(user) } },
    select: { fileName: true, mimeType: true, storageKey: true, sha256: true },
  });
  if (!version) throw new AppError("NOT_FOUND");
  return { ...version, bytes: await fileStore().get(version.storageKey) };
}
