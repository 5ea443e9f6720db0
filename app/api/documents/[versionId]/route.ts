import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getAttachmentForDownload } from "@/lib/filing/download-attachment";
import { attachmentResponse, errorResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ versionId: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const { versionId } = await ctx.params;
    if (!/^[0-9a-f-]{36}$/i.test(versionId)) throw new AppError("NOT_FOUND");
    const file = await getAttachmentForDownload(user, versionId);
    return attachmentResponse(file.bytes, file.fileName, file.mimeType);
  } catch (err) {
    return errorResponse(err);
  }
}
