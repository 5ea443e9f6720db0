import { headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors/app-error";
import { importMembers } from "@/lib/members/import-members";
import { MAX_SHEET_BYTES } from "@/lib/members/member-sheet";
import { errorResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const h = await headers();
    if (!isSameOrigin(h.get("origin"), h.get("x-forwarded-host") ?? h.get("host"))) throw new AppError("BAD_ORIGIN");
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const { id } = await ctx.params;
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("NOT_FOUND");
    if (Number(h.get("content-length") ?? 0) > MAX_SHEET_BYTES + 64 * 1024) throw new AppError("INVALID_INPUT", undefined, { file: ["表格文件超过 5 MB"] });
    const file = (await req.formData()).get("file");
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: ["请选择要导入的 Excel 文件"] });
    return Response.json({ ok: true, data: await importMembers(user, id, Buffer.from(await file.arrayBuffer())) });
  } catch (err) {
    return errorResponse(err);
  }
}
