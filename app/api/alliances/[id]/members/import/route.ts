import { AppError } from "@/lib/errors/app-error";
import { importMembers } from "@/lib/members/import-members";
import { MAX_SHEET_BYTES } from "@/lib/members/member-sheet";
import { authedUpload, readForm } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const POST = authedUpload({ maxBytes: MAX_SHEET_BYTES, tooLarge: "表格文件超过 5 MB" }, async ({ req, user, id }) => {
  const file = (await readForm(req)).get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: ["请选择要导入的 Excel 文件"] });
  return importMembers(user, id, Buffer.from(await file.arrayBuffer()));
});
