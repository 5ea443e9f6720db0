import { z } from "./zod";
import { msg, notOverCharacters, required } from "./messages";

// The system administrator's holiday calendar (issue #17 item 7): one day at a time, with what it is.
const ZDay = z
  .string(msg("validation.chooseADate"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.chooseADate"))
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), msg("validation.invalidDate"))
  .refine((d) => d >= "2000-01-01" && d <= "2099-12-31", msg("validation.calendar.dateRange", { from: 2000, to: 2099 }));

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;

export const ZCalendarDayInput = z.object({
  date: ZDay,
  kind: z.enum(CALENDAR_DAY_KINDS, msg("validation.calendar.kind")),
  name: z.string(required("name")).trim().min(1, msg("validation.calendar.nameRequired")).max(30, notOverCharacters("name", 30)),
});
export type TCalendarDayInput = z.infer<typeof ZCalendarDayInput>;

export const ZCalendarDayRemove = z.object({ date: ZDay });
export type TCalendarDayRemove = z.infer<typeof ZCalendarDayRemove>;
