// Inputs of a filed alliance's operation (八): council terms, charter amendments, dissolution votes,
// activities and recommended projects. Shared by the forms (zodResolver) and the server.
import { text } from "../i18n/text";
import { atLeast, field, maxChars, minChars, msg, notNegative, required, tooLarge, wholeNumber, type FieldName } from "./messages";
import { z } from "./zod";

const id = z.string().uuid(msg("validation.invalidParameter"));
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date in China as YYYY-MM-DD, whatever the clock's time zone (pure; runs in the browser too). */
export function chinaTodayIso(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function isValidIsoDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const date = (name: FieldName) =>
  z.string().refine(
    isValidIsoDate,
    msg("validation.chooseDate", () => ({ label: field(name) })),
  );
// Checked against the clock at parse time; the data layer checks again with its own `now`.
const pastDate = (name: FieldName) =>
  date(name).refine(
    (s) => s <= chinaTodayIso(),
    msg("validation.notAfterToday", () => ({ label: field(name) })),
  );
const optionalPastDate = (name: FieldName) => z.union([z.literal(""), pastDate(name)]);

// --- council terms (附件2 第十三条（二）) ---
export const ZCouncilTermInput = z.object({
  allianceId: id,
  startsOn: date("termStartsOn"),
  electedOn: optionalPastDate("electedOn").default(""),
  seats: z
    .number(required("councilSeats"))
    .int(wholeNumber("seatCount"))
    .min(1, msg("validation.operation.seatsMin", { min: 1 }))
    .max(999, tooLarge("seatCount")),
  note: z.string().trim().max(500, maxChars("note", 500)).default(""),
});
export type TCouncilTermInput = z.input<typeof ZCouncilTermInput>;

// --- charter amendment (附件2 第十九条): the file travels separately as multipart ---
export const ZCharterApproval = z.object({
  approvedOn: pastDate("approvedOn"),
  approvedBy: z.string().trim().min(4, msg("validation.operation.approvedBy")).max(100, maxChars("meetingName", 100)),
  note: z.string().trim().max(500, maxChars("amendmentNote", 500)).default(""),
});
export type TCharterApproval = z.input<typeof ZCharterApproval>;

// --- dissolution (附件3 第十一条) ---
const count = (name: FieldName) => z.number(required(name)).int(wholeNumber(name)).min(0, notNegative(name)).max(999, tooLarge(name));

export const ZDissolutionVoteInput = z
  .object({
    allianceId: id,
    votedOn: pastDate("votedOn"),
    councilSize: count("councilSize").min(1, atLeast("councilSize", 1)),
    votesFor: count("votesFor"),
    proposal: z
      .string()
      .trim()
      .min(10, msg("validation.operation.proposalMin", { min: 10 }))
      .max(2000, maxChars("proposal", 2000)),
  })
  .refine((v) => v.votesFor <= v.councilSize, { path: ["votesFor"], ...msg("validation.operation.votesOverCouncil") });
export type TDissolutionVoteInput = z.input<typeof ZDissolutionVoteInput>;

export const ZConfirmDissolutionInput = z.object({ voteId: id, allianceVersion: z.number().int().min(0) });
export type TConfirmDissolutionInput = z.input<typeof ZConfirmDissolutionInput>;

// --- activities (八（一）系列活动) ---
export const ACTIVITY_KINDS = ["FORUM", "SALON", "JOINT_RESEARCH", "TRAINING", "EXCHANGE", "OTHER"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** The kinds' names in the current language, read on each use (a getter per kind). */
export const ACTIVITY_LABELS: Record<ActivityKind, string> = (() => {
  const out = {} as Record<ActivityKind, string>;
  for (const kind of ACTIVITY_KINDS) Object.defineProperty(out, kind, { enumerable: true, get: () => text(`activityKinds.${kind}`) });
  return out;
})();

export const ZActivityInput = z.object({
  allianceId: id,
  kind: z.enum(ACTIVITY_KINDS, msg("validation.operation.activityKind")),
  title: z.string().trim().min(4, minChars("activityTitle", 4)).max(100, maxChars("activityTitle", 100)),
  heldOn: pastDate("heldOn"),
  participants: z
    .number(wholeNumber("participants"))
    .int(wholeNumber("participants"))
    .min(1, atLeast("participants", 1))
    .max(100_000, tooLarge("participants"))
    .optional(),
  description: z
    .string()
    .trim()
    .min(10, msg("validation.operation.activityDescriptionMin", { min: 10 }))
    .max(2000, maxChars("activityDescription", 2000)),
});
export type TActivityInput = z.input<typeof ZActivityInput>;

export const ZRemoveActivityInput = z.object({ activityId: id });

// --- projects recommended to the provincial S&T plan (九（一）) ---
export const ZProjectInput = z.object({
  allianceId: id,
  year: z
    .number(required("recommendedYear"))
    .int(wholeNumber("year"))
    .min(2020, msg("validation.operation.yearFrom", { min: 2020 }))
    .max(2100, msg("validation.operation.yearInvalid")),
  title: z.string().trim().min(4, minChars("projectTitle", 4)).max(100, maxChars("projectTitle", 100)),
  summary: z
    .string()
    .trim()
    .min(10, msg("validation.operation.projectSummaryMin", { min: 10 }))
    .max(2000, maxChars("projectSummary", 2000)),
  leadUnit: z.string().trim().min(4, required("projectLeadUnit")).max(100, maxChars("leadUnit", 100)),
  budget: z
    .number(required("budgetWan"))
    .min(0, notNegative("budget"))
    .max(1_000_000, msg("validation.operation.budgetTooLarge"))
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, msg("validation.operation.budgetDecimals")),
});
export type TProjectInput = z.input<typeof ZProjectInput>;

export const ZProjectRefInput = z.object({ projectId: id });
