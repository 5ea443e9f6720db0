// The service center's return of an annual report for correction (issue #17 item 5; 《实施方案》八（四）).
// Shared by the return form (zodResolver) and the server action.
import { z } from "./zod";
import { ZIsoDate } from "./assessment";

const chars = (s: string) => [...s].length;

export const RETURN_COMMENT_MAX = 1000;
export const RETURN_ITEM_MAX = 500;

/** What a comment may be about: one figure (by indicator code), one of the two texts, or the evidence. */
export const ZReturnTarget = z.string().regex(/^(figures\.[A-Za-z][A-Za-z0-9_]{0,39}|narrative|nextYearPlan|evidence)$/, "退回意见所指的内容无效");

export const ZReturnItem = z.object({
  target: ZReturnTarget,
  comment: z
    .string()
    .trim()
    .min(1, "请填写对该项的意见")
    .refine((s) => chars(s) <= RETURN_ITEM_MAX, `单项意见不超过 ${RETURN_ITEM_MAX} 字`),
});
export type TReturnItem = z.infer<typeof ZReturnItem>;
export const ZStoredReturnItems = z.array(ZReturnItem);

export const ZReportReturnInput = z.object({
  reportId: z.uuid({ error: "编号无效" }),
  version: z.number().int().min(0),
  comment: z
    .string({ error: "请填写退回意见" })
    .trim()
    .min(5, "请填写退回意见（至少 5 个字），说明需要更正的数据或佐证材料")
    .refine((s) => chars(s) <= RETURN_COMMENT_MAX, `退回意见不超过 ${RETURN_COMMENT_MAX} 字`),
  items: z
    .array(ZReturnItem)
    .max(40, "单项意见不超过 40 条")
    .refine((items) => new Set(items.map((i) => i.target)).size === items.length, "同一项只能填写一条意见")
    .default([]),
  correctionDue: ZIsoDate,
});
export type TReportReturnInput = z.input<typeof ZReportReturnInput>;

/** One frozen evidence file of a hand-in. */
export const ZSubmittedEvidence = z.array(z.object({ documentId: z.string(), title: z.string(), fileName: z.string(), sha256: z.string() }));
export type TSubmittedEvidence = z.infer<typeof ZSubmittedEvidence>;
