import { getEvidenceForDownload } from "@/lib/assessment/report-evidence";
import { attachmentResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedDownload<{ id: string; versionId: string }>(["id", "versionId"], async ({ user, params }) => {
  const file = await getEvidenceForDownload(user, params.id, params.versionId);
  return attachmentResponse(file.bytes, file.fileName, file.mimeType);
});
