import { z } from "./zod";

// The system administrator's holiday calendar (issue #17 item 7): one day at a time, with what it is.
const ZDay = z
  .string({ message: "请选择日期" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "日期无效")
  .refine((d) => d >= "2000-01-01" && d <= "2099-12-31", "日期须在 2000 至 2099 年之间");

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;

export const ZCalendarDayInput = z.object({
  date: ZDay,
  kind: z.enum(CALENDAR_DAY_KINDS, { message: "请选择节假日或调休上班日" }),
  name: z.string({ message: "请填写名称" }).trim().min(1, "请填写名称，如“春节”“国庆节调休”").max(30, "名称不超过 30 个字"),
});
export type TCalendarDayInput = z.infer<typeof ZCalendarDayInput>;

export const ZCalendarDayRemove = z.object({ date: ZDay });
export type TCalendarDayRemove = z.infer<typeof ZCalendarDayRemove>;
