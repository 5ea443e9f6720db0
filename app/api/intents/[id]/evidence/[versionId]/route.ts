import { getIntentEvidenceForDownload } from "@/lib/calls/intent-evidence";
import { attachmentResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

/** A file of an intent's evidence, for its enterprise and the staff who see the call (issue #17 item 8). */
export const GET = authedDownload<{ id: string; versionId: string }>(["id", "versionId"], async ({ user, params }) => {
  const file = await getIntentEvidenceForDownload(user, params.id, params.versionId);
  return attachmentResponse(file.bytes, file.fileName, file.mimeType);
});
