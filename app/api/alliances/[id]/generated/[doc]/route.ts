import { AppError } from "@/lib/errors/app-error";
import { GENERATED, generateDocument, type GeneratedKind } from "@/lib/filing/generated-documents";
import { docxResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedDownload<{ id: string; doc: string }>(["id"], async ({ user, params }) => {
  if (!Object.hasOwn(GENERATED, params.doc)) throw new AppError("NOT_FOUND");
  return docxResponse(await generateDocument(user, params.id, params.doc as GeneratedKind));
});
