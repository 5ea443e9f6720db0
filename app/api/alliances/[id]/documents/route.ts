import { AppError } from "@/lib/errors/app-error";
import { ATTACHMENT_KINDS, uploadAttachment } from "@/lib/filing/upload-attachment";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import { authedUpload, readForm } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

export const POST = authedUpload({ maxBytes: MAX_UPLOAD_BYTES, tooLarge: () => UPLOAD_MESSAGES.TOO_LARGE }, async ({ req, user, id }) => {
  const form = await readForm(req);
  const kind = ATTACHMENT_KINDS.find((k) => k === form.get("kind"));
  const file = form.get("file");
  if (!kind) throw new AppError("INVALID_INPUT", undefined, { kind: [text("api.badAttachmentKind")] });
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: [text("api.chooseFile")] });
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("INVALID_INPUT", undefined, { file: [UPLOAD_MESSAGES.TOO_LARGE] });
  return uploadAttachment(user, { allianceId: id, kind, fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
});
