// The service center's return of an annual report for correction (issue #17 item 5; 《实施方案》八（四）).
// Shared by the return form (zodResolver) and the server action.
import { z } from "./zod";
import { msg, notOverChars, required } from "./messages";
import { ZIsoDate } from "./assessment";

const chars = (s: string) => [...s].length;

export const RETURN_COMMENT_MAX = 1000;
export const RETURN_ITEM_MAX = 500;

/** What a comment may be about: one figure (by indicator code), one of the two texts, or the evidence. */
export const ZReturnTarget = z
  .string()
  .regex(/^(figures\.[A-Za-z][A-Za-z0-9_]{0,39}|narrative|nextYearPlan|evidence)$/, msg("validation.reportReturn.badTarget"));

export const ZReturnItem = z.object({
  target: ZReturnTarget,
  comment: z
    .string()
    .trim()
    .min(1, msg("validation.reportReturn.itemRequired"))
    .refine((s) => chars(s) <= RETURN_ITEM_MAX, notOverChars("itemComment", RETURN_ITEM_MAX)),
});
export type TReturnItem = z.infer<typeof ZReturnItem>;
export const ZStoredReturnItems = z.array(ZReturnItem);

export const ZReportReturnInput = z.object({
  reportId: z.uuid(msg("validation.invalidId")),
  version: z.number().int().min(0),
  comment: z
    .string(required("returnComment"))
    .trim()
    .min(5, msg("validation.reportReturn.commentMin", { min: 5 }))
    .refine((s) => chars(s) <= RETURN_COMMENT_MAX, notOverChars("returnComment", RETURN_COMMENT_MAX)),
  items: z
    .array(ZReturnItem)
    .max(40, msg("validation.reportReturn.itemsMax", { max: 40 }))
    .refine((items) => new Set(items.map((i) => i.target)).size === items.length, msg("validation.reportReturn.oneCommentPerItem"))
    .default([]),
  correctionDue: ZIsoDate,
});
export type TReportReturnInput = z.input<typeof ZReportReturnInput>;

/** One frozen evidence file of a hand-in. */
export const ZSubmittedEvidence = z.array(z.object({ documentId: z.string(), title: z.string(), fileName: z.string(), sha256: z.string() }));
export type TSubmittedEvidence = z.infer<typeof ZSubmittedEvidence>;
