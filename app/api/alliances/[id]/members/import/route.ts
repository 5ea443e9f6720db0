import { AppError } from "@/lib/errors/app-error";
import { importMembers } from "@/lib/members/import-members";
import { MAX_SHEET_BYTES } from "@/lib/members/member-sheet";
import { authedUpload, readForm } from "@/lib/http/authed-route";
import { text } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

export const POST = authedUpload({ maxBytes: MAX_SHEET_BYTES, tooLarge: () => text("api.sheetTooLarge") }, async ({ req, user, id }) => {
  const file = (await readForm(req)).get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: [text("api.chooseSheet")] });
  return importMembers(user, id, Buffer.from(await file.arrayBuffer()));
});
