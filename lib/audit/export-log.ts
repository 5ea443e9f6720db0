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
import { currentLocale, text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";

export const AUDIT_EXPORT_MAX = 10_000;
const MIME = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;

type Row = ReturnType<typeof readable>;

/** The filters in words, for the sheet's second line (reader's language) and the audit record of the export (Chinese). */
function filterText(list: AuditListState): string {
  const f = list.filters;
  const part = (label: string, value: string | undefined) => value && text("audit.export.filter", { label, value });
  const group = (action: string) => ACTION_GROUPS.find((g) => `${GROUP_PREFIX}${g.key}` === action)?.label ?? "";
  const parts = [
    part(
      text("audit.action"),
      f.action && (f.action.startsWith(GROUP_PREFIX) ? text("audit.export.groupAll", { group: group(f.action) }) : actionLabel(f.action)),
    ),
    part(text("audit.actor"), f.actor),
    part(text("audit.from"), f.from),
    part(text("audit.to"), f.to),
    part(text("audit.list.objectType"), f.entityType),
    part(text("audit.entity"), f.entityId),
  ].filter(Boolean);
  return parts.join(text("audit.export.filterSep"));
}

/**
 * The filtered audit log as .xlsx or .csv, newest first, with the same sentences and names as the page.
 * A download is exact or refused: a parameter the page would ignore (bad date, unknown action) is refused
 * here with its reason in the reader's language (422), and a selection over the limit asks for a narrower range. The export
 * leaves the system, so it is itself audited (audit.exported) with its filters and row count.
 */
export async function exportAuditLog(user: SessionUser, raw: RawParams, now = new Date()) {
  assertRole(user, ["AUDIT_ADMIN"]);
  const format = raw.format === "xlsx" || raw.format === "csv" ? raw.format : null;
  const list = parseAuditParams({ ...raw, format: undefined, page: undefined });
  const fieldErrors: Record<string, string[]> = Object.fromEntries(Object.entries(list.problems).map(([k, m]) => [k, [m]]));
  if (!format) fieldErrors.format = [text("audit.export.formatInvalid")];
  // The page would read the first of two values; a download must not guess which one was meant.
  for (const [k, v] of Object.entries(raw)) if (Array.isArray(v)) fieldErrors[k] = [text("audit.export.oneValue")];
  if (!format || Object.keys(fieldErrors).length > 0) throw new AppError("INVALID_INPUT", undefined, fieldErrors);
  const where = auditWhere(list);
  const total = await db().auditEvent.count({ where });
  if (total > AUDIT_EXPORT_MAX) {
    throw new AppError("INVALID_INPUT", undefined, {
      _form: [text("audit.export.tooMany", { total: String(total), max: String(AUDIT_EXPORT_MAX) })],
    });
  }
  const events = await db().auditEvent.findMany({
    where,
    orderBy: AUDIT_LIST.orderBy({ sort: "time", dir: "desc" }),
    take: AUDIT_EXPORT_MAX,
    select: EVENT_FIELDS,
  });
  const book = await loadNameBook(events);
  const locale = currentLocale();
  const filters = filterText(list);
  // The record of the export keeps its filters in Chinese whatever the reader's language: stored summaries
  // are hashed into the audit chain and read back as they were written.
  const storedFilters = inLocale("zh-CN", () => filterText(list));
  const table: ExportTable<Row> = {
    title: text("audit.heading"),
    filters: filters || undefined,
    columns: [
      { header: text("audit.export.no"), value: (r) => r.id, width: 10 },
      {
        header: text("audit.time"),
        value: (r) => new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "medium", timeZone: "Asia/Shanghai", hour12: false }).format(r.at),
        width: 20,
      },
      { header: text("audit.actor"), value: (r) => r.actor, width: 16 },
      { header: text("audit.role"), value: (r) => r.roles, width: 18 },
      { header: text("audit.action"), value: (r) => r.actionLabel, width: 18 },
      { header: text("audit.entity"), value: (r) => r.object, width: 36 },
      { header: text("audit.summary"), value: (r) => r.sentence, width: 60 },
      { header: text("audit.ip"), value: (r) => r.ip, width: 16 },
    ],
    rows: events.map((e) => readable(e, book)),
  };
  const bytes = format === "xlsx" ? await toXlsx(table) : toCsv(table);
  await db().$transaction((tx) =>
    recordAudit(tx, actorOf(user), {
      action: "audit.exported",
      entityType: "AuditLog",
      entityId: null,
      summary: { format, filters: storedFilters, rows: events.length },
    }),
  );
  return { bytes, fileName: text("audit.export.fileName", { stamp: chinaDateStamp(now), format }), mimeType: MIME[format], rows: events.length };
}
