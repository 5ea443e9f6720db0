// Inputs of the service center's scoring, publishing and revocation decisions (八（四）). Shared by the
// forms (zodResolver) and the server actions, so a message shows at the same field either way.
import { MAX_ADJUSTMENT } from "../assessment/score";
import { INDICATOR_CODE, indicatorRecord } from "../assessment/scheme";
import { EARLY_CLOSE_REASON_MIN } from "../assessment/coverage";
import { z } from "./zod";

/** 八（四）: what a covered alliance without a handed-in report is graded for (不合格, 0 分). */
export const MISSING_REPORT_COMMENT = "未按期提交年度报告";

const id = z.string().uuid("参数无效");
const version = z.number().int().min(0);

const manualScore = z
  .number({ error: "请填写 0-100 之间的评分" })
  .min(0, "人工评分不能低于 0")
  .max(100, "人工评分不能高于 100")
  .refine((n) => Math.round(n * 100) / 100 === n, "人工评分最多两位小数");

export const ZAdjustmentInput = z.object({
  indicator: z.string().min(1, "请选择加减分所涉指标").regex(INDICATOR_CODE, "加减分所涉指标无效"),
  delta: z
    .number({ error: "请填写加减分值" })
    .refine((n) => n !== 0, "加减分值不能为 0")
    .refine((n) => Math.abs(n) <= MAX_ADJUSTMENT, `加减分值应在 -${MAX_ADJUSTMENT} 到 ${MAX_ADJUSTMENT} 之间`),
  reason: z
    .string()
    .trim()
    .refine((s) => [...s].length >= 5, "请填写至少 5 个字的加减分理由")
    .refine((s) => [...s].length <= 200, "理由最多 200 个字"),
});

export const ZSaveAssessmentInput = z.object({
  reportId: id,
  /** The report version the assessor saw; a different one means someone else scored it first. */
  version,
  manualScores: indicatorRecord(manualScore),
  adjustments: z.array(ZAdjustmentInput).max(20, "加减分最多 20 条"),
  comment: z.string().trim().max(1000, "考核意见最多 1000 个字"),
});
export type TSaveAssessmentInput = z.input<typeof ZSaveAssessmentInput>;

// 八（四）, issue 17: before the due date with reports outstanding, publishing is an explicit early close with a reason.
export const ZPublishResultsInput = z.object({
  schemeId: id,
  version,
  earlyCloseReason: z
    .string()
    .trim()
    .max(500, "理由最多 500 个字")
    .refine((s) => s === "" || Array.from(s).length >= EARLY_CLOSE_REASON_MIN, `请填写提前结束的理由，不少于 ${EARLY_CLOSE_REASON_MIN} 个字`)
    .optional(),
});
export type TPublishResultsInput = z.input<typeof ZPublishResultsInput>;

export const ZConfirmRevocationInput = z.object({
  revocationId: id,
  allianceVersion: version,
  note: z.string().trim().max(500, "说明最多 500 个字"),
});
export type TConfirmRevocationInput = z.input<typeof ZConfirmRevocationInput>;

export const ZDismissRevocationInput = z.object({
  revocationId: id,
  note: z
    .string()
    .trim()
    .refine((s) => [...s].length >= 5, "请填写至少 5 个字的不予撤销理由（如申诉成立的依据）")
    .refine((s) => [...s].length <= 500, "理由最多 500 个字"),
});
export type TDismissRevocationInput = z.input<typeof ZDismissRevocationInput>;
