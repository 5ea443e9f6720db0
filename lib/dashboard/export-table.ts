import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { PAGE_ROLES } from "../auth/nav";
import { toCsv, toXlsx } from "../export/table-export";
import { ZDashboardExportParams } from "../validation/dashboard";
import type { QueryInput } from "./filters";
import { loadDashboardTable } from "./load";
import { chinaDateStamp } from "./china-time";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_MIME = "text/csv; charset=utf-8";

export interface ExportedFile {
  bytes: Buffer;
  fileName: string;
  mimeType: string;
  rows: number;
}

/**
 * One dashboard table as .xlsx or .csv with the query's filters applied. The export leaves the system, so
 * who took which table with which filters is audited (dashboard.exported).
 */
export async function exportDashboardTable(user: SessionUser, query: QueryInput, now = new Date()): Promise<ExportedFile> {
  assertRole(user, PAGE_ROLES.dashboard);
  const params = ZDashboardExportParams.safeParse({ table: query.table, format: query.format });
  if (!params.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of params.error.issues) (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    throw new AppError("INVALID_INPUT", undefined, fieldErrors);
  }
  const { table: name, format } = params.data;
  const { table, filters } = await loadDashboardTable(user, name, query, now);
  const bytes = format === "xlsx" ? await toXlsx(table) : toCsv(table);
  await db().$transaction(async (tx) => {
    await recordAudit(tx, actorOf(user), {
      action: "dashboard.exported",
      entityType: "Dashboard",
      entityId: name,
      summary: { table: name, format, filters: { ...filters }, rows: table.rows.length },
    });
  });
  return { bytes, fileName: `${table.title}_${chinaDateStamp(now)}.${format}`, mimeType: format === "xlsx" ? XLSX_MIME : CSV_MIME, rows: table.rows.length };
}
