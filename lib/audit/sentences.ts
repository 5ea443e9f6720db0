// Each audit event as a sentence for the auditor, in the reader's language (audit.sentence in the catalogue,
// read when the log is shown): what was done, to what, with old and new values for changes. Pure: the event
// and a book of object names in, text out (page and export use the same). The stored summary stays as written.
// The summary is read with its action's schema; an event written before that schema existed still shows
// its action's name and its content, masked. Free text from users is masked for personal data and cut short.
import type { z } from "zod";
import type { TAuditAction } from "./events";
import { SUMMARIES, type TChanges } from "./summaries";
import { actionLabel } from "./labels";
import { STATE_LABELS, ROLE_LABELS } from "../workflow/states";
import { GRADE_LABELS } from "../assessment/scheme";
import { commentPathLabel } from "../review/comment-paths";
import { redactPersonalData } from "../privacy/redact";
import { maskEmail } from "../privacy/mask";
import { currentLocale, text } from "../i18n/text";
import { recordedTransitionLabel } from "../workflow/transitions";
import type { Messages } from "../i18n/catalogue";

/** Names of the objects events point at, looked up once per page (lib/audit/names.ts). */
export interface NameBook {
  alliances: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  divisions: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
  schemes: ReadonlyMap<string, string>;
  filings: ReadonlyMap<string, string>;
}

export const EMPTY_BOOK: NameBook = {
  alliances: new Map(),
  users: new Map(),
  divisions: new Map(),
  organizations: new Map(),
  schemes: new Map(),
  filings: new Map(),
};

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: unknown;
}

type SummaryMap = { [A in TAuditAction]: z.infer<(typeof SUMMARIES)[A]> };
type Sentence<A extends TAuditAction> = (s: SummaryMap[A], e: AuditRow, book: NameBook) => string;
// The schemas seen as a map over the same keys as SENTENCES, so one generic action correlates a schema with its sentence.
const SCHEMAS: { [A in TAuditAction]: z.ZodType<SummaryMap[A]> } = SUMMARIES;
type Values = Record<string, string | number>;
/** A sentence piece from the catalogue (audit.sentence), typed by its key. */
const w = (key: keyof Messages["audit"]["sentence"], values?: Values) => text(`audit.sentence.${key}`, values);
const isOf = <C extends string>(codes: readonly C[], v: string): v is C => (codes as readonly string[]).includes(v);
const yes = (v: unknown) => (v ? "yes" : "no");

const cut = (v: string, n = 60) => ([...v].length > n ? `${[...v].slice(0, n).join("")}…` : v);
/** User-typed text: personal data masked, cut to a readable length, quoted. */
const txt = (v: string | null | undefined, n = 60) => `“${cut(redactPersonalData((v ?? "").replace(/\s+/g, " ").trim()), n)}”`;
const alliance = (id: string, b: NameBook) => `“${b.alliances.get(id) ?? w("goneAlliance")}”`;
const state = (s: string) => (Object.hasOwn(STATE_LABELS, s) ? STATE_LABELS[s as keyof typeof STATE_LABELS] : s);
const list = (xs: readonly string[]) => xs.join(w("listSep"));
const roles = (rs: unknown) =>
  Array.isArray(rs) ? list(rs.map((r) => (Object.hasOwn(ROLE_LABELS, String(r)) ? ROLE_LABELS[r as keyof typeof ROLE_LABELS] : String(r)))) : "";
/** The server account that ran an administrator-account command (lib/cli/admin-account.ts). */
const operator = (v: string | undefined) => (v ? w("operator", { account: txt(v, 60) }) : "");
const bytes = (n: number) => (n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
const day = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}/.test(iso)
    ? w("date", { y: String(Number(iso.slice(0, 4))), m: String(Number(iso.slice(5, 7))), d: String(Number(iso.slice(8, 10))), iso: iso.slice(0, 10) })
    : iso;
const time = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : `${day(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d))} ${new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false }).format(d)}`;
};

const LOGIN_REASONS = ["UNKNOWN_USER", "WRONG_PASSWORD", "LOCKED", "DISABLED", "WRONG_TOTP", "TOTP_REPLAY", "RATE_LIMITED"] as const;
const DOCS = ["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN", "INTENT_EVIDENCE", "ANNUAL_EVIDENCE", "OTHER"] as const;
const STATUS = ["DRAFT", "PUBLISHED", "FROZEN", "SUBMITTED", "ASSESSED", "PROPOSED", "CONFIRMED", "DISMISSED", "PENDING", "APPROVED", "REJECTED"] as const;
/** The fields a change may name, in the form's order (audit.fields in the catalogue). */
const FIELDS = [
  "displayName",
  "roles",
  "divisionId",
  "organizationId",
  "phone",
  "email",
  "active",
  "serviceDays.DIVISION_REVIEW",
  "serviceDays.FORM_REVIEW",
  "serviceDays.MEETING",
  "serviceDays.FILING",
  "noticeDays",
  "auditRetentionDays",
  "year",
  "title",
  "reportDue",
  "indicators",
  "gradeBands",
  "status",
  "score",
  "grade",
] as const;
type Field = (typeof FIELDS)[number];
const isField = (k: string): k is Field => isOf(FIELDS, k);
const fieldLabel = (k: string) => (isField(k) ? text(`audit.fields.${k}`) : k);
const status = (v: string) => (isOf(STATUS, v) ? text(`audit.statuses.${v}`) : v);

function value(field: string, v: unknown, b: NameBook): string {
  if (v === null || v === undefined || v === "") return w("empty");
  if (field === "roles") return roles(v) || w("none");
  if (field === "divisionId") return b.divisions.get(String(v)) ?? w("goneDivision");
  if (field === "organizationId") return b.organizations.get(String(v)) ?? w("goneOrganization");
  if (field === "active") return v ? w("enabled") : w("disabled");
  if (field === "grade" && Object.hasOwn(GRADE_LABELS, String(v))) return GRADE_LABELS[v as keyof typeof GRADE_LABELS];
  if (field === "status" && isOf(STATUS, String(v))) return status(String(v));
  if (typeof v === "boolean") return v ? w("yes") : w("no");
  if (Array.isArray(v)) return w("itemCount", { n: v.length });
  if (typeof v === "object") return w("settingCount", { n: Object.keys(v).length });
  return cut(redactPersonalData(String(v)), 40);
}

const rank = (k: string) => (isField(k) ? FIELDS.indexOf(k) : FIELDS.length);

/** "角色由“A”改为“B”；联系电话由“（空）”改为“138****5678”", in the form's order (jsonb keeps its own key order). */
export function describeChanges(changes: TChanges, b: NameBook): string {
  return Object.entries(changes)
    .sort(([a], [c]) => rank(a) - rank(c))
    .map(([k, c]) => {
      const from = value(k, c.from, b);
      const to = value(k, c.to, b);
      const field = fieldLabel(k);
      return from === to ? w("fieldChanged", { field }) : w("fieldChangedFromTo", { field, from, to });
    })
    .join(w("changeSep"));
}

const memberChanges = (m: { added: string[]; removed: string[]; updated: unknown[] } | undefined) => {
  const parts = m
    ? (
        [
          ["membersAdded", m.added.length],
          ["membersRemoved", m.removed.length],
          ["membersUpdated", m.updated.length],
        ] as const
      ).filter(([, n]) => n)
    : [];
  return parts.length ? w("memberChanges", { list: list(parts.map(([key, n]) => w(key, { n }))) }) : "";
};
const ch = (c: TChanges, b: NameBook) => (Object.keys(c).length ? w("withChanges", { changes: describeChanges(c, b) }) : "");
const duty = (s: { role: string; username: string }) => ({ role: roles([s.role]), username: txt(s.username, 40) });

export const SENTENCES: { [A in TAuditAction]: Sentence<A> } = {
  "auth.login": (s) => (s.factors === 2 ? w("loginTwoFactor") : w("login")),
  "auth.login_failed": (s) =>
    w("loginFailed", { username: txt(s.username, 40), reason: isOf(LOGIN_REASONS, s.reason) ? text(`audit.loginReasons.${s.reason}`) : s.reason }),
  "auth.locked": (s) => w("locked", { failures: s.failures, until: time(s.lockedUntil) }),
  "auth.logout": () => w("logout"),
  "user.created": (s, _e, b) =>
    w("userCreated", {
      username: txt(s.username, 40),
      roles: roles(s.roles),
      division: s.divisionId ? w("userCreatedDivision", { name: value("divisionId", s.divisionId, b) }) : "",
      organization: s.organizationId ? w("userCreatedOrganization", { name: value("organizationId", s.organizationId, b) }) : "",
    }),
  "user.updated": (s, _e, b) => w("userUpdated", { changes: ch(s.changes, b) }),
  "user.unlocked": (s) => (s.lockedUntil ? w("unlockedWasUntil", { until: time(s.lockedUntil) }) : w("unlocked")),
  "user.password_reset": () => w("passwordReset"),
  "user.password_changed": () => w("passwordChanged"),
  "user.locale_changed": (s) => w("localeChanged", { locale: s.locale === "en" ? "en" : "zh" }),
  "user.totp_enrolled": () => w("totpEnrolled"),
  "user.totp_reset": (s) => (s.wasEnabled ? w("totpReset") : w("totpResetNotEnabled")),
  "user.duty_account_created": (s) => w("dutyAccountCreated", { ...duty(s), operator: operator(s.operator) }),
  "user.duty_password_reset": (s) => w("dutyPasswordReset", { ...duty(s), operator: operator(s.operator) }),
  "user.duty_totp_reset": (s) =>
    w("dutyTotpReset", { ...duty(s), outcome: s.wasEnabled ? w("dutyTotpWasEnabled") : w("dutyTotpNotEnabled"), operator: operator(s.operator) }),
  "user.duty_unlocked": (s) =>
    w("dutyUnlocked", {
      ...duty(s),
      until: s.lockedUntil ? w("dutyUnlockedWasUntil", { until: time(s.lockedUntil) }) : "",
      failures: s.failures ? w("dutyFailuresCleared", { n: s.failures }) : "",
      refusals: s.addressRefusalsCleared ? w("dutyRefusalsCleared", { n: s.addressRefusalsCleared }) : "",
      operator: operator(s.operator),
    }),
  "system.seeded": (s) => w("seeded", { users: s.users, organizations: s.organizations, alliances: s.alliances }),
  "alliance.created": (s) => w("allianceCreated", { name: txt(s.name) }),
  "alliance.refiled": (s) => w("refiled", { versionNo: s.fromVersionNo, name: txt(s.name), members: s.members, documents: s.documents }),
  "alliance.draft_saved": (s) =>
    w("draftSaved", {
      fields: list(s.changed.map((f) => commentPathLabel(f))) || w("noFields"),
      members: s.members,
      memberChanges: memberChanges(s.memberChanges),
      newOrganizations: s.newOrganizations.length ? w("newOrganizations", { n: s.newOrganizations.length }) : "",
    }),
  "alliance.submitted": (s) => w("submitted", { versionNo: s.versionNo, state: state(s.state) }),
  "alliance.transitioned": (s) =>
    w("transitioned", {
      label: recordedTransitionLabel(s),
      from: state(s.from),
      to: state(s.to),
      versionNo: s.versionNo,
      number: s.number ? w("filingNumber", { number: s.number }) : "",
      session: s.sessionNo ? w("meetingSession", { sessionNo: s.sessionNo }) : "",
    }),
  "alliance.field_commented": (s) => w("fieldCommented", { field: commentPathLabel(s.fieldPath), visible: yes(s.visibleToFiler), versionNo: s.versionNo }),
  "alliance.field_comment_removed": (s) => w("fieldCommentRemoved", { field: commentPathLabel(s.fieldPath), text: txt(s.text) }),
  "meeting.created": (s) => w("meetingCreated", { sessionNo: s.sessionNo, count: s.allianceIds.length }),
  "meeting.agenda_changed": (s) =>
    w("agendaChanged", {
      session: s.sessionNo ? ` ${s.sessionNo}` : "",
      added: s.added?.length ? w("agendaAdded", { n: s.added.length }) : "",
      removed: s.removed?.length ? w("agendaRemoved", { n: s.removed.length }) : "",
    }),
  "meeting.closed": (s) => w("meetingClosed", { sessionNo: s.sessionNo }),
  "objection.received": (s) => w("objectionReceived", { number: s.number }),
  "objection.handled": () => w("objectionHandled"),
  "calendar.day_set": (s) =>
    w("calendarDaySet", { changed: yes(s.from), date: day(s.date), kind: s.kind === "WORKDAY" ? "WORKDAY" : "HOLIDAY", name: txt(s.name) }),
  "alliance.overdue_reminded": (s) => w("overdueReminded", { limitDays: s.limitDays, dueOn: day(s.dueOn), count: s.count }),
  "calendar.day_removed": (s) => w("calendarDayRemoved", { date: day(s.date), name: txt(s.name) }),
  "settings.updated": (s, e, b) => w("settingsUpdated", { which: e.entityId === "security" ? "security" : "workflow", changes: ch(s.changes, b) }),
  "call.opened": (s) => w("callOpened", { title: txt(s.title), deadline: day(s.deadline) }),
  "call.closed": (s) => w("callClosed", { title: s.title ? ` ${txt(s.title)}` : "" }),
  "intent.submitted": (s) => w("intentSubmitted", { organization: txt(s.organization) }),
  "intent.evidence_uploaded": (s) => w("intentEvidenceUploaded", { organization: txt(s.organization), clause: s.clause, fileName: txt(s.fileName) }),
  "intent.decided": (s) =>
    w("intentDecided", {
      decision: s.decision === "QUALIFIED" ? "QUALIFIED" : "OTHER",
      organization: txt(s.organization),
      reason: s.reason ? w("withReason", { reason: txt(s.reason) }) : "",
    }),
  "document.uploaded": (s, _e, b) =>
    w("documentUploaded", {
      alliance: alliance(s.allianceId, b),
      kind: isOf(DOCS, s.kind) ? text(`audit.documentKinds.${s.kind}`) : s.kind,
      versionNo: s.versionNo,
      fileName: txt(s.fileName),
      size: bytes(s.bytes),
    }),
  "scheme.created": (s) => w("schemeCreated", { year: s.year, title: txt(s.title), indicators: s.indicators.length, reportDue: day(s.reportDue) }),
  "scheme.updated": (s, _e, b) => w("schemeUpdated", { changes: ch(s.changes, b) }),
  "scheme.deleted": (s) => w("schemeDeleted", { year: s.year, title: txt(s.title), reportDue: day(s.reportDue), reason: txt(s.reason) }),
  "scheme.published": (s) => w("schemePublished", { year: s.year, reportDue: day(s.reportDue), notified: s.notified }),
  "scheme.results_published": (s) =>
    w("resultsPublished", {
      year: s.year,
      results: s.results,
      missingReports: s.missingReports,
      revocationsProposed: s.revocationsProposed,
      basis:
        s.basis === "EARLY_CLOSE"
          ? w("resultsEarlyClose", { reason: txt(s.earlyCloseReason ?? "") })
          : s.basis === "ALL_HANDED_IN"
            ? w("resultsAllHandedIn")
            : "",
    }),
  "report.draft_saved": (s, _e, b) =>
    w("reportDraftSaved", {
      alliance: alliance(s.allianceId, b),
      year: s.year,
      changed: s.changed.length ? w("reportChangedCount", { n: s.changed.length }) : "",
    }),
  "report.submitted": (s, _e, b) =>
    w("reportSubmitted", {
      resubmitted: yes(s.versionNo && s.versionNo > 1),
      alliance: alliance(s.allianceId, b),
      year: s.year,
      version: s.versionNo ? w("reportVersion", { versionNo: s.versionNo }) : "",
    }),
  "report.returned": (s, _e, b) =>
    w("reportReturned", {
      alliance: alliance(s.allianceId, b),
      year: s.year,
      versionNo: s.versionNo,
      comments: s.comments ? w("reportReturnComments", { n: s.comments }) : "",
      correctionDue: day(s.correctionDue),
    }),
  "report.return_reminders_sent": (s) => w("returnRemindersSent", { year: s.year, threshold: s.threshold, correctionDue: day(s.correctionDue) }),
  "report.evidence_uploaded": (s, _e, b) =>
    w("reportEvidenceUploaded", { alliance: alliance(s.allianceId, b), year: s.year, fileName: txt(s.fileName), size: bytes(s.bytes) }),
  "report.evidence_removed": (s, _e, b) => w("reportEvidenceRemoved", { alliance: alliance(s.allianceId, b), year: s.year, title: txt(s.title) }),
  "assessment.saved": (s, _e, b) => w("assessmentSaved", { alliance: alliance(s.allianceId, b), year: s.year, changes: ch(s.changes, b) }),
  "revocation.proposed": (s, _e, b) => w("revocationProposed", { years: list(s.years.map(String)), alliance: alliance(s.allianceId, b) }),
  "revocation.confirmed": (s, _e, b) => w("revocationConfirmed", { alliance: alliance(s.allianceId, b), note: txt(s.note) }),
  "revocation.dismissed": (s, _e, b) => w("revocationDismissed", { alliance: alliance(s.allianceId, b), note: txt(s.note) }),
  "reminders.sent": (s) =>
    w("remindersSent", { year: s.year, threshold: typeof s.threshold === "number" ? w("daysAhead", { n: s.threshold }) : s.threshold, count: s.count }),
  "membership.change_requested": (s, _e, b) => w("changeRequested", { name: txt(s.name), kind: s.kind, alliance: alliance(s.allianceId, b) }),
  "membership.change_decided": (s, _e, b) =>
    w("changeDecided", {
      approved: yes(s.approved),
      name: txt(s.name),
      kind: s.kind,
      alliance: alliance(s.allianceId, b),
      on: s.councilApprovedOn ? w("councilOn", { date: day(s.councilApprovedOn) }) : "",
      flagged: s.flagged ? w("changeFlagged") : "",
    }),
  "membership.change_acknowledged": (s, _e, b) => w("changeAcknowledged", { alliance: alliance(s.allianceId, b), kind: s.kind, status: status(s.status) }),
  "member.confirm_link_issued": (s, _e, b) => {
    const v = { organization: txt(s.organization), alliance: alliance(s.allianceId, b), expiresAt: time(s.expiresAt) };
    return s.emailedTo ? w("confirmLinkEmailed", { ...v, resend: yes(s.resend), email: maskEmail(s.emailedTo) }) : w("confirmLinkIssued", v);
  },
  "member.confirmed": (s, _e, b) => w("memberConfirmed", { alliance: alliance(s.allianceId, b) }),
  "member.disputed": (s, _e, b) => w("memberDisputed", { alliance: alliance(s.allianceId, b), note: s.note ? w("withNote", { note: txt(s.note) }) : "" }),
  "council.term_recorded": (s, _e, b) =>
    w("termRecorded", { alliance: alliance(s.allianceId, b), termNo: s.termNo, startsOn: day(s.startsOn), endsOn: day(s.endsOn), seats: s.seats }),
  "council.term_reminded": (s, _e, b) =>
    w("termReminded", {
      alliance: alliance(s.allianceId, b),
      termNo: s.termNo,
      when: s.daysLeft >= 0 ? w("termEndsIn", { endsOn: day(s.endsOn), days: s.daysLeft }) : w("termEndedAgo", { endsOn: day(s.endsOn), days: -s.daysLeft }),
      notified: s.notified,
    }),
  "charter.version_withdrawn": (s, _e, b) =>
    w("charterWithdrawn", {
      alliance: alliance(s.allianceId, b),
      versionNo: s.versionNo,
      fileName: txt(s.fileName),
      approvedOn: day(s.approvedOn),
      approvedBy: txt(s.approvedBy, 30),
      reason: txt(s.reason),
    }),
  "charter.amended": (s, _e, b) =>
    w("charterAmended", { alliance: alliance(s.allianceId, b), versionNo: s.versionNo, approvedOn: day(s.approvedOn), approvedBy: txt(s.approvedBy, 30) }),
  "dissolution.vote_recorded": (s, _e, b) =>
    w("dissolutionVote", {
      alliance: alliance(s.allianceId, b),
      councilSize: s.councilSize,
      votesFor: s.votesFor,
      passed: yes(s.passed),
      votedOn: day(s.votedOn),
    }),
  "dissolution.confirmed": (s, _e, b) => w("dissolutionConfirmed", { alliance: alliance(s.allianceId, b) }),
  "activity.logged": (s, _e, b) => w("activityLogged", { alliance: alliance(s.allianceId, b), title: txt(s.title), heldOn: day(s.heldOn) }),
  "activity.removed": (s, _e, b) => w("activityRemoved", { alliance: alliance(s.allianceId, b), title: txt(s.title), heldOn: day(s.heldOn) }),
  "project.recommended": (s, _e, b) =>
    w("projectRecommended", { alliance: alliance(s.allianceId, b), year: s.year, title: txt(s.title), budget: String(s.budget) }),
  "project.adopted": (s, _e, b) => w("projectAdopted", { alliance: alliance(s.allianceId, b), title: txt(s.title) }),
  "project.adoption_undone": (s, _e, b) =>
    w("adoptionUndone", { alliance: alliance(s.allianceId, b), title: txt(s.title), adoptedAt: time(s.adoptedAt), reason: txt(s.reason) }),
  "project.removed": (s, _e, b) => w("projectRemoved", { alliance: alliance(s.allianceId, b), title: txt(s.title) }),
  "dashboard.exported": (s) => w("dashboardExported", { table: s.table, format: s.format, rows: s.rows }),
  "audit.exported": (s) => w("auditExported", { format: s.format, rows: s.rows, filters: s.filters || w("allRecords") }),
};

/** The event as one sentence; an event its schema cannot read still says what it was, masked. */
export function describeEvent(e: AuditRow, book: NameBook = EMPTY_BOOK): string {
  if (!Object.hasOwn(SENTENCES, e.action)) return w("unknownAction", { action: actionLabel(e.action), content: legacy(e.summary) });
  return sentenceOf(e.action as TAuditAction, e, book) ?? w("legacyRecord", { action: actionLabel(e.action), content: legacy(e.summary) });
}

function sentenceOf<A extends TAuditAction>(action: A, e: AuditRow, book: NameBook): string | null {
  const parsed = SCHEMAS[action].safeParse(e.summary);
  return parsed.success ? SENTENCES[action](parsed.data, e, book) : null;
}

function legacy(summary: unknown): string {
  const json = JSON.stringify(summary ?? {});
  return json === "{}" ? w("noDetails") : cut(redactPersonalData(json), 120);
}
