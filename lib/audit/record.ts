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
export async function recordAudit(tx: Tx, actor: AuditActor, event: TAuditEvent, options: { at?: Date } = {}): Promise<void> {
  const parsed = ZAuditEvent.parse(event);
  await tx.auditEvent.create({
    data: {
      // Only the demo seed dates an event (its filings' stories happened on their own days); the chain
      // trigger hashes whatever time the row carries, so a dated event is verified like any other.
      ...(options.at ? { at: options.at } : {}),
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
