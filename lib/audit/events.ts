import { z } from "zod";

// Every audit event is one of these shapes; old and new values travel in `changes`.
const ZChange = z.object({ from: z.unknown(), to: z.unknown() });
const ZChanges = z.record(z.string(), ZChange);

const entity = <A extends string, E extends string>(action: A, entityType: E) =>
  z.object({ action: z.literal(action), entityType: z.literal(entityType), entityId: z.string(), summary: z.record(z.string(), z.unknown()) });

const user = (action: string) =>
  z.object({ action: z.literal(action), entityType: z.literal("User"), entityId: z.string(), summary: z.record(z.string(), z.unknown()) });

export const ZAuditEvent = z.discriminatedUnion("action", [
  user("auth.login"),
  z.object({
    action: z.literal("auth.login_failed"),
    entityType: z.literal("User"),
    entityId: z.string().nullable(),
    summary: z.object({ username: z.string(), reason: z.enum(["UNKNOWN_USER", "WRONG_PASSWORD", "LOCKED", "DISABLED"]) }),
  }),
  user("auth.locked"),
  user("auth.logout"),
  user("user.created"),
  z.object({ action: z.literal("user.updated"), entityType: z.literal("User"), entityId: z.string(), summary: z.object({ changes: ZChanges }) }),
  user("user.unlocked"),
  user("user.password_reset"),
  user("user.password_changed"),
  z.object({ action: z.literal("system.seeded"), entityType: z.literal("System"), entityId: z.null(), summary: z.record(z.string(), z.unknown()) }),
  entity("alliance.created", "Alliance"),
  entity("alliance.draft_saved", "Alliance"),
  entity("alliance.submitted", "Alliance"),
  entity("alliance.transitioned", "Alliance"),
  entity("alliance.field_commented", "Alliance"),
  entity("alliance.field_comment_removed", "Alliance"),
  entity("meeting.created", "Meeting"),
  entity("meeting.agenda_changed", "Meeting"),
  entity("meeting.closed", "Meeting"),
  entity("objection.received", "Filing"),
  entity("objection.handled", "Filing"),
  entity("settings.updated", "Setting"),
  entity("call.opened", "Call"),
  entity("call.closed", "Call"),
  entity("intent.submitted", "LeadIntent"),
  entity("intent.decided", "LeadIntent"),
  entity("document.uploaded", "Document"),
]);

export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export type TAuditAction = TAuditEvent["action"];

/** Only the fields that differ, as { field: { from, to } }. */
export function changesOf<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(after)) {
    const from = before[k];
    if (JSON.stringify(from) !== JSON.stringify(to)) out[k] = { from, to };
  }
  return out;
}

/** Every action name, for filters and labels. */
export const AUDIT_ACTIONS: readonly TAuditAction[] = ZAuditEvent.options.map((o) => o.shape.action.value);
