import { AppError } from "@/lib/errors/app-error";
import { amendCharter } from "@/lib/operation/charter";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
import { authedUpload, readForm } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

const field = (v: FormDataEntryValue | null): string => (typeof v === "string" ? v : "");

// 附件2 第十九条: the amended charter with the members' assembly approval; checks live in amendCharter.
export const POST = authedUpload({ maxBytes: MAX_UPLOAD_BYTES, tooLarge: () => UPLOAD_MESSAGES.TOO_LARGE }, async ({ req, user, id }) => {
  const form = await readForm(req);
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: [text("api.chooseCharter")] });
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("INVALID_INPUT", undefined, { file: [UPLOAD_MESSAGES.TOO_LARGE] });
  return amendCharter(user, {
    allianceId: id,
    fileName: file.name,
    bytes: Buffer.from(await file.arrayBuffer()),
    approvedOn: field(form.get("approvedOn")),
    approvedBy: field(form.get("approvedBy")),
    note: field(form.get("note")),
  });
});
