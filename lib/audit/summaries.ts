import { z } from "../validation/zod";

// What each audit event carries, one schema per action, so the audit log can say in a sentence what
// happened (lib/audit/sentences.ts) instead of showing raw JSON. Changes travel as { field: { from, to } }
// with old and new values; personal data (phone, email) is masked by the writer before it gets here.
// Loose objects: a key a writer adds later is kept in the chained record, never stripped.

export const ZChange = z.object({ from: z.unknown(), to: z.unknown() });
export const ZChanges = z.record(z.string(), ZChange);
export type TChanges = z.infer<typeof ZChanges>;

const o = <S extends z.core.$ZodLooseShape>(shape: S) => z.looseObject(shape);
const empty = o({});
const allianceId = z.string();
const year = z.number().int();
const date = z.string(); // YYYY-MM-DD or an ISO time, as the writer had it
const sessionNo = z.string(); // 厅务会 session, e.g. "2026-03"

export const LOGIN_FAILURE_REASONS = ["UNKNOWN_USER", "WRONG_PASSWORD", "LOCKED", "DISABLED", "WRONG_TOTP", "TOTP_REPLAY", "RATE_LIMITED"] as const;

export const SUMMARIES = {
  "auth.login": o({ factors: z.number().int().optional() }),
  "auth.login_failed": o({ username: z.string(), reason: z.enum(LOGIN_FAILURE_REASONS) }),
  "auth.locked": o({ lockedUntil: date, failures: z.number().int() }),
  "auth.logout": empty,
  "user.created": o({ username: z.string(), roles: z.array(z.string()), divisionId: z.string().nullable(), organizationId: z.string().nullable() }),
  "user.updated": o({ changes: ZChanges }),
  "user.unlocked": o({ lockedUntil: date.nullable() }),
  "user.password_reset": empty,
  "user.password_changed": empty,
  "user.locale_changed": o({ locale: z.string() }),
  "user.totp_enrolled": empty,
  "user.totp_reset": o({ wasEnabled: z.boolean() }),
  // The three administrator duty accounts, set up and recovered by the deployment's owner on the server
  // (npm run admin:account, lib/users/*-duty-account.ts); operator: the server's account@host that ran the command.
  "user.duty_account_created": o({ username: z.string(), role: z.string(), operator: z.string().optional() }),
  "user.duty_password_reset": o({ username: z.string(), role: z.string(), operator: z.string().optional() }),
  "user.duty_totp_reset": o({ username: z.string(), role: z.string(), wasEnabled: z.boolean(), operator: z.string().optional() }),
  "user.duty_unlocked": o({
    username: z.string(),
    role: z.string(),
    lockedUntil: date.nullable(),
    failures: z.number().int(),
    addressRefusalsCleared: z.number().int(),
    operator: z.string().optional(),
  }),
  "system.seeded": o({ users: z.number(), organizations: z.number(), alliances: z.number() }),
  "alliance.created": o({ name: z.string(), intentId: z.string().nullable().optional() }),
  "alliance.refiled": o({
    name: z.string(),
    fromAllianceId: z.string(),
    fromVersionNo: z.number().int(),
    members: z.number().int(),
    documents: z.number().int(),
  }),
  "alliance.draft_saved": o({
    changed: z.array(z.string()),
    members: z.number().int(),
    newOrganizations: z.array(z.string()),
    // Which member units the save added, removed or edited (by credit code; edited ones with the fields), never their values.
    memberChanges: z
      .object({
        added: z.array(z.string()),
        removed: z.array(z.string()),
        updated: z.array(z.object({ creditCode: z.string(), fields: z.array(z.string()) })),
      })
      .optional(),
  }),
  "alliance.submitted": o({ versionNo: z.number().int(), state: z.string(), transition: z.string() }),
  "alliance.transitioned": o({
    transition: z.string(),
    label: z.string(),
    from: z.string(),
    to: z.string(),
    versionNo: z.number().int(),
    opinionId: z.string().optional(),
    number: z.string().optional(),
    sessionNo: sessionNo.optional(),
    outcome: z.string().optional(),
    note: z.string().optional(),
  }),
  "alliance.field_commented": o({ commentId: z.string(), fieldPath: z.string(), versionNo: z.number().int(), visibleToFiler: z.boolean() }),
  "alliance.field_comment_removed": o({ commentId: z.string(), fieldPath: z.string(), text: z.string() }),
  "meeting.created": o({ sessionNo, allianceIds: z.array(z.string()) }),
  "meeting.agenda_changed": o({ sessionNo: sessionNo.optional(), added: z.array(z.string()).optional(), removed: z.array(z.string()).optional() }),
  "meeting.closed": o({ sessionNo }),
  "objection.received": o({ objectionId: z.string(), number: z.string() }),
  "objection.handled": o({ objectionId: z.string() }),
  "settings.updated": o({ changes: ZChanges }),
  "calendar.day_set": o({ date, kind: z.string(), name: z.string(), from: o({ kind: z.string(), name: z.string() }).nullable() }),
  "calendar.day_removed": o({ date, kind: z.string(), name: z.string() }),
  "alliance.overdue_reminded": o({ state: z.string(), limitDays: z.number().int(), dueOn: date, count: z.number().int() }),
  "call.opened": o({ industry: z.string(), title: z.string(), deadline: date }),
  "call.closed": o({ title: z.string().optional() }),
  "intent.submitted": o({ callId: z.string(), organization: z.string() }),
  "intent.decided": o({ organization: z.string(), decision: z.string(), reason: z.string().nullable().optional() }),
  // Issue #17 item 8: a file of evidence for one of the lead-unit conditions 六（一）1-5.
  "intent.evidence_uploaded": o({
    callId: z.string(),
    organization: z.string(),
    condition: z.string(),
    clause: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    bytes: z.number(),
  }),
  "document.uploaded": o({ allianceId, kind: z.string(), versionNo: z.number().int(), fileName: z.string(), sha256: z.string(), bytes: z.number() }),
  "scheme.created": o({ year, title: z.string(), reportDue: date, indicators: z.array(z.string()) }),
  "scheme.updated": o({ changes: ZChanges }),
  // Corrections by the service center (issue 17 item 10): the record's old values and the reason, required.
  "scheme.deleted": o({ year, title: z.string(), reportDue: date, reason: z.string() }),
  "scheme.published": o({ year, reportDue: date, changes: ZChanges, notified: z.number().int() }),
  "scheme.results_published": o({
    year,
    results: z.number().int(),
    missingReports: z.number().int(),
    revocationsProposed: z.number().int(),
    changes: ZChanges,
    // Issue 17: why it could be published (after the due date, all covered reports in, or an early close with a reason)
    basis: z.enum(["DUE_PASSED", "ALL_HANDED_IN", "EARLY_CLOSE"]).optional(),
    earlyCloseReason: z.string().optional(),
  }),
  "report.draft_saved": o({ allianceId, year, changed: z.array(z.string()) }),
  "report.submitted": o({ allianceId, year, figures: z.unknown(), changes: ZChanges, versionNo: z.number().int().optional() }),
  "report.returned": o({
    allianceId,
    year,
    versionNo: z.number().int(),
    returnId: z.string(),
    correctionDue: date,
    comments: z.number().int(),
    changes: ZChanges,
  }),
  "report.return_reminders_sent": o({ year, threshold: z.number().int(), correctionDue: date }),
  "report.evidence_uploaded": o({ allianceId, year, documentId: z.string(), fileName: z.string(), sha256: z.string(), bytes: z.number() }),
  "report.evidence_removed": o({ allianceId, year, documentId: z.string(), title: z.string() }),
  "assessment.saved": o({ reportId: z.string(), allianceId, year, changes: ZChanges }),
  "revocation.proposed": o({ allianceId, years: z.array(year), basisAssessmentIds: z.array(z.string()) }),
  "revocation.confirmed": o({ allianceId, note: z.string(), changes: ZChanges }),
  "revocation.dismissed": o({ allianceId, note: z.string(), changes: ZChanges }),
  "reminders.sent": o({ year, threshold: z.union([z.string(), z.number()]), count: z.number().int() }),
  "membership.change_requested": o({
    allianceId,
    kind: z.string(),
    organizationId: z.string().nullable().optional(),
    name: z.string(),
    ruleResults: z.unknown(),
  }),
  "membership.change_decided": o({
    allianceId,
    kind: z.string(),
    name: z.string(),
    approved: z.boolean(),
    councilApprovedOn: z.string().nullable().optional(),
    councilResolution: z.string().nullable().optional(),
    flagged: z.boolean(),
  }),
  "membership.change_acknowledged": o({ allianceId, kind: z.string(), status: z.string(), ruleResults: z.unknown() }),
  // delivery "email" (issue #17 item 9): emailedTo is the member's contact address, masked by the writer.
  "member.confirm_link_issued": o({
    allianceId,
    organization: z.string(),
    expiresAt: date,
    delivery: z.enum(["link", "email"]).optional(),
    emailedTo: z.string().optional(),
    resend: z.boolean().optional(),
  }),
  "member.confirmed": o({ allianceId, figures: z.unknown().optional() }),
  "member.disputed": o({ allianceId, note: z.string().optional(), figures: z.unknown().optional() }),
  "council.term_reminded": o({ allianceId, termNo: z.number().int(), endsOn: date, daysLeft: z.number().int(), notified: z.number().int() }),
  "council.term_recorded": o({ allianceId, termNo: z.number().int(), startsOn: date, endsOn: date, seats: z.number().int(), r5: z.string() }),
  "charter.amended": o({ allianceId, versionNo: z.number().int(), fileName: z.string(), sha256: z.string(), approvedOn: date, approvedBy: z.string() }),
  "charter.version_withdrawn": o({
    allianceId,
    versionNo: z.number().int(),
    fileName: z.string(),
    sha256: z.string(),
    approvedOn: date,
    approvedBy: z.string(),
    reason: z.string(),
  }),
  "dissolution.vote_recorded": o({
    allianceId,
    votedOn: date,
    councilSize: z.number().int(),
    votesFor: z.number().int(),
    passed: z.boolean(),
    rule: z.string(),
  }),
  "dissolution.confirmed": o({ allianceId }),
  "activity.logged": o({ allianceId, kind: z.string(), title: z.string(), heldOn: date }),
  "activity.removed": o({ allianceId, title: z.string(), heldOn: date }),
  "project.recommended": o({ allianceId, year, title: z.string(), budget: z.string() }),
  "project.adopted": o({ allianceId, year, title: z.string() }),
  "project.adoption_undone": o({ allianceId, year, title: z.string(), adoptedAt: date, reason: z.string() }),
  "project.removed": o({ allianceId, year, title: z.string() }),
  "dashboard.exported": o({ table: z.string(), format: z.string(), filters: z.record(z.string(), z.unknown()), rows: z.number().int() }),
  "audit.exported": o({ format: z.enum(["xlsx", "csv"]), filters: z.string(), rows: z.number().int() }),
} as const;

export type SummaryOf<A extends keyof typeof SUMMARIES> = z.infer<(typeof SUMMARIES)[A]>;
