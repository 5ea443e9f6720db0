import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import type { z } from "../validation/zod";
import type { ZCallCreateInput } from "../validation/calls";

/** 七（一）: the department opens a call for lead enterprises of one industry. */
export async function openCall(user: SessionUser, input: z.output<typeof ZCallCreateInput>, today = new Date()) {
  assertRole(user, ["DIVISION_REVIEWER", "DEPARTMENT_SECRETARY"]);
  const industry = await db().industry.findUnique({ where: { code: input.industryCode } });
  if (!industry) throw new AppError("INVALID_INPUT", undefined, { industryCode: [text("calls.errors.badIndustry")] });
  // A division opens calls only for the industries it owns.
  if (!user.roles.includes("DEPARTMENT_SECRETARY") && industry.divisionId !== user.divisionId) {
    throw new AppError("FORBIDDEN", undefined, { industryCode: [text("calls.errors.notYourIndustry")] });
  }
  const deadline = new Date(`${input.deadline}T23:59:59+08:00`);
  if (deadline <= today) throw new AppError("INVALID_INPUT", undefined, { deadline: [text("calls.errors.deadlinePast")] });
  return db().$transaction(async (tx) => {
    const call = await tx.call.create({
      data: { industryCode: industry.code, title: input.title, description: input.description, deadline, createdById: user.id },
    });
    await recordAudit(tx, actorOf(user), {
      action: "call.opened",
      entityType: "Call",
      entityId: call.id,
      summary: { industry: industry.code, title: call.title, deadline: input.deadline },
    });
    return { id: call.id };
  });
}
