import "server-only";
import type { Alliance, Industry } from "../db/generated/client";
import type { ReviewDecision, ReviewStage } from "../db/generated/enums";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { checkTransition, findTransition, type TransitionContext, type TransitionName } from "../workflow";
import { scheduleEmailDispatch } from "../notifications/email";
import { notifyForState } from "./recipients";
import { actingUnit, transitionFacts } from "./facts";

/** Someone else acted first (a stale version or a lost race). */
export function alreadyHandledMessage(): string {
  return text("review.errors.alreadyHandled");
}

/** Which 附件1 box a review transition fills, and with what decision. */
const OPINION_OF: Partial<Record<TransitionName, { stage: ReviewStage; decision: ReviewDecision }>> = {
  DIVISION_PASS: { stage: "DIVISION", decision: "PASS" },
  DIVISION_RETURN: { stage: "DIVISION", decision: "RETURN" },
  DIVISION_REJECT: { stage: "DIVISION", decision: "REJECT" },
  FORM_PASS: { stage: "FORM", decision: "PASS" },
  FORM_RETURN: { stage: "FORM", decision: "RETURN" },
  FORM_REJECT: { stage: "FORM", decision: "REJECT" },
};

export interface TransitionRequest {
  allianceId: string;
  transition: TransitionName;
  /** The alliance version the user saw; a different one means someone acted first. */
  version: number;
  opinion?: string | null;
  /** Only a passing opinion may be kept from the filer; a return or rejection must tell them why. */
  internal?: boolean;
}

type LoadedAlliance = Alliance & { industry: Industry };

export interface TransitionOutcome {
  from: string;
  to: string;
  versionNo: number;
}

/**
 * Fires one workflow transition: checks it with lib/workflow, then in one transaction moves the state
 * (only if nobody moved it first), writes the reviewer's opinion, the audit event and the notifications.
 * `effect` runs inside the same transaction for transitions that create more (filing number, meeting
 * decision). Emails go out after commit.
 */
export async function applyTransition(
  user: SessionUser,
  req: TransitionRequest,
  effect?: (tx: Tx, alliance: LoadedAlliance) => Promise<Record<string, unknown> | void>,
  /** Facts only the caller can establish (two failing years, a passed dissolution vote), read inside the same transaction. */
  extraFacts?: (tx: Tx, alliance: LoadedAlliance) => Promise<Partial<TransitionContext>>,
): Promise<TransitionOutcome> {
  const outcome = await db().$transaction(async (tx) => {
    const alliance = await tx.alliance.findFirst({ where: { AND: [{ id: req.allianceId }, allianceScope(user)] }, include: { industry: true } });
    if (!alliance) throw new AppError("NOT_FOUND");
    const opinion = req.opinion?.trim() ?? "";
    const extra = extraFacts ? await extraFacts(tx, alliance) : {};
    const check = checkTransition({
      state: alliance.state,
      transition: req.transition,
      roles: user.roles,
      context: { ...extra, ...transitionFacts(user, alliance), opinion },
    });
    // A stale page meets a changed filing: say so plainly rather than "wrong state".
    if (alliance.version !== req.version) throw new AppError("CONFLICT", undefined, { _form: [alreadyHandledMessage()] });
    if (!check.ok) {
      if (check.code === "WRONG_ROLE" || check.code === "NOT_OWNER") throw new AppError("FORBIDDEN", undefined, { _form: [check.reason] });
      if (check.code === "OPINION_REQUIRED") throw new AppError("INVALID_INPUT", undefined, { opinion: [check.reason] });
      if (check.code === "WRONG_STATE") throw new AppError("CONFLICT", undefined, { _form: [check.reason] });
      throw new AppError("INVALID_INPUT", undefined, { _form: [check.reason] });
    }
    const def = findTransition(req.transition)!;
    const to = check.to;
    const { count } = await tx.alliance.updateMany({
      where: { id: alliance.id, version: req.version, state: alliance.state },
      data: {
        state: to,
        stateSince: new Date(),
        version: { increment: 1 },
        ...(to === "RETURNED" ? { returnedFrom: alliance.state } : {}),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [alreadyHandledMessage()] });

    let opinionId: string | undefined;
    const box = OPINION_OF[req.transition];
    if (box) {
      const version = await tx.applicationVersion.findUnique({
        where: { allianceId_versionNo: { allianceId: alliance.id, versionNo: alliance.currentVersionNo } },
      });
      if (!version) throw new AppError("CONFLICT", undefined, { _form: [text("review.errors.noVersion")] });
      const unit = actingUnit(user.divisionId ? { division: await tx.division.findUnique({ where: { id: user.divisionId } }) } : null);
      const row = await tx.reviewOpinion.create({
        data: {
          allianceId: alliance.id,
          versionId: version.id,
          stage: box.stage,
          decision: box.decision,
          opinion,
          reviewUnit: unit,
          internal: box.decision === "PASS" && req.internal === true,
          reviewerId: user.id,
        },
      });
      opinionId = row.id;
    }
    const effected = effect ? await effect(tx, alliance) : undefined;
    // Stored in Chinese whoever decides (the audit trail and reviewers' notices are read by everyone);
    // readers in another language get the transition's name from recordedTransitionLabel.
    const storedLabel = inLocale("zh-CN", () => def.label);
    await recordAudit(tx, actorOf(user), {
      action: "alliance.transitioned",
      entityType: "Alliance",
      entityId: alliance.id,
      summary: {
        transition: def.name,
        label: storedLabel,
        from: alliance.state,
        to,
        versionNo: alliance.currentVersionNo,
        ...(opinionId ? { opinionId } : {}),
        ...(effected ?? {}),
      },
    });
    await notifyForState(tx, { ...alliance, state: to }, storedLabel, user.id);
    return { from: alliance.state, to, versionNo: alliance.currentVersionNo };
  });
  scheduleEmailDispatch();
  return outcome;
}
