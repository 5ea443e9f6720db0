import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { toCsv, toXlsx, type ExportTable } from "../export/table-export";
import { chinaDateStamp } from "../dashboard/china-time";
import type { RawParams } from "../paging/list-params";
import { AUDIT_LIST, GROUP_PREFIX, parseAuditParams, type AuditListState } from "./audit-list";
import { EVENT_FIELDS, auditWhere, readable } from "./find-events";
import { ACTION_GROUPS, actionLabel } from "./labels";
import { loadNameBook } from "./names";
import { recordAudit } from "./record";

export const AUDIT_EXPORT_MAX = 10_000;
const MIME = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;

type Row = ReturnType<typeof readable>;

/** The filters in words, for the sheet's second line and the audit record of the export. */
function filterText(list: AuditListState): string {
  const f = list.filters;
  const parts = [
    f.action &&
      `操作：${f.action.startsWith(GROUP_PREFIX) ? `${ACTION_GROUPS.find((g) => `${GROUP_PREFIX}${g.key}` === f.action)?.label ?? ""}（全部）` : actionLabel(f.action)}`,
    f.actor && `操作人：${f.actor}`,
    f.from && `起始日期：${f.from}`,
    f.to && `截止日期：${f.to}`,
    f.entityType && `对象类型：${f.entityType}`,
    f.entityId && `对象：${f.entityId}`,
  ].filter(Boolean);
  return parts.join("；");
}

/**
 * The filtered audit log as .xlsx or .csv, newest first, with the same sentences and names as the page.
 * A download is exact or refused: a parameter the page would ignore (bad date, unknown action) is refused
 * here with its Chinese reason (422), and a selection over the limit asks for a narrower range. The export
 * leaves the system, so it is itself audited (audit.exported) with its filters and row count.
 */
export async function exportAuditLog(user: SessionUser, raw: RawParams, now = new Date()) {
  assertRole(user, ["AUDIT_ADMIN"]);
  const format = raw.format === "xlsx" || raw.format === "csv" ? raw.format : null;
  const list = parseAuditParams({ ...raw, format: undefined, page: undefined });
  const fieldErrors: Record<string, string[]> = Object.fromEntries(Object.entries(list.problems).map(([k, m]) => [k, [m]]));
  if (!format) fieldErrors.format = ["导出格式只能是 xlsx 或 csv"];
  // The page would read the first of two values; a download must not guess which one was meant.
  for (const [k, v] of Object.entries(raw)) if (Array.isArray(v)) fieldErrors[k] = ["该查询条件只能填写一个值"];
  if (!format || Object.keys(fieldErrors).length > 0) throw new AppError("INVALID_INPUT", undefined, fieldErrors);
  const where = auditWhere(list);
  const total = await db().auditEvent.count({ where });
  if (total > AUDIT_EXPORT_MAX) {
    throw new AppError("INVALID_INPUT", undefined, {
      _form: [`符合条件的审计记录有 ${total} 条，超过单次导出上限 ${AUDIT_EXPORT_MAX} 条，请缩小时间范围或选择具体操作后再导出`],
    });
  }
  const events = await db().auditEvent.findMany({
    where,
    orderBy: AUDIT_LIST.orderBy({ sort: "time", dir: "desc" }),
    take: AUDIT_EXPORT_MAX,
    select: EVENT_FIELDS,
  });
  const book = await loadNameBook(events);
  const filters = filterText(list);
  const table: ExportTable<Row> = {
    title: "审计日志",
    filters: filters || undefined,
    columns: [
      { header: "序号", value: (r) => r.id, width: 10 },
      {
        header: "时间",
        value: (r) => new Intl.DateTimeFormat("zh-CN", { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Shanghai", hour12: false }).format(r.at),
        width: 20,
      },
      { header: "操作人", value: (r) => r.actor, width: 16 },
      { header: "角色", value: (r) => r.roles, width: 18 },
      { header: "操作", value: (r) => r.actionLabel, width: 18 },
      { header: "对象", value: (r) => r.object, width: 36 },
      { header: "内容", value: (r) => r.sentence, width: 60 },
      { header: "IP 地址", value: (r) => r.ip, width: 16 },
    ],
    rows: events.map((e) => readable(e, book)),
  };
  const bytes = format === "xlsx" ? await toXlsx(table) : toCsv(table);
  await db().$transaction((tx) =>
    recordAudit(tx, actorOf(user), { action: "audit.exported", entityType: "AuditLog", entityId: null, summary: { format, filters, rows: events.length } }),
  );
  return { bytes, fileName: `审计日志_${chinaDateStamp(now)}.${format}`, mimeType: MIME[format], rows: events.length };
}
