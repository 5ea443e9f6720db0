import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { asRuleResults } from "./change-rules";
import { text } from "../i18n/text";

/** The service center has seen a flagged change (八（一） supervision): it leaves their list; the history keeps it. */
export async function acknowledgeChange(user: SessionUser, input: { changeId: string }, now = new Date()) {
  assertRole(user, ["SERVICE_CENTER"]);
  await db().$transaction(async (tx) => {
    const change = await tx.membershipChange.findFirst({ where: { id: input.changeId, alliance: allianceScope(user) } });
    if (!change) throw new AppError("NOT_FOUND");
    const { count } = await tx.membershipChange.updateMany({
      where: { id: change.id, flagged: true, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: user.id },
    });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [text("membership.errors.alreadyHandled")] });
    await recordAudit(tx, actorOf(user), {
      action: "membership.change_acknowledged",
      entityType: "MembershipChange",
      entityId: change.id,
      summary: { allianceId: change.allianceId, kind: change.kind, status: change.status, ruleResults: asRuleResults(change.ruleWarnings) },
    });
  });
}
