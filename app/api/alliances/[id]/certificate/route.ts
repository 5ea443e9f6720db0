import { configuredPublicBase, filingCertificate } from "@/lib/review/certificate";
import { generatedResponse } from "@/lib/documents/pdf/respond";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// The printed address is the configured public one, never whatever Host header reached us.
// ?format=pdf: the same certificate as PDF where LibreOffice is installed.
export const GET = authedDownload<{ id: string }>(["id"], async ({ req, user, params }) =>
  generatedResponse(req, await filingCertificate(user, params.id, configuredPublicBase())),
);
