import { headers } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors/app-error";
import { ATTACHMENT_KINDS, uploadAttachment } from "@/lib/filing/upload-attachment";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/uploads/check-upload";
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
    // Refuse oversized bodies before reading them.
    if (Number(h.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
      throw new AppError("INVALID_INPUT", undefined, { file: [UPLOAD_MESSAGES.TOO_LARGE] });
    }
    const form = await req.formData();
    const kind = ATTACHMENT_KINDS.find((k) => k === form.get("kind"));
    const file = form.get("file");
    if (!kind) throw new AppError("INVALID_INPUT", undefined, { kind: ["附件类型无效"] });
    if (!(file instanceof File)) throw new AppError("INVALID_INPUT", undefined, { file: ["请选择要上传的文件"] });
    if (file.size > MAX_UPLOAD_BYTES) throw new AppError("INVALID_INPUT", undefined, { file: [UPLOAD_MESSAGES.TOO_LARGE] });
    const bytes = Buffer.from(await file.arrayBuffer());
    const result = await uploadAttachment(user, { allianceId: id, kind, fileName: file.name, bytes });
    return Response.json({ ok: true, data: result });
  } catch (err) {
    return errorResponse(err);
  }
}
