import { z } from "./zod";
import { maxChars, minChars, msg, required } from "./messages";
import { isValidIsoDate } from "./operation";
import { chinaTodayIso } from "./membership";
import { meetingDateInFutureMessage, isMeetingDateAllowed } from "../meetings/meeting-date";

const id = z.string().uuid(msg("validation.invalidParameter"));
const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.chooseADate"))
  .refine(isValidIsoDate, msg("validation.invalidDateRetry"));

// Review decisions fired from the filing page; the meeting's decisions go through the meeting page.
export const REVIEW_TRANSITIONS = ["DIVISION_PASS", "DIVISION_RETURN", "DIVISION_REJECT", "FORM_PASS", "FORM_RETURN", "FORM_REJECT", "FILE"] as const;

export const ZTransitionInput = z.object({
  allianceId: id,
  transition: z.enum(REVIEW_TRANSITIONS, msg("validation.review.unknownTransition")),
  version: z.number().int().min(0),
  opinion: z.string().max(2000, maxChars("reviewOpinion", 2000)).default(""),
  internal: z.boolean().default(false),
});
export type TTransitionInput = z.input<typeof ZTransitionInput>;

export const ZFieldCommentInput = z.object({
  allianceId: id,
  fieldPath: z.string().min(1).max(80),
  text: z.string().trim().min(2, minChars("fieldComment", 2)).max(500, maxChars("fieldComment", 500)),
  visibleToFiler: z.boolean(),
});
export type TFieldCommentInput = z.input<typeof ZFieldCommentInput>;

export const ZRemoveCommentInput = z.object({ commentId: id });

export const ZMeetingCreateInput = z.object({
  sessionNo: z.string().trim().min(2, msg("validation.review.sessionNo")).max(30, maxChars("sessionNo", 30)),
  title: z.string().trim().min(2, required("meetingTitle")).max(100, maxChars("meetingTitle", 100)),
  heldOn: z.union([z.literal(""), dateString]),
  allianceIds: z.array(id).min(1, msg("validation.review.pickFiling")).max(100),
});
export type TMeetingCreateInput = z.input<typeof ZMeetingCreateInput>;

export const ZMeetingDecisionInput = z
  .object({
    meetingId: id,
    allianceId: id,
    version: z.number().int().min(0),
    outcome: z.enum(["APPROVE", "REJECT", "DEFER"], msg("validation.review.outcome")),
    note: z.string().trim().max(1000, maxChars("explanation", 1000)),
    // 七（三）: recorded once the meeting has been held (lib/meetings/meeting-date.ts, the server's rule too)
    heldOn: dateString.refine((s) => isMeetingDateAllowed(s, chinaTodayIso()), { error: meetingDateInFutureMessage }),
  })
  .refine((v) => v.outcome !== "REJECT" || Array.from(v.note).length >= 5, { path: ["note"], ...msg("validation.review.rejectReason", { min: 5 }) });
export type TMeetingDecisionInput = z.input<typeof ZMeetingDecisionInput>;

export const ZObjectionInput = z.object({
  filingId: id,
  name: z.string().trim().min(2, msg("validation.review.objectorName")).max(60, maxChars("objectorName", 60)),
  contact: z.string().trim().min(5, msg("validation.review.objectorContact")).max(80, maxChars("contact", 80)),
  content: z
    .string()
    .trim()
    .min(10, msg("validation.review.objectionMin", { min: 10 }))
    .max(2000, maxChars("objection", 2000)),
  // Left empty by people; bots fill every field.
  website: z.string().max(0, msg("validation.review.botTrap")).default(""),
});
export type TObjectionInput = z.input<typeof ZObjectionInput>;

export const ZHandleObjectionInput = z.object({
  objectionId: id,
  note: z.string().trim().min(5, minChars("handlingNote", 5)).max(1000, maxChars("handlingNote", 1000)),
});
export type THandleObjectionInput = z.input<typeof ZHandleObjectionInput>;
