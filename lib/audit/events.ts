import { z } from "../validation/zod";

import { SUMMARIES } from "./summaries";

// Every audit event is one of these shapes: its action, the type of object it concerns and a summary typed
// per action (lib/audit/summaries.ts; old and new values travel in `changes`). A new action needs its
// summary schema here and its sentence in lib/audit/sentences.ts, or the type check fails.
type Action = keyof typeof SUMMARIES;

const ev = <A extends Action, E extends string, I extends z.ZodType = z.ZodString>(action: A, entityType: E, entityId?: I) =>
  z.object({ action: z.literal(action), entityType: z.literal(entityType), entityId: (entityId ?? z.string()) as I, summary: SUMMARIES[action] });

export const ZAuditEvent = z.discriminatedUnion("action", [
  ev("auth.login", "User"),
  ev("auth.login_failed", "User", z.string().nullable()),
  ev("auth.locked", "User"),
  ev("auth.logout", "User"),
  ev("user.created", "User"),
  ev("user.updated", "User"),
  ev("user.unlocked", "User"),
  ev("user.password_reset", "User"),
  ev("user.password_changed", "User"),
  ev("user.locale_changed", "User"),
  ev("user.totp_enrolled", "User"),
  ev("user.totp_reset", "User"),
  ev("user.duty_account_created", "User"),
  ev("user.duty_password_reset", "User"),
  ev("user.duty_totp_reset", "User"),
  ev("user.duty_unlocked", "User"),
  ev("system.seeded", "System", z.null()),
  ev("alliance.created", "Alliance"),
  ev("alliance.refiled", "Alliance"),
  ev("alliance.draft_saved", "Alliance"),
  ev("alliance.submitted", "Alliance"),
  ev("alliance.transitioned", "Alliance"),
  ev("alliance.field_commented", "Alliance"),
  ev("alliance.field_comment_removed", "Alliance"),
  ev("meeting.created", "Meeting"),
  ev("meeting.agenda_changed", "Meeting"),
  ev("meeting.closed", "Meeting"),
  ev("objection.received", "Filing"),
  ev("objection.handled", "Filing"),
  ev("settings.updated", "Setting"),
  ev("calendar.day_set", "CalendarDay"),
  ev("calendar.day_removed", "CalendarDay"),
  ev("alliance.overdue_reminded", "Alliance"),
  ev("call.opened", "Call"),
  ev("call.closed", "Call"),
  ev("intent.submitted", "LeadIntent"),
  ev("intent.decided", "LeadIntent"),
  ev("intent.evidence_uploaded", "LeadIntent"),
  ev("document.uploaded", "Document"),
  // 八 operation: annual assessment (八（四）)
  ev("scheme.created", "AssessmentScheme"),
  ev("scheme.updated", "AssessmentScheme"),
  ev("scheme.deleted", "AssessmentScheme"),
  ev("scheme.published", "AssessmentScheme"),
  ev("scheme.results_published", "AssessmentScheme"),
  ev("report.draft_saved", "AnnualReport"),
  ev("report.submitted", "AnnualReport"),
  ev("report.returned", "AnnualReport"),
  ev("report.return_reminders_sent", "AnnualReport"),
  ev("report.evidence_uploaded", "AnnualReport"),
  ev("report.evidence_removed", "AnnualReport"),
  ev("assessment.saved", "Assessment"),
  ev("revocation.proposed", "Revocation"),
  ev("revocation.confirmed", "Revocation"),
  ev("revocation.dismissed", "Revocation"),
  ev("reminders.sent", "AssessmentScheme"),
  // membership changes (附件2 第十七、十八条) and member confirmation
  ev("membership.change_requested", "MembershipChange"),
  ev("membership.change_decided", "MembershipChange"),
  ev("membership.change_acknowledged", "MembershipChange"),
  ev("member.confirm_link_issued", "Membership"),
  ev("member.confirmed", "Membership"),
  ev("member.disputed", "Membership"),
  // council, charter and dissolution (附件2 第十三、十九条，附件3 第十一条)
  ev("council.term_recorded", "CouncilTerm"),
  ev("council.term_reminded", "CouncilTerm"),
  ev("charter.amended", "Document"),
  ev("charter.version_withdrawn", "Document"),
  ev("dissolution.vote_recorded", "DissolutionVote"),
  ev("dissolution.confirmed", "DissolutionVote"),
  // activities and recommended projects (九（一）)
  ev("activity.logged", "Activity"),
  ev("activity.removed", "Activity"),
  ev("project.recommended", "RecommendedProject"),
  ev("project.adopted", "RecommendedProject"),
  ev("project.adoption_undone", "RecommendedProject"),
  ev("project.removed", "RecommendedProject"),
  // exports leave the system: who took which table or which part of the log, with which filters
  ev("dashboard.exported", "Dashboard"),
  ev("audit.exported", "AuditLog", z.null()),
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
