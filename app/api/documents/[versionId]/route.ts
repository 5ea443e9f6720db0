import { getAttachmentForDownload } from "@/lib/filing/download-attachment";
import { attachmentResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedDownload<{ versionId: string }>(["versionId"], async ({ user, params }) => {
  const file = await getAttachmentForDownload(user, params.versionId);
  return attachmentResponse(file.bytes, file.fileName, file.mimeType);
});
