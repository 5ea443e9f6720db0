import { exportAuditLog } from "@/lib/audit/export-log";
import { attachmentResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// GET ?format=xlsx|csv&action=&actor=&from=&to= : the filtered audit log as a download (audit administrator).
// The role check, the strict reading of the filters (bad ones refused with 422) and the audit record of
// the export are in the data layer.
export const GET = authedDownload<Record<string, never>>([], async ({ req, user }) => {
  const url = new URL(req.url);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0]!;
  }
  const file = await exportAuditLog(user, query);
  return attachmentResponse(file.bytes, file.fileName, file.mimeType);
});
