import "server-only";
import { db } from "../db/client";
import { scheduleEmailDispatch } from "../notifications/email";
import { notifyUsers, type RecipientTranslator } from "../notifications/notify";
import { dateValues } from "./format";
import { chinaTodayIso } from "../validation/operation";
import { daysUntil } from "./access";

/** Reminders go out when a term has 90 and again 30 days left (附件2 第十三条（二）: 换届时由全体成员选举产生). */
export const TERM_REMINDER_DAYS = [90, 30] as const;

export function reminderKey(termId: string, threshold: number): string {
  return `council-term:${termId}:${threshold}`;
}

/**
 * Tells the lead enterprise's filers and the service center that a council term is about to end, once
 * per (term, threshold): the ReminderSent key is inserted in the same transaction as the notices, and a
 * key that already exists means another run sent it. Only the latest term of a FILED alliance counts.
 * Returns how many reminders were sent by this run.
 */
export async function sendTermExpiryReminders(now = new Date()): Promise<number> {
  const today = chinaTodayIso(now);
  const alliances = await db().alliance.findMany({
    where: { state: "FILED" },
    select: { id: true, name: true, leadOrgId: true, councilTerms: { orderBy: { termNo: "desc" }, take: 1, select: { id: true, termNo: true, endsOn: true } } },
  });
  let sent = 0;
  for (const a of alliances) {
    const term = a.councilTerms[0];
    if (!term) continue;
    const daysLeft = daysUntil(term.endsOn, today);
    if (daysLeft < 0) continue;
    // Only the tightest threshold reached: a term first seen at 20 days left gets the 30-day notice, not both.
    const threshold = [...TERM_REMINDER_DAYS].sort((x, y) => x - y).find((d) => daysLeft <= d);
    if (threshold === undefined) continue;
    const didSend = await db().$transaction(async (tx) => {
      const { count } = await tx.reminderSent.createMany({ data: [{ key: reminderKey(term.id, threshold) }], skipDuplicates: true });
      if (count === 0) return false;
      const title = (t: RecipientTranslator) => t("operation.notice.termTitle", { days: daysLeft, name: a.name });
      const body = (t: RecipientTranslator) =>
        t("operation.notice.termBody", { termNo: String(term.termNo), date: t("operation.date", dateValues(term.endsOn)) });
      const link = `/alliances/${a.id}/council`;
      await notifyUsers(
        tx,
        { OR: [{ roles: { has: "ENTERPRISE_FILER" }, organizationId: a.leadOrgId }, { roles: { has: "SERVICE_CENTER" } }] },
        { kind: "council.term_expiring", title, body, link },
      );
      return true;
    });
    if (didSend) sent += 1;
  }
  if (sent > 0) scheduleEmailDispatch();
  return sent;
}
