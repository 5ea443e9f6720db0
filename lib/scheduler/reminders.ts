import "server-only";
import { sendReportReminders } from "../assessment/reminders";
import { sendReturnReminders } from "../assessment/return-reminders";
import { sendTermExpiryReminders } from "../operation/term-reminders";
import { sendOverdueReminders } from "../review/overdue-reminders";
import { logError, logInfo } from "../log";
import { pruneRateLimits } from "../security/rate-limit";
import { sweepOrphanFilesJob } from "../storage/sweep-job";

// Deadline reminders (annual reports 八（四）, council terms 附件2 第十三条（二）). Each job writes a ReminderSent key
// per (subject, threshold) in its own transaction, so running hourly on every instance still sends each reminder once.
const JOBS = [
  { name: "annual-report-due", run: sendReportReminders },
  // A report returned for correction counts to the day the center set (issue #17 item 5).
  { name: "annual-report-correction-due", run: sendReturnReminders },
  { name: "council-term-expiry", run: sendTermExpiryReminders },
  // Service times (服务时限) counted in working days: the stage's handlers are told once when one runs out.
  { name: "review-overdue", run: sendOverdueReminders },
  // Housekeeping rides the same hourly tick: expired rate-limit windows, orphaned files.
  { name: "rate-limit-prune", run: pruneRateLimits },
  // Stored files no record names (an upload cut off between the file and its record), after an hour.
  { name: "orphan-file-sweep", run: sweepOrphanFilesJob },
] as const;

/** Runs every job once; one failing job does not stop the others. Returns reminders sent per job. */
export async function runReminderJobs(now = new Date()): Promise<Record<string, number>> {
  const sent: Record<string, number> = {};
  for (const job of JOBS) {
    try {
      sent[job.name] = await job.run(now);
    } catch (err) {
      logError(`reminder job ${job.name} failed`, err);
    }
  }
  if (Object.values(sent).some((n) => n > 0)) logInfo("reminders sent", sent);
  return sent;
}

/** First run a minute after start (the database is migrated by then), then hourly. */
export function startReminderTimer(intervalMs = 3_600_000): void {
  const tick = () => void runReminderJobs();
  setTimeout(tick, 60_000).unref();
  setInterval(tick, intervalMs).unref();
}
