import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { env } from "@/lib/env";
import { filingCertificate } from "@/lib/review/certificate";
import { docxResponse, errorResponse } from "@/lib/http/responses";
import { isUuid } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const { id } = await ctx.params;
    if (!isUuid(id)) throw new AppError("NOT_FOUND");
    // The printed address must be the public one, not whatever Host header reached us.
    const base = env().PUBLIC_BASE_URL ?? env().NEXTAUTH_URL ?? new URL(req.url).origin;
    const file = await filingCertificate(user, id, base);
    return docxResponse(file);
  } catch (err) {
    return errorResponse(err);
  }
}
