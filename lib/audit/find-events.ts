import "server-only";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { assertRole, type SessionUser } from "../auth/session";

export interface AuditFilter {
  action?: string;
  actor?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Read-only browsing for the audit administrator; nothing in the portal edits or deletes events. */
export async function findAuditEvents(user: SessionUser, f: AuditFilter) {
  assertRole(user, ["AUDIT_ADMIN"]);
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      f.action ? { action: f.action } : {},
      f.actor ? { actorName: { contains: f.actor, mode: "insensitive" } } : {},
      f.entityType ? { entityType: f.entityType } : {},
      f.entityId ? { entityId: f.entityId } : {},
      f.from ? { at: { gte: f.from } } : {},
      f.to ? { at: { lt: f.to } } : {},
    ],
  };
  const page = Math.max(1, f.page ?? 1);
  const [rows, total] = await Promise.all([
    db().auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db().auditEvent.count({ where }),
  ]);
  return { rows, total, page };
}
