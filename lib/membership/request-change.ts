import "server-only";
import { inLocale } from "../i18n/server-text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { ZRuleReport } from "../rules/schema";
import { toJsonColumn } from "../validation/json-column";
import { ZJoinMember, type TRequestChangeInput } from "../validation/membership";
import { failingConditions, memberListRules } from "./change-rules";
import { filedOnly, getOwnAllianceOrThrow, ruleMembersOf } from "./own-alliance";
import { text } from "../i18n/text";

/** Why the lead unit cannot leave, in the current language. */
export function leadCannotExitMessage(): string {
  return text("membership.errors.leadCannotExit");
}

/**
 * The alliance's filer submits a join (附件2 第十七条) or exit (第十八条) request for the council to decide.
 * The rules are run on the member list as it would be after the change, so the council sees the effect.
 */
export async function requestChange(user: SessionUser, input: TRequestChangeInput) {
  return db().$transaction(async (tx) => {
    const alliance = await getOwnAllianceOrThrow(tx, user, input.allianceId);
    if (alliance.state !== "FILED") throw new AppError("CONFLICT", undefined, filedOnly());
    const current = ruleMembersOf(alliance.memberships, alliance.leadOrgId);
    let organizationId: string;
    let after = current;
    let subject: string;
    if (input.kind === "JOIN") {
      const m = input.member;
      if (current.some((c) => c.creditCode === m.creditCode)) {
        throw new AppError("CONFLICT", undefined, { "member.creditCode": [text("membership.errors.alreadyMember")] });
      }
      // Organisations are known once by credit code: an existing one is reused as registered.
      const org = await tx.organization.upsert({
        where: { creditCode: m.creditCode },
        update: {},
        create: { creditCode: m.creditCode, name: m.name, type: m.type },
      });
      organizationId = org.id;
      subject = org.name;
      after = [
        ...current,
        { creditCode: org.creditCode, name: org.name, type: org.type, role: m.role, chainPosition: org.type === "ENTERPRISE" ? m.chainPosition : null },
      ];
    } else {
      const leaving = alliance.memberships.find((x) => x.id === input.membershipId);
      if (!leaving) throw new AppError("NOT_FOUND");
      if (leaving.organizationId === alliance.leadOrgId || leaving.role === "CHAIR") {
        throw new AppError("INVALID_INPUT", undefined, { _form: [leadCannotExitMessage()] });
      }
      organizationId = leaving.organizationId;
      subject = leaving.organization.name;
      after = current.filter((c) => c.creditCode !== leaving.organization.creditCode);
    }
    const pending = await tx.membershipChange.count({ where: { allianceId: alliance.id, organizationId, status: "PENDING" } });
    if (pending > 0) throw new AppError("CONFLICT", undefined, { _form: [text("membership.errors.pendingExists", { name: subject })] });
    // Stored and audited: in Chinese whoever asks, as rule reports always were.
    const ruleWarnings = inLocale("zh-CN", () => memberListRules(after));
    const change = await tx.membershipChange.create({
      data: {
        allianceId: alliance.id,
        organizationId,
        kind: input.kind,
        memberData: input.kind === "JOIN" ? toJsonColumn(ZJoinMember, input.member) : undefined,
        reason: input.reason,
        ruleWarnings: toJsonColumn(ZRuleReport, ruleWarnings),
        flagged: failingConditions(ruleWarnings).length > 0,
        createdById: user.id,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "membership.change_requested",
      entityType: "MembershipChange",
      entityId: change.id,
      summary: { allianceId: alliance.id, kind: input.kind, organizationId, name: subject, ruleResults: ruleWarnings },
    });
    return change;
  });
}
