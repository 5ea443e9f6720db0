// Inputs of the annual assessment (八（四）): the service center's scheme form and the filers' annual report.
// Shared by the forms (zodResolver) and the server actions, so both refuse the same things with the same words.
import { indicatorRecord, ZSchemeDefinition } from "../assessment/scheme";
import { isCutoffInYear } from "../assessment/coverage";
import { z } from "./zod";
import { msg, notOverChars, required, wholeNumber } from "./messages";

const chars = (s: string) => [...s].length;

export const NARRATIVE_MAX = 3000;
export const PLAN_MAX = 2000;

/** A calendar day as the date input gives it (YYYY-MM-DD), checked to exist. */
export const ZIsoDate = z
  .string(msg("validation.chooseADate"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.chooseADate"))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, msg("validation.invalidDate"));

/** The due day means the whole day in Beijing time: a report is on time until 23:59:59 that day. */
export function dueInstant(isoDay: string): Date {
  return new Date(`${isoDay}T23:59:59.999+08:00`);
}

/** The Beijing calendar day of an instant, as YYYY-MM-DD (the form's value for a stored due date). */
export function chinaDayOf(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const ZId = z.uuid(msg("validation.invalidId"));
const ZVersion = z.number().int().min(0);

export const ZSchemeInput = ZSchemeDefinition.safeExtend({
  year: z
    .number(required("assessmentYear"))
    .int(wholeNumber("assessmentYear"))
    .min(2020, msg("validation.assessment.yearRange", { min: 2020, max: 2100 }))
    .max(2100, msg("validation.assessment.yearRange", { min: 2020, max: 2100 })),
  title: z
    .string()
    .trim()
    .refine((s) => chars(s) >= 4 && chars(s) <= 60, msg("validation.assessment.schemeTitleLength", { min: 4, max: 60 })),
  reportDue: ZIsoDate,
  // 八（四）, issue 17: alliances filed before this day report for the year; empty = 1 January of the year
  coverageCutoff: z.union([z.literal(""), ZIsoDate]).optional(),
}).refine((v) => !v.coverageCutoff || isCutoffInYear(v.year, v.coverageCutoff), {
  path: ["coverageCutoff"],
  ...msg("validation.assessment.cutoffInYear"),
});
export type TSchemeInput = z.input<typeof ZSchemeInput>;

export const ZSchemeUpdateInput = ZSchemeInput.safeExtend({ id: ZId, version: ZVersion });
export type TSchemeUpdateInput = z.input<typeof ZSchemeUpdateInput>;

export const ZSchemePublishInput = z.object({ id: ZId, version: ZVersion });

export const ZSchemeDueInput = z.object({ id: ZId, version: ZVersion, reportDue: ZIsoDate });
export type TSchemeDueInput = z.input<typeof ZSchemeDueInput>;

/** What the filer types; a draft may leave figures empty (null), the limits on text hold even for drafts. */
export const ZReportFields = z.object({
  figures: indicatorRecord(
    z
      .number(msg("validation.assessment.figureNonNegative", { min: 0 }))
      .min(0, msg("validation.assessment.figureNonNegative", { min: 0 }))
      .max(1e9, msg("validation.assessment.figureTooLarge"))
      .nullable(),
  ),
  narrative: z.string().refine((s) => chars(s) <= NARRATIVE_MAX, notOverChars("narrative", NARRATIVE_MAX)),
  nextYearPlan: z.string().refine((s) => chars(s) <= PLAN_MAX, notOverChars("nextYearPlan", PLAN_MAX)),
});
export type TReportFields = z.input<typeof ZReportFields>;

export const ZReportDraftInput = ZReportFields.extend({ reportId: ZId, version: ZVersion });
export type TReportDraftInput = z.input<typeof ZReportDraftInput>;

export const ZReportSubmitInput = z.object({ reportId: ZId, version: ZVersion });

export const ZEvidenceRemoveInput = z.object({ reportId: ZId, documentId: ZId });
