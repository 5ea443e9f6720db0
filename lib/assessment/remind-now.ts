import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { claimReminderNow, remindedToday } from "../notifications/reminder-ledger";
import { chinaDayOf } from "../validation/assessment";
import { ZReportRemindersNowInput, type TReportRemindersNowInput } from "../validation/corrections";
import { parseOrThrow } from "../operation/access";
import { assessableAllianceWhere } from "./assess";
import { reportReminderKey } from "./reminders";
import { text } from "../i18n/text";
import { storedText } from "./stored-text";

/** The hourly job's key for one alliance's report, without its threshold: "annual-report:<scheme>:<alliance>". */
const subjectKey = (schemeId: string, allianceId: string) => reportReminderKey(schemeId, allianceId, 0).replace(/:0$/, "");

/**
 * 八（四）: the service center reminds, when it chooses, every alliance the year covers that has not handed in its report,
 * besides the hourly reminders 7 and 1 days before the due date. Not to an alliance already reminded that China day
 * (by an earlier click or the hourly job, lib/notifications/reminder-ledger.ts); the sending is audited once, with how many alliances it reached.
 */
export async function sendReportRemindersNow(user: SessionUser, raw: TReportRemindersNowInput, now = new Date()) {
  assertRole(user, ["SERVICE_CENTER"]);
  const input = parseOrThrow(ZReportRemindersNowInput, raw);
  const scheme = await db().assessmentScheme.findUnique({
    where: { id: input.schemeId },
    select: { id: true, year: true, status: true, reportDue: true, coverageCutoff: true },
  });
  if (!scheme) throw new AppError("NOT_FOUND");
  const due = chinaDayOf(scheme.reportDue);
  if (scheme.status !== "PUBLISHED") {
    const message =
      scheme.status === "DRAFT" ? text("assessmentLib.reminders.draftScheme") : text("assessmentLib.reminders.resultsPublished", { year: String(scheme.year) });
    throw new AppError("FORBIDDEN", message, { _form: [message] });
  }
  if (scheme.reportDue <= now) {
    const message = text("assessmentLib.reminders.duePassed", { due });
    throw new AppError("FORBIDDEN", message, { _form: [message] });
  }
  const daysLeft = Math.max(Math.ceil((scheme.reportDue.getTime() - now.getTime()) / 86_400_000), 1);
  const owing = await db().alliance.findMany({
    where: {
      AND: [
        allianceScope(user),
        assessableAllianceWhere(scheme),
        { annualReports: { none: { year: scheme.year, status: { in: ["SUBMITTED", "ASSESSED"] } } } },
      ],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, leadOrgId: true },
  });
  const reminded = await db().$transaction(async (tx) => {
    const today = await remindedToday(tx, `annual-report:${scheme.id}:`, now);
    let count = 0;
    for (const a of owing) {
      if (today.has(a.id) || !(await claimReminderNow(tx, subjectKey(scheme.id, a.id), now))) continue;
      await notifyUsers(
        tx,
        { roles: { has: "ENTERPRISE_FILER" }, organizationId: a.leadOrgId },
        {
          kind: "report.due_soon",
          title: storedText(() => text("assessmentLib.reminders.nowTitle", { year: String(scheme.year), due, name: a.name })),
          body: storedText(() => text("assessmentLib.reminders.nowBody", { days: String(daysLeft) })),
          link: `/alliances/${a.id}/reports/${scheme.year}`,
        },
        user.id,
      );
      count += 1;
    }
    if (count > 0) {
      await recordAudit(tx, actorOf(user), {
        action: "reminders.sent",
        entityType: "AssessmentScheme",
        entityId: scheme.id,
        summary: { year: scheme.year, threshold: storedText(() => text("assessmentLib.reminders.onDemand")), count, onDemand: true },
      });
    }
    return count;
  });
  if (reminded > 0) scheduleEmailDispatch();
  return { owing: owing.length, reminded, alreadyToday: owing.length - reminded };
}
