import "server-only";
import { db } from "../db/client";
import { recordAudit, type AuditActor } from "../audit/record";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { getWorkflowSettings, serviceDaysFor } from "../settings/settings";
import { getWorkingCalendar } from "../calendar/calendar";
import { serviceDueDate } from "../calendar/working-days";
import { overdueClause, WORK_STATES } from "./queue";
import { recipientsFor } from "./recipients";

const SYSTEM: AuditActor = { actorId: null, actorName: "system", actorRole: null, ip: null };
const QUEUE_STATES = [...new Set(Object.values(WORK_STATES).flat())];

/** One reminder per stay at a stage: a filing returned and resubmitted later starts a new stay. */
export function overdueReminderKey(allianceId: string, state: string, since: Date): string {
  return `review-overdue:${allianceId}:${state}:${since.toISOString()}`;
}

/**
 * Tells whoever must act on a filing that its service time (in working days, the queue's own overdue test)
 * has run out. Once per (alliance, stage, entry): the ReminderSent key goes in first, in the same
 * transaction as the notices and the audit event, so hourly runs on every instance send it once.
 */
export async function sendOverdueReminders(now = new Date()): Promise<number> {
  const [settings, calendar] = await Promise.all([getWorkflowSettings(), getWorkingCalendar()]);
  const overdue = await db().alliance.findMany({
    where: overdueClause(QUEUE_STATES, settings, now, calendar),
    select: { id: true, name: true, state: true, stateSince: true, leadOrgId: true, industry: { select: { divisionId: true } } },
    orderBy: { stateSince: "asc" },
  });
  let sent = 0;
  for (const a of overdue) {
    const r = recipientsFor(a);
    const limitDays = serviceDaysFor(settings, a.state);
    if (!r || limitDays === null) continue;
    const dueOn = serviceDueDate(a.stateSince, limitDays, calendar);
    const done = await db().$transaction(async (tx) => {
      const inserted = await tx.reminderSent.createMany({ data: [{ key: overdueReminderKey(a.id, a.state, a.stateSince) }], skipDuplicates: true });
      if (inserted.count === 0) return false;
      const count = await notifyUsers(tx, r.who, {
        kind: "review.overdue",
        title: (t) => t("review.notify.overdueTitle", { name: a.name }),
        body: (t) => t("review.notify.overdueBody", { days: String(limitDays), due: dueOn }),
        link: `/alliances/${a.id}`,
      });
      await recordAudit(tx, SYSTEM, {
        action: "alliance.overdue_reminded",
        entityType: "Alliance",
        entityId: a.id,
        summary: { state: a.state, limitDays, dueOn, count },
      });
      return true;
    });
    if (done) sent += 1;
  }
  if (sent > 0) scheduleEmailDispatch();
  return sent;
}
