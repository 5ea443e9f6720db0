import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { ZAuditEvent, type TAuditEvent } from "./events";

export interface AuditActor {
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  ip: string | null;
}

/**
 * Writes the audit event inside the caller's transaction, so a change and its record
 * commit together; if this insert fails, the change is rolled back with it.
 */
export async function recordAudit(tx: Tx, actor: AuditActor, event: TAuditEvent): Promise<void> {
  const parsed = ZAuditEvent.parse(event);
  await tx.auditEvent.create({
    data: {
      actorId: actor.actorId,
      actorName: actor.actorName,
      actorRole: actor.actorRole,
      ip: actor.ip,
      action: parsed.action,
      entityType: parsed.entityType,
      entityId: parsed.entityId,
      summary: parsed.summary as Prisma.InputJsonValue,
    },
  });
}
