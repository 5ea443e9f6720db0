import "server-only";
import { text } from "../i18n/text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { claimReminderNow, remindedToday } from "../notifications/reminder-ledger";
import { chinaTodayIso } from "../validation/operation";
import { ZTermReminderNowInput, type TTermReminderNowInput } from "../validation/corrections";
import { daysUntil, findVisibleAlliance, parseOrThrow } from "./access";
import { dateValues } from "./format";

/**
 * 附件2 第十三条（二）: the service center tells an alliance's lead enterprise, when it chooses, that its council term is
 * ending (or has ended) and the council must be re-elected, besides the hourly reminders 90 and 30 days before. Not to a
 * term already reminded that China day (lib/notifications/reminder-ledger.ts); a sending is audited once.
 */
export async function sendTermReminderNow(user: SessionUser, raw: TTermReminderNowInput, now = new Date()): Promise<{ sent: boolean; notified: number }> {
  assertRole(user, ["SERVICE_CENTER"]);
  const input = parseOrThrow(ZTermReminderNowInput, raw);
  const alliance = await findVisibleAlliance(user, input.allianceId);
  if (alliance.state !== "FILED") throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.remindNotFiled")] });
  const term = await db().councilTerm.findFirst({
    where: { allianceId: alliance.id },
    orderBy: { termNo: "desc" },
    select: { id: true, termNo: true, endsOn: true },
  });
  if (!term) throw new AppError("CONFLICT", undefined, { _form: [text("operation.errors.remindNoTerm")] });
  const daysLeft = daysUntil(term.endsOn, chinaTodayIso(now));
  const out = await db().$transaction(async (tx) => {
    const subject = `council-term:${term.id}`;
    if ((await remindedToday(tx, "council-term:", now)).has(term.id) || !(await claimReminderNow(tx, subject, now))) return { sent: false, notified: 0 };
    const ends = dateValues(term.endsOn);
    const notified = await notifyUsers(
      tx,
      { roles: { has: "ENTERPRISE_FILER" }, organizationId: alliance.leadOrgId },
      {
        kind: "council.term_expiring",
        title: (t) =>
          daysLeft >= 0
            ? t("operation.notice.remindTitleExpiring", { days: daysLeft, name: alliance.name })
            : t("operation.notice.remindTitleExpired", { name: alliance.name }),
        body: (t) =>
          daysLeft >= 0
            ? t("operation.notice.remindBodyExpiring", { termNo: String(term.termNo), date: t("operation.date", ends) })
            : t("operation.notice.remindBodyExpired", { termNo: String(term.termNo), date: t("operation.date", ends), days: -daysLeft }),
        link: `/alliances/${alliance.id}/council`,
      },
      user.id,
    );
    await recordAudit(tx, actorOf(user), {
      action: "council.term_reminded",
      entityType: "CouncilTerm",
      entityId: term.id,
      summary: { allianceId: alliance.id, termNo: term.termNo, endsOn: term.endsOn.toISOString().slice(0, 10), daysLeft, notified },
    });
    return { sent: true, notified };
  });
  if (out.sent) scheduleEmailDispatch();
  return out;
}
