import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { meetingPacket } from "@/lib/meetings/packet";
import { docxResponse, errorResponse } from "@/lib/http/responses";
import { isUuid } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const { id } = await ctx.params;
    if (!isUuid(id)) throw new AppError("NOT_FOUND");
    const file = await meetingPacket(user, id);
    return docxResponse(file);
  } catch (err) {
    return errorResponse(err);
  }
}
