import { exportAuditLog } from "@/lib/audit/export-log";
import { exportRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

// GET ?format=xlsx|csv&action=&actor=&from=&to= : the filtered audit log as a download (audit administrator).
export const GET = exportRoute(exportAuditLog);
