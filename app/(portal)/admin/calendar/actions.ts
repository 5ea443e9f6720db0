"use server";

import { authedAction } from "@/lib/actions/safe-action";
import { removeCalendarDay, setCalendarDay } from "@/lib/calendar/calendar";
import { ZCalendarDayInput, ZCalendarDayRemove } from "@/lib/validation/calendar";

export const setCalendarDayAction = authedAction({ schema: ZCalendarDayInput, roles: ["SYSTEM_ADMIN"] }, async (input, user) => {
  await setCalendarDay(user, input);
  return true;
});

export const removeCalendarDayAction = authedAction({ schema: ZCalendarDayRemove, roles: ["SYSTEM_ADMIN"] }, async (input, user) => {
  await removeCalendarDay(user, input);
  return true;
});
