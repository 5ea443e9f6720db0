import "server-only";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { applyTransition, alreadyHandledMessage } from "../review/apply-transition";
import { scheduleEmailDispatch } from "../notifications/email";
import { notifyUsers } from "../notifications/notify";
import { dissolutionPasses, dissolutionResult } from "../rules/operation-rules";
import { ZDissolutionVoteInput, chinaTodayIso, type TDissolutionVoteInput } from "../validation/operation";
import { countCouncilMembers, findOwnedFiledAlliance, findVisibleAlliance, parseOrThrow, toDateColumn } from "./access";
import { canRunFiledAlliance } from "../authz/alliance-abilities";

/**
 * 附件3 第十一条: the secretariat proposes dissolution and the council votes; it passes with at least 4/5
 * in favour (R12). The filer records the tally; a passed vote goes to the service center to confirm.
 */
export async function recordDissolutionVote(user: SessionUser, raw: Omit<TDissolutionVoteInput, "councilSize"> & { councilSize?: number }, now = new Date()) {
  const owned = await findOwnedFiledAlliance(user, raw.allianceId);
  const councilSize = raw.councilSize ?? (await countCouncilMembers(owned.id)).council;
  const input = parseOrThrow(ZDissolutionVoteInput, { ...raw, councilSize });
  if (input.votedOn > chinaTodayIso(now)) throw new AppError("INVALID_INPUT", undefined, { votedOn: [text("operation.errors.votedInFuture")] });
  const passed = dissolutionPasses(input.councilSize, input.votesFor);
  const result = dissolutionResult(input.councilSize, input.votesFor);
  const vote = await db().$transaction(async (tx) => {
    const alliance = await findOwnedFiledAlliance(user, owned.id, tx);
    const row = await tx.dissolutionVote.create({
      data: {
        allianceId: alliance.id,
        votedOn: toDateColumn(input.votedOn),
        councilSize: input.councilSize,
        votesFor: input.votesFor,
        passed,
        proposal: input.proposal,
        createdById: user.id,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "dissolution.vote_recorded",
      entityType: "DissolutionVote",
      entityId: row.id,
      summary: { allianceId: alliance.id, votedOn: input.votedOn, councilSize: input.councilSize, votesFor: input.votesFor, passed, rule: result.message },
    });
    if (passed) {
      await notifyUsers(
        tx,
        { roles: { has: "SERVICE_CENTER" } },
        {
          kind: "dissolution.passed",
          title: (t) => t("operation.notice.dissolutionTitle", { name: alliance.name }),
          // The rule's sentence in the recipient's language too.
          body: (t, locale) =>
            t("operation.notice.dissolutionBody", { result: inLocale(locale, () => dissolutionResult(input.councilSize, input.votesFor).message) }),
          link: `/alliances/${alliance.id}/council`,
        },
        user.id,
      );
    }
    return row;
  });
  if (passed) scheduleEmailDispatch();
  return { id: vote.id, passed, message: result.message };
}

/**
 * The service center confirms a passed vote: the alliance moves to DISSOLVED through the one workflow path,
 * which re-reads the vote inside its transaction (a failed or already confirmed vote cannot dissolve).
 */
export async function confirmDissolution(user: SessionUser, input: { voteId: string; allianceVersion: number }, now = new Date()) {
  const vote = await db().dissolutionVote.findFirst({ where: { id: input.voteId, alliance: allianceScope(user) }, select: { id: true, allianceId: true } });
  if (!vote) throw new AppError("NOT_FOUND");
  return applyTransition(
    user,
    { allianceId: vote.allianceId, transition: "DISSOLVE", version: input.allianceVersion },
    async (tx, alliance) => {
      const { count } = await tx.dissolutionVote.updateMany({
        where: { id: vote.id, allianceId: alliance.id, passed: true, confirmedAt: null },
        data: { confirmedAt: now, confirmedById: user.id },
      });
      if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [alreadyHandledMessage()] });
      await tx.filing.updateMany({ where: { allianceId: alliance.id, revokedAt: null }, data: { revokedAt: now } });
      await recordAudit(tx, actorOf(user), {
        action: "dissolution.confirmed",
        entityType: "DissolutionVote",
        entityId: vote.id,
        summary: { allianceId: alliance.id },
      });
      return { dissolutionVoteId: vote.id };
    },
    async (tx) => {
      const v = await tx.dissolutionVote.findUnique({ where: { id: vote.id }, select: { passed: true, confirmedAt: true } });
      return { dissolutionVotePassed: v?.passed === true && v.confirmedAt === null };
    },
  );
}

const VOTE_SELECT = { id: true, votedOn: true, councilSize: true, votesFor: true, passed: true, proposal: true, confirmedAt: true, createdAt: true } as const;

/** The council tab's vote history, newest first, each with the 4/5 tally as shown to users. */
export async function findDissolutionVotes(user: SessionUser, allianceId: string) {
  const alliance = await findVisibleAlliance(user, allianceId);
  const votes = await db().dissolutionVote.findMany({
    where: { allianceId: alliance.id },
    orderBy: [{ votedOn: "desc" }, { createdAt: "desc" }],
    select: VOTE_SELECT,
  });
  return {
    alliance,
    canRecord: canRunFiledAlliance(user, alliance),
    canConfirm: user.roles.includes("SERVICE_CENTER") && alliance.state === "FILED",
    votes: votes.map((v) => ({ ...v, message: dissolutionResult(v.councilSize, v.votesFor).message })),
  };
}

export interface PendingDissolutionRow {
  voteId: string;
  allianceId: string;
  allianceName: string;
  allianceVersion: number;
  votedOn: Date;
  message: string;
  proposal: string;
}

/** Passed, unconfirmed votes of FILED alliances in scope: the service center's to-do. */
export async function findPendingDissolutions(user: SessionUser): Promise<PendingDissolutionRow[]> {
  assertRole(user, ["SERVICE_CENTER"]);
  const votes = await db().dissolutionVote.findMany({
    where: { passed: true, confirmedAt: null, alliance: { AND: [allianceScope(user), { state: "FILED" }] } },
    orderBy: { votedOn: "asc" },
    select: { ...VOTE_SELECT, alliance: { select: { id: true, name: true, version: true } } },
  });
  return votes.map((v) => ({
    voteId: v.id,
    allianceId: v.alliance.id,
    allianceName: v.alliance.name,
    allianceVersion: v.alliance.version,
    votedOn: v.votedOn,
    message: dissolutionResult(v.councilSize, v.votesFor).message,
    proposal: v.proposal,
  }));
}
