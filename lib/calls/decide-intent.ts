import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import type { z } from "../validation/zod";
import type { ZIntentDecisionInput } from "../validation/calls";

/** 七（一）: the division owning the industry qualifies or declines a lead enterprise. */
export async function decideIntent(user: SessionUser, input: z.output<typeof ZIntentDecisionInput>) {
  assertRole(user, ["DIVISION_REVIEWER"]);
  return db().$transaction(async (tx) => {
    const intent = await tx.leadIntent.findFirst({
      where: { id: input.intentId, call: { industry: { divisionId: user.divisionId ?? "" } } },
      include: { organization: { select: { name: true } } },
    });
    if (!intent) throw new AppError("NOT_FOUND");
    // Conditional on state and version: two reviewers deciding at once, exactly one wins.
    const { count } = await tx.leadIntent.updateMany({
      where: { id: intent.id, version: input.version, status: "SUBMITTED" },
      data: { status: input.decision, decisionReason: input.reason || null, decidedById: user.id, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [text("calls.errors.decidedElsewhere")] });
    await recordAudit(tx, actorOf(user), {
      action: "intent.decided",
      entityType: "LeadIntent",
      entityId: intent.id,
      summary: { organization: intent.organization.name, decision: input.decision, reason: input.reason },
    });
  });
}
