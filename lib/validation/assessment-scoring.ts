// Inputs of the service center's scoring, publishing and revocation decisions (八（四）). Shared by the
// forms (zodResolver) and the server actions, so a message shows at the same field either way.
import { MAX_ADJUSTMENT } from "../assessment/score";
import { INDICATOR_CODE, indicatorRecord } from "../assessment/scheme";
import { EARLY_CLOSE_REASON_MIN } from "../assessment/coverage";
import { z } from "./zod";
import { maxChars, msg, required } from "./messages";

/** 八（四）: what a covered alliance without a handed-in report is graded for (不合格, 0 分). */
export const MISSING_REPORT_COMMENT = "未按期提交年度报告"; // i18n-data: stored as the assessment's comment

const id = z.string().uuid(msg("validation.invalidParameter"));
const version = z.number().int().min(0);

const manualScore = z
  .number(msg("validation.scoring.scoreRequired", { min: 0, max: 100 }))
  .min(0, msg("validation.scoring.scoreMin", { min: 0 }))
  .max(100, msg("validation.scoring.scoreMax", { max: 100 }))
  .refine((n) => Math.round(n * 100) / 100 === n, msg("validation.scoring.scoreDecimals"));

export const ZAdjustmentInput = z.object({
  indicator: z.string().min(1, msg("validation.scoring.indicatorRequired")).regex(INDICATOR_CODE, msg("validation.scoring.indicatorInvalid")),
  delta: z
    .number(required("adjustmentValue"))
    .refine((n) => n !== 0, msg("validation.scoring.deltaZero"))
    .refine((n) => Math.abs(n) <= MAX_ADJUSTMENT, msg("validation.scoring.deltaRange", { max: MAX_ADJUSTMENT })),
  reason: z
    .string()
    .trim()
    .refine((s) => [...s].length >= 5, msg("validation.scoring.adjustmentReasonMin", { min: 5 }))
    .refine((s) => [...s].length <= 200, maxChars("reason", 200)),
});

export const ZSaveAssessmentInput = z.object({
  reportId: id,
  /** The report version the assessor saw; a different one means someone else scored it first. */
  version,
  manualScores: indicatorRecord(manualScore),
  adjustments: z.array(ZAdjustmentInput).max(20, msg("validation.scoring.adjustmentsMax", { max: 20 })),
  comment: z.string().trim().max(1000, maxChars("assessmentComment", 1000)),
});
export type TSaveAssessmentInput = z.input<typeof ZSaveAssessmentInput>;

// 八（四）, issue 17: before the due date with reports outstanding, publishing is an explicit early close with a reason.
export const ZPublishResultsInput = z.object({
  schemeId: id,
  version,
  earlyCloseReason: z
    .string()
    .trim()
    .max(500, maxChars("reason", 500))
    .refine((s) => s === "" || Array.from(s).length >= EARLY_CLOSE_REASON_MIN, msg("validation.scoring.earlyCloseReasonMin", { min: EARLY_CLOSE_REASON_MIN }))
    .optional(),
});
export type TPublishResultsInput = z.input<typeof ZPublishResultsInput>;

export const ZConfirmRevocationInput = z.object({
  revocationId: id,
  allianceVersion: version,
  note: z.string().trim().max(500, maxChars("explanation", 500)),
});
export type TConfirmRevocationInput = z.input<typeof ZConfirmRevocationInput>;

export const ZDismissRevocationInput = z.object({
  revocationId: id,
  note: z
    .string()
    .trim()
    .refine((s) => [...s].length >= 5, msg("validation.scoring.dismissReasonMin", { min: 5 }))
    .refine((s) => [...s].length <= 500, maxChars("reason", 500)),
});
export type TDismissRevocationInput = z.input<typeof ZDismissRevocationInput>;
