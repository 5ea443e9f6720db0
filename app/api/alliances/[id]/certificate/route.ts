import { env } from "@/lib/env";
import { filingCertificate } from "@/lib/review/certificate";
import { docxResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedDownload<{ id: string }>(["id"], async ({ req, user, params }) => {
  // The printed address must be the public one, not whatever Host header reached us.
  const base = env().PUBLIC_BASE_URL ?? env().NEXTAUTH_URL ?? new URL(req.url).origin;
  return docxResponse(await filingCertificate(user, params.id, base));
});
