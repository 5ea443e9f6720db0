import { text } from "../i18n/text";
// Pure: the 厅务会 decision date (七（三）). A decision is recorded once the meeting has been held, so its date is not
// after today (China's calendar); the form pre-fills a date that passes. One rule for the form and the server.

export function meetingDateInFutureMessage(): string {
  return text("meetings.dateInFuture");
}

/** Both dates as YYYY-MM-DD; `today` is China's date (chinaTodayIso). */
export function isMeetingDateAllowed(heldOn: string, today: string): boolean {
  return heldOn <= today;
}

/**
 * What the decision form pre-fills: the planned date once it has come (the meeting was held as planned), today
 * while it is still ahead (a meeting held early) or when none was planned. Always passes isMeetingDateAllowed.
 */
export function meetingDateDefault(planned: string | null, today: string): { value: string; plannedInFuture: boolean } {
  if (planned && isMeetingDateAllowed(planned, today)) return { value: planned, plannedInFuture: false };
  return { value: today, plannedInFuture: planned !== null };
}
