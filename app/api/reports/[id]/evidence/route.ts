import { AppError } from "@/lib/errors/app-error";
import { uploadEvidence } from "@/lib/assessment/report-evidence";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import { authedUpload, readForm } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

/** Evidence for an annual report (八（四）); `id` is the report. Ownership and the draft state are checked in the data layer. */
export const POST = authedUpload({ maxBytes: MAX_UPLOAD_BYTES, tooLarge: () => UPLOAD_MESSAGES.TOO_LARGE }, async ({ req, user, id }) => {
  const form = await readForm(req);
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: [text("api.chooseFile")] });
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("INVALID_INPUT", undefined, { file: [UPLOAD_MESSAGES.TOO_LARGE] });
  return uploadEvidence(user, { reportId: id, fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
});
