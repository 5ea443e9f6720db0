import { AppError } from "@/lib/errors/app-error";
import { GENERATED, generateDocument, type GeneratedKind } from "@/lib/filing/generated-documents";
import { generatedResponse } from "@/lib/documents/pdf/respond";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// ?format=pdf: the same document as PDF where LibreOffice is installed.
export const GET = authedDownload<{ id: string; doc: string }>(["id"], async ({ req, user, params }) => {
  if (!Object.hasOwn(GENERATED, params.doc)) throw new AppError("NOT_FOUND");
  return generatedResponse(req, await generateDocument(user, params.id, params.doc as GeneratedKind));
});
