import { exportDashboardTable } from "@/lib/dashboard/export-table";
import { exportRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// GET ?table=<name>&format=xlsx|csv&year=&industry=&city=&state= : one 统计分析 table as a download.
export const GET = exportRoute(exportDashboardTable);
