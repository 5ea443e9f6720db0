import "server-only";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { actorOf, type SessionUser } from "../auth/session";
import type { RuleResult } from "../rules/types";
import { chinaTodayIso, ZJoinMember, type TDecideChangeInput } from "../validation/membership";
import { ZRuleReport } from "../rules/schema";
import { toJsonColumn } from "../validation/json-column";
import { failingConditions, memberListRules } from "./change-rules";
import { filedOnly, getOwnAllianceOrThrow, ruleMembersOf } from "./own-alliance";
import { refreshPendingChecks } from "./pending-checks";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";

const stale = () => ({ _form: [text("membership.errors.stale")] });

/**
 * The filer records the council's decision (附件2 第十七条（三）、第十八条). Approval applies the change in the same
 * transaction; the rules are re-run on the real member list, and a failing formation condition is flagged to the
 * service center. The other pending changes' checks are renewed against the new list in the same transaction.
 */
export async function decideChange(user: SessionUser, input: TDecideChangeInput, now = new Date()) {
  if (input.councilApprovedOn > chinaTodayIso(now)) {
    throw new AppError("INVALID_INPUT", undefined, { councilApprovedOn: [text("membership.errors.decisionInFuture")] });
  }
  let notified = 0;
  const result = await db().$transaction(async (tx) => {
    const change = await tx.membershipChange.findUnique({ where: { id: input.changeId } });
    if (!change) throw new AppError("NOT_FOUND");
    const alliance = await getOwnAllianceOrThrow(tx, user, change.allianceId);
    if (alliance.state !== "FILED") throw new AppError("CONFLICT", undefined, filedOnly());
    // One decision at a time per alliance: the next one waits, then finds its change's check (and version) renewed.
    await tx.$executeRaw`SELECT 1 FROM "Alliance" WHERE "id" = ${alliance.id} FOR UPDATE`;
    const decidedOn = new Date(`${input.councilApprovedOn}T00:00:00Z`);
    const { count } = await tx.membershipChange.updateMany({
      where: { id: change.id, version: input.version, status: "PENDING" },
      data: {
        status: input.approved ? "APPROVED" : "REJECTED",
        councilApprovedOn: decidedOn,
        councilResolution: input.councilResolution,
        decidedAt: now,
        version: { increment: 1 },
        ...(input.approved ? {} : { flagged: false }),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", undefined, stale());

    let ruleResults: RuleResult[] = [];
    let failing: RuleResult[] = [];
    let name = "";
    let rechecked = 0;
    if (input.approved) {
      name = await applyChange(tx, change, decidedOn);
      const members = await tx.membership.findMany({ where: { allianceId: alliance.id, leftOn: null }, include: { organization: true } });
      ruleResults = inLocale("zh-CN", () => memberListRules(ruleMembersOf(members, alliance.leadOrgId)));
      failing = failingConditions(ruleResults);
      await tx.membershipChange.update({
        where: { id: change.id },
        data: { ruleWarnings: toJsonColumn(ZRuleReport, ruleResults), flagged: failing.length > 0 },
      });
      // The other pending changes are now checked against the list this approval left (issue 17).
      rechecked = await refreshPendingChecks(tx, alliance);
      if (failing.length > 0) {
        notified = await notifyUsers(
          tx,
          { roles: { has: "SERVICE_CENTER" } },
          {
            kind: "membership.flagged",
            // Stored and read by the service centre: written in Chinese, the record's language.
            ...inLocale("zh-CN", () => ({
              title: text("membership.flaggedNotice", { text: alliance.name }),
              body: text("membership.flaggedNotice", {
                text: failing.map((r) => text("membership.ruleWithClause", { message: r.message, clause: r.clause })).join(text("membership.messageSeparator")),
              }),
            })),
            link: `/alliances/${alliance.id}/members`,
          },
          user.id,
        );
      }
    }
    await recordAudit(tx, actorOf(user), {
      action: "membership.change_decided",
      entityType: "MembershipChange",
      entityId: change.id,
      summary: {
        allianceId: alliance.id,
        kind: change.kind,
        organizationId: change.organizationId,
        name,
        approved: input.approved,
        councilApprovedOn: input.councilApprovedOn,
        councilResolution: input.councilResolution,
        ruleResults,
        flagged: failing.length > 0,
        pendingRechecked: rechecked,
      },
    });
    return { status: input.approved ? ("APPROVED" as const) : ("REJECTED" as const), flagged: failing.length > 0, ruleResults };
  });
  if (notified > 0) scheduleEmailDispatch();
  return result;
}

type Change = { id: string; allianceId: string; organizationId: string; kind: "JOIN" | "EXIT"; memberData: Prisma.JsonValue };

/** Writes the approved change to the member list; returns the unit's name. */
async function applyChange(tx: Tx, change: Change, decidedOn: Date): Promise<string> {
  const existing = await tx.membership.findUnique({
    where: { allianceId_organizationId: { allianceId: change.allianceId, organizationId: change.organizationId } },
    include: { organization: true },
  });
  if (change.kind === "EXIT") {
    if (!existing || existing.leftOn) throw new AppError("CONFLICT", undefined, { _form: [text("membership.errors.noLongerMember")] });
    // Leaving ends any open confirmation link: the unit no longer speaks for the alliance.
    await tx.membership.update({ where: { id: existing.id }, data: { leftOn: decidedOn, confirmTokenHash: null, confirmTokenExpires: null } });
    return existing.organization.name;
  }
  if (existing && !existing.leftOn) throw new AppError("CONFLICT", undefined, { _form: [text("membership.errors.alreadyMember")] });
  const m = ZJoinMember.parse(change.memberData);
  const org = await tx.organization.upsert({
    where: { creditCode: m.creditCode },
    update: {},
    create: { creditCode: m.creditCode, name: m.name, type: m.type },
  });
  const isEnterprise = org.type === "ENTERPRISE";
  const row = {
    role: m.role,
    chainPosition: isEnterprise ? m.chainPosition : null,
    outputValue2022: isEnterprise ? m.outputValue2022 : null,
    profitTax2022: isEnterprise ? m.profitTax2022 : null,
    resources: m.resources || null,
    nationalTop10: m.nationalTop10,
    provincialTop10: m.provincialTop10,
    disciplineStrengths: m.disciplineStrengths || null,
    disciplineLeader: m.disciplineLeader || null,
    joinedOn: decidedOn,
    leftOn: null,
    // A returning unit confirms its new standing afresh.
    confirmTokenHash: null,
    confirmTokenExpires: null,
    confirmedAt: null,
    confirmedFigures: Prisma.DbNull,
    disputedAt: null,
    disputeNote: null,
  };
  if (existing) {
    // Rejoining after an exit reactivates the row; the earlier exit stays in the change history.
    await tx.membership.update({ where: { id: existing.id }, data: row });
  } else {
    const last = await tx.membership.aggregate({ where: { allianceId: change.allianceId }, _max: { sortOrder: true } });
    await tx.membership.create({ data: { ...row, allianceId: change.allianceId, organizationId: org.id, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
  }
  return org.name;
}
