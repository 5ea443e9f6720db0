import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { checkCreditCode, isJilinCreditCode } from "../rules/credit-code";
import type { z } from "../validation/zod";
import type { ZIntentSubmitInput } from "../validation/calls";

/** 七（一）: an enterprise declares its intent to lead an alliance, with evidence for 六（一）1-5. */
export async function submitIntent(user: SessionUser, input: z.output<typeof ZIntentSubmitInput>, now = new Date()) {
  assertRole(user, ["ENTERPRISE_FILER"]);
  if (!user.organizationId) throw new AppError("FORBIDDEN");
  const [call, org] = await Promise.all([
    db().call.findUnique({ where: { id: input.callId } }),
    db().organization.findUniqueOrThrow({ where: { id: user.organizationId } }),
  ]);
  if (!call) throw new AppError("NOT_FOUND");
  if (call.status !== "OPEN" || call.deadline < now) {
    throw new AppError("INVALID_INPUT", undefined, { _form: [text("calls.errors.callClosed")] });
  }
  // 六（一）1: an independent legal entity registered in Jilin, judged by its credit code.
  // A reviewed override admits an early pilot code that fails the checksum, never a non-Jilin one.
  const valid = checkCreditCode(org.creditCode).ok || Boolean(org.creditCodeOverrideBy);
  const jilin = isJilinCreditCode(org.creditCode) || (Boolean(org.creditCodeOverrideBy) && org.creditCode.slice(2, 4) === "22");
  if (org.type !== "ENTERPRISE" || !valid || !jilin) {
    throw new AppError("INVALID_INPUT", undefined, { _form: [text("calls.errors.notJilin")] });
  }
  return db().$transaction(async (tx) => {
    const existing = await tx.leadIntent.findUnique({ where: { callId_organizationId: { callId: call.id, organizationId: org.id } } });
    if (existing) throw new AppError("CONFLICT", undefined, { _form: [text("calls.errors.alreadySubmitted")] });
    const intent = await tx.leadIntent.create({
      data: { callId: call.id, organizationId: org.id, evidence: input.evidence, createdById: user.id },
    });
    await recordAudit(tx, actorOf(user), {
      action: "intent.submitted",
      entityType: "LeadIntent",
      entityId: intent.id,
      summary: { callId: call.id, organization: org.name },
    });
    return { id: intent.id };
  });
}
