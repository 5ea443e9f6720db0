import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { assertRole, type SessionUser } from "../auth/session";
import { readPage, type RawParams } from "../paging/list-params";
import { ROLE_LABELS } from "../workflow/states";
import { AUDIT_ACTIONS } from "./events";
import { actionLabel, actionsOfGroup, type ActionGroupKey } from "./labels";
import { AUDIT_LIST, GROUP_PREFIX, beijingMidnight, parseAuditParams, type AuditListState } from "./audit-list";
import { describeEvent, type NameBook } from "./sentences";
import { objectLabel } from "./object-label";
import { loadNameBook } from "./names";
import { DEPLOYMENT_OWNER } from "../users/duty-account-common";
import { text } from "../i18n/text";

const AUDITORS = ["AUDIT_ADMIN"] as const;
/** The actor name recorded for the public (objections to a notice): stored data, not interface text. */
const PUBLIC_ACTOR = "公众"; // i18n-data

/** The where clause of a parsed audit query: the page, its total and the export read the same rows. */
export function auditWhere(list: AuditListState): Prisma.AuditEventWhereInput {
  const f = list.filters;
  const action = f.action?.startsWith(GROUP_PREFIX)
    ? { action: { in: actionsOfGroup(f.action.slice(GROUP_PREFIX.length) as ActionGroupKey, AUDIT_ACTIONS) } }
    : f.action
      ? { action: f.action }
      : {};
  return {
    AND: [
      action,
      f.actor ? { actorName: f.actor } : {},
      f.entityType ? { entityType: f.entityType } : {},
      f.entityId ? { entityId: f.entityId } : {},
      f.from ? { at: { gte: beijingMidnight(f.from) } } : {},
      f.to ? { at: { lt: beijingMidnight(f.to, 1) } } : {},
    ],
  };
}

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof EVENT_FIELDS }>;
export const EVENT_FIELDS = {
  id: true,
  at: true,
  actorId: true,
  actorName: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  ip: true,
} as const;

/** Role codes as recorded ("DIVISION_REVIEWER,SERVICE_CENTER") in words. */
export function roleNames(recorded: string | null): string {
  if (!recorded) return "";
  return recorded
    .split(",")
    .map((r) => (Object.hasOwn(ROLE_LABELS, r) ? ROLE_LABELS[r as keyof typeof ROLE_LABELS] : r))
    .join(text("audit.sentence.listSep"));
}

/** An event as the auditor reads it: who (account and roles in words), what (a sentence), to what (a name). */
export function readable(e: EventRow, book: NameBook) {
  return {
    id: e.id.toString(),
    at: e.at,
    actorId: e.actorId,
    actor: e.actorName === "system" ? text("audit.list.actorSystem") : e.actorName === PUBLIC_ACTOR ? text("audit.list.actorPublicName") : e.actorName,
    roles: roleNames(e.actorRole),
    action: e.action,
    actionLabel: actionLabel(e.action),
    object: objectLabel(e, book),
    sentence: describeEvent(e, book),
    ip: e.ip ?? "",
  };
}

/** Read-only browsing for the audit administrator: one page of the filtered log with its true total. */
export async function findAuditEvents(user: SessionUser, params: RawParams | AuditListState = {}) {
  assertRole(user, AUDITORS);
  const list = parseAuditParams(params);
  const where = auditWhere(list);
  const page = await readPage(
    list,
    () => db().auditEvent.count({ where }),
    ({ skip, take }) => db().auditEvent.findMany({ where, orderBy: AUDIT_LIST.orderBy(list), skip, take, select: EVENT_FIELDS }),
  );
  const book = await loadNameBook(page.rows);
  return { ...page, list, rows: page.rows.map((e) => readable(e, book)) };
}

/** The accounts the actor filter offers: staff (few) by name; filers are typed exactly, with the public and the system. */
export async function listAuditActors(user: SessionUser) {
  assertRole(user, AUDITORS);
  const staff = await db().user.findMany({
    where: { NOT: { roles: { equals: ["ENTERPRISE_FILER"] } } },
    orderBy: { username: "asc" },
    take: 500,
    select: { username: true, roles: true },
  });
  return [
    ...staff.map((s) => ({ value: s.username, label: text("audit.list.actorStaff", { username: s.username, roles: roleNames(s.roles.join(",")) }) })),
    { value: PUBLIC_ACTOR, label: text("audit.list.actorPublic") },
    { value: "system", label: text("audit.list.actorScheduler") },
    { value: DEPLOYMENT_OWNER, label: text("audit.list.actorDeploymentOwner") },
  ];
}
