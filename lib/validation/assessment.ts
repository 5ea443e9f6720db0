// Inputs of the annual assessment (八（四）): the service center's scheme form and the filers' annual report.
// Shared by the forms (zodResolver) and the server actions, so both refuse the same things with the same words.
import { indicatorRecord, ZSchemeDefinition } from "../assessment/scheme";
import { isCutoffInYear } from "../assessment/coverage";
import { z } from "./zod";

const chars = (s: string) => [...s].length;

export const NARRATIVE_MAX = 3000;
export const PLAN_MAX = 2000;

/** A calendar day as the date input gives it (YYYY-MM-DD), checked to exist. */
export const ZIsoDate = z
  .string({ error: "请选择日期" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "日期无效");

/** The due day means the whole day in Beijing time: a report is on time until 23:59:59 that day. */
export function dueInstant(isoDay: string): Date {
  return new Date(`${isoDay}T23:59:59.999+08:00`);
}

/** The Beijing calendar day of an instant, as YYYY-MM-DD (the form's value for a stored due date). */
export function chinaDayOf(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const ZId = z.uuid({ error: "编号无效" });
const ZVersion = z.number().int().min(0);

export const ZSchemeInput = ZSchemeDefinition.safeExtend({
  year: z.number({ error: "请填写考核年度" }).int("考核年度应为整数").min(2020, "考核年度应在 2020-2100 之间").max(2100, "考核年度应在 2020-2100 之间"),
  title: z
    .string()
    .trim()
    .refine((s) => chars(s) >= 4 && chars(s) <= 60, "方案名称应为 4-60 个字"),
  reportDue: ZIsoDate,
  // 八（四）, issue 17: alliances filed before this day report for the year; empty = 1 January of the year
  coverageCutoff: z.union([z.literal(""), ZIsoDate]).optional(),
}).refine((v) => !v.coverageCutoff || isCutoffInYear(v.year, v.coverageCutoff), {
  path: ["coverageCutoff"],
  message: "考核覆盖截止日应在考核年度之内（不填为当年 1 月 1 日）",
});
export type TSchemeInput = z.input<typeof ZSchemeInput>;

export const ZSchemeUpdateInput = ZSchemeInput.safeExtend({ id: ZId, version: ZVersion });
export type TSchemeUpdateInput = z.input<typeof ZSchemeUpdateInput>;

export const ZSchemePublishInput = z.object({ id: ZId, version: ZVersion });

export const ZSchemeDueInput = z.object({ id: ZId, version: ZVersion, reportDue: ZIsoDate });
export type TSchemeDueInput = z.input<typeof ZSchemeDueInput>;

/** What the filer types; a draft may leave figures empty (null), the limits on text hold even for drafts. */
export const ZReportFields = z.object({
  figures: indicatorRecord(z.number({ error: "请填写不小于 0 的数字" }).min(0, "请填写不小于 0 的数字").max(1e9, "数值过大，请核对单位").nullable()),
  narrative: z.string().refine((s) => chars(s) <= NARRATIVE_MAX, `年度工作总结不超过 ${NARRATIVE_MAX} 字`),
  nextYearPlan: z.string().refine((s) => chars(s) <= PLAN_MAX, `下一年度工作计划不超过 ${PLAN_MAX} 字`),
});
export type TReportFields = z.input<typeof ZReportFields>;

export const ZReportDraftInput = ZReportFields.extend({ reportId: ZId, version: ZVersion });
export type TReportDraftInput = z.input<typeof ZReportDraftInput>;

export const ZReportSubmitInput = z.object({ reportId: ZId, version: ZVersion });

export const ZEvidenceRemoveInput = z.object({ reportId: ZId, documentId: ZId });
