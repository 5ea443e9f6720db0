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
    summary: z.object({ username: z.string(), reason: z.enum(["UNKNOWN_USER", "WRONG_PASSWORD", "LOCKED", "DISABLED", "WRONG_TOTP", "TOTP_REPLAY", "RATE_LIMITED"]) }),
  }),
  user("auth.locked"),
  user("auth.logout"),
  user("user.created"),
  z.object({ action: z.literal("user.updated"), entityType: z.literal("User"), entityId: z.string(), summary: z.object({ changes: ZChanges }) }),
  user("user.unlocked"),
  user("user.password_reset"),
  user("user.password_changed"),
  user("user.totp_enrolled"),
  user("user.totp_reset"),
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
  // 八 operation: annual assessment (八（四）)
  entity("scheme.created", "AssessmentScheme"),
  entity("scheme.updated", "AssessmentScheme"),
  entity("scheme.published", "AssessmentScheme"),
  entity("scheme.results_published", "AssessmentScheme"),
  entity("report.draft_saved", "AnnualReport"),
  entity("report.submitted", "AnnualReport"),
  entity("report.evidence_uploaded", "AnnualReport"),
  entity("report.evidence_removed", "AnnualReport"),
  entity("assessment.saved", "Assessment"),
  entity("revocation.proposed", "Revocation"),
  entity("revocation.confirmed", "Revocation"),
  entity("revocation.dismissed", "Revocation"),
  entity("reminders.sent", "AssessmentScheme"),
  // membership changes (附件2 第十七、十八条) and member confirmation
  entity("membership.change_requested", "MembershipChange"),
  entity("membership.change_decided", "MembershipChange"),
  entity("membership.change_acknowledged", "MembershipChange"),
  entity("member.confirm_link_issued", "Membership"),
  entity("member.confirmed", "Membership"),
  entity("member.disputed", "Membership"),
  // council, charter and dissolution (附件2 第十三、十九条，附件3 第十一条)
  entity("council.term_recorded", "CouncilTerm"),
  entity("charter.amended", "Document"),
  entity("dissolution.vote_recorded", "DissolutionVote"),
  entity("dissolution.confirmed", "DissolutionVote"),
  // activities and recommended projects (九（一）)
  entity("activity.logged", "Activity"),
  entity("activity.removed", "Activity"),
  entity("project.recommended", "RecommendedProject"),
  entity("project.adopted", "RecommendedProject"),
  entity("project.removed", "RecommendedProject"),
  // oversight exports leave the system: who took which table with which filters
  entity("dashboard.exported", "Dashboard"),
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
