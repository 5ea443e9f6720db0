import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { GENERATED, generateDocument, type GeneratedKind } from "@/lib/filing/generated-documents";
import { docxResponse, errorResponse } from "@/lib/http/responses";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string; doc: string }> }) {
  try {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const { id, doc } = await ctx.params;
    if (!/^[0-9a-f-]{36}$/i.test(id) || !(doc in GENERATED)) throw new AppError("NOT_FOUND");
    const file = await generateDocument(user, id, doc as GeneratedKind);
    return docxResponse(file);
  } catch (err) {
    return errorResponse(err);
  }
}
