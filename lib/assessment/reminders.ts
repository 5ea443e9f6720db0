import "server-only";
import { db } from "../db/client";
import { recordAudit, type AuditActor } from "../audit/record";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { chinaDayOf } from "../validation/assessment";
import { assessableAllianceWhere } from "./assess";
import { text } from "../i18n/text";
import { storedText } from "./stored-text";

/** Reminders go out when a report is due within 7 days and again within 1 day (八（四）: 定期进行考核). */
export const REPORT_REMINDER_DAYS = [7, 1] as const;

const SYSTEM: AuditActor = { actorId: null, actorName: "system", actorRole: null, ip: null };
const DAY_MS = 86_400_000;

export function reportReminderKey(schemeId: string, allianceId: string, threshold: number): string {
  return `annual-report:${schemeId}:${allianceId}:${threshold}`;
}

/**
 * A report returned for correction is reminded against its own due day (./return-reminders.ts), not here.
 * Reminds the filers of every FILED alliance that has not yet submitted its report for a PUBLISHED scheme
 * due soon. Once per (scheme, alliance, threshold): the ReminderSent key is inserted first in the same
 * transaction as the notices, and a key that exists means an earlier run (or another server) sent it.
 * Only the tightest threshold reached counts, so a run 12 hours before the due time sends one notice.
 * Call from a timer (e.g. hourly); returns how many alliances were reminded.
 */
export async function sendReportReminders(now = new Date()): Promise<number> {
  const horizon = Math.max(...REPORT_REMINDER_DAYS) * DAY_MS;
  const schemes = await db().assessmentScheme.findMany({
    where: { status: "PUBLISHED", reportDue: { gt: now, lte: new Date(now.getTime() + horizon) } },
    select: { id: true, year: true, reportDue: true, coverageCutoff: true },
  });
  let sent = 0;
  for (const scheme of schemes) {
    const left = scheme.reportDue.getTime() - now.getTime();
    const threshold = [...REPORT_REMINDER_DAYS].sort((a, b) => a - b).find((d) => left <= d * DAY_MS);
    if (threshold === undefined) continue;
    const alliances = await db().alliance.findMany({
      // Only the alliances the year covers (issue 17): one filed after the cut-off day owes no report.
      where: {
        AND: [assessableAllianceWhere(scheme), { annualReports: { none: { year: scheme.year, status: { in: ["SUBMITTED", "ASSESSED", "RETURNED"] } } } }],
      },
      select: { id: true, name: true, leadOrgId: true },
    });
    const due = chinaDayOf(scheme.reportDue);
    const reminded = await db().$transaction(async (tx) => {
      let count = 0;
      for (const a of alliances) {
        const inserted = await tx.reminderSent.createMany({ data: [{ key: reportReminderKey(scheme.id, a.id, threshold) }], skipDuplicates: true });
        if (inserted.count === 0) continue;
        await notifyUsers(
          tx,
          { roles: { has: "ENTERPRISE_FILER" }, organizationId: a.leadOrgId },
          {
            kind: "report.due_soon",
            title: storedText(() => text("assessmentLib.reminders.dueSoonTitle", { year: String(scheme.year), due, name: a.name })),
            body: storedText(() => text("assessmentLib.reminders.dueSoonBody", { days: String(threshold) })),
            link: `/alliances/${a.id}/reports/${scheme.year}`,
          },
        );
        count += 1;
      }
      if (count > 0) {
        await recordAudit(tx, SYSTEM, {
          action: "reminders.sent",
          entityType: "AssessmentScheme",
          entityId: scheme.id,
          summary: { year: scheme.year, threshold, count },
        });
      }
      return count;
    });
    sent += reminded;
  }
  if (sent > 0) scheduleEmailDispatch();
  return sent;
}
