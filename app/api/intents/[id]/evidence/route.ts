import { AppError } from "@/lib/errors/app-error";
import { uploadIntentEvidence } from "@/lib/calls/intent-evidence";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import { authedUpload, readForm } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

/** Evidence for one lead-unit condition (六（一）1-5) of the filer's own intent (issue #17 item 8). */
export const POST = authedUpload({ maxBytes: MAX_UPLOAD_BYTES, tooLarge: () => UPLOAD_MESSAGES.TOO_LARGE }, async ({ req, user, id }) => {
  const form = await readForm(req);
  const condition = form.get("condition");
  const file = form.get("file");
  if (typeof condition !== "string") throw new AppError("INVALID_INPUT", undefined, { condition: [text("api.chooseCondition")] });
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: [text("api.chooseFile")] });
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("INVALID_INPUT", undefined, { file: [UPLOAD_MESSAGES.TOO_LARGE] });
  return uploadIntentEvidence(user, { intentId: id, condition, fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
});
