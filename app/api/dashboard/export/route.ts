import { exportDashboardTable } from "@/lib/dashboard/export-table";
import { attachmentResponse } from "@/lib/http/responses";
import { authedDownload } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// GET ?table=<name>&format=xlsx|csv&year=&industry=&city=&state= : one 统计分析 table as a download.
// The role check, filter parsing (unknown values refused) and the audit record are in the data layer.
export const GET = authedDownload<Record<string, never>>([], async ({ req, user }) => {
  const url = new URL(req.url);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0]!;
  }
  const file = await exportDashboardTable(user, query);
  return attachmentResponse(file.bytes, file.fileName, file.mimeType);
});
