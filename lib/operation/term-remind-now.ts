import "server-only";
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
import { formatChinaDate } from "./format";

/**
 * 附件2 第十三条（二）: the service center tells an alliance's lead enterprise, when it chooses, that its council term is
 * ending (or has ended) and the council must be re-elected, besides the hourly reminders 90 and 30 days before. Not to a
 * term already reminded that China day (lib/notifications/reminder-ledger.ts); a sending is audited once.
 */
export async function sendTermReminderNow(user: SessionUser, raw: TTermReminderNowInput, now = new Date()): Promise<{ sent: boolean; notified: number }> {
  assertRole(user, ["SERVICE_CENTER"]);
  const input = parseOrThrow(ZTermReminderNowInput, raw);
  const alliance = await findVisibleAlliance(user, input.allianceId);
  if (alliance.state !== "FILED") throw new AppError("CONFLICT", undefined, { _form: ["联盟已不在备案状态（已取消备案或已解散），无需提醒换届"] });
  const term = await db().councilTerm.findFirst({
    where: { allianceId: alliance.id },
    orderBy: { termNo: "desc" },
    select: { id: true, termNo: true, endsOn: true },
  });
  if (!term) throw new AppError("CONFLICT", undefined, { _form: ["该联盟尚未登记理事会任期，无从提醒换届；请提醒牵头单位先登记本届理事会任期"] });
  const daysLeft = daysUntil(term.endsOn, chinaTodayIso(now));
  const out = await db().$transaction(async (tx) => {
    const subject = `council-term:${term.id}`;
    if ((await remindedToday(tx, "council-term:", now)).has(term.id) || !(await claimReminderNow(tx, subject, now))) return { sent: false, notified: 0 };
    const ends = formatChinaDate(term.endsOn);
    const notified = await notifyUsers(
      tx,
      { roles: { has: "ENTERPRISE_FILER" }, organizationId: alliance.leadOrgId },
      {
        kind: "council.term_expiring",
        title:
          daysLeft >= 0
            ? `服务中心提醒：理事会任期将于 ${daysLeft} 天后届满：${alliance.name}`
            : `服务中心提醒：理事会任期已届满，请尽快换届：${alliance.name}`,
        body: `第 ${term.termNo} 届理事会任期至 ${ends}${daysLeft >= 0 ? "届满" : `，已届满 ${-daysLeft} 天`}。理事会每届任期三年，换届时由全体成员选举产生（附件2 第十三条（二）），请及时组织换届并登记新一届任期。`,
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
