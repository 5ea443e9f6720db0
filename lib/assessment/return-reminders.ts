import "server-only";
import { db } from "../db/client";
import { recordAudit, type AuditActor } from "../audit/record";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { chinaDayOf } from "../validation/assessment";
import { REPORT_REMINDER_DAYS } from "./reminders";
import { text } from "../i18n/text";
import { storedText } from "./stored-text";

const SYSTEM: AuditActor = { actorId: null, actorName: "system", actorRole: null, ip: null };
const DAY_MS = 86_400_000;

export function returnReminderKey(returnId: string, threshold: number): string {
  return `annual-report-return:${returnId}:${threshold}`;
}

/**
 * A report returned for correction is due on the day the center set (issue #17 item 5), so its reminders count
 * to that day: 7 days and 1 day before it, once per (return, threshold) through the ReminderSent ledger, in one
 * transaction with the notices and the audit event. The scheme's own reminders skip returned reports.
 */
export async function sendReturnReminders(now = new Date()): Promise<number> {
  const horizon = Math.max(...REPORT_REMINDER_DAYS) * DAY_MS;
  const reports = await db().annualReport.findMany({
    where: {
      status: "RETURNED",
      correctionDue: { gt: now, lte: new Date(now.getTime() + horizon) },
      scheme: { status: "PUBLISHED" },
      alliance: { state: "FILED" },
    },
    select: {
      id: true,
      year: true,
      correctionDue: true,
      alliance: { select: { id: true, name: true, leadOrgId: true } },
      returns: { where: { answeredAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
    },
  });
  let sent = 0;
  for (const r of reports) {
    const open = r.returns[0];
    if (!open || !r.correctionDue) continue;
    const left = r.correctionDue.getTime() - now.getTime();
    const threshold = [...REPORT_REMINDER_DAYS].sort((a, b) => a - b).find((d) => left <= d * DAY_MS);
    if (threshold === undefined) continue;
    const due = chinaDayOf(r.correctionDue);
    const done = await db().$transaction(async (tx) => {
      const inserted = await tx.reminderSent.createMany({ data: [{ key: returnReminderKey(open.id, threshold) }], skipDuplicates: true });
      if (inserted.count === 0) return false;
      await notifyUsers(
        tx,
        { roles: { has: "ENTERPRISE_FILER" }, organizationId: r.alliance.leadOrgId },
        {
          kind: "report.due_soon",
          title: storedText(() => text("assessmentLib.reminders.returnDueTitle", { year: String(r.year), due, name: r.alliance.name })),
          body: storedText(() => text("assessmentLib.reminders.returnDueBody", { days: String(threshold) })),
          link: `/alliances/${r.alliance.id}/reports/${r.year}`,
        },
      );
      await recordAudit(tx, SYSTEM, {
        action: "report.return_reminders_sent",
        entityType: "AnnualReport",
        entityId: r.id,
        summary: { year: r.year, threshold, correctionDue: due },
      });
      return true;
    });
    if (done) sent += 1;
  }
  if (sent > 0) scheduleEmailDispatch();
  return sent;
}
