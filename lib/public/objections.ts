import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";

const OFFICERS = ["INSTITUTE_OFFICER"] as const;

export async function listObjections(user: SessionUser) {
  assertRole(user, OFFICERS);
  return db().objection.findMany({
    orderBy: [{ handledAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    include: { filing: { select: { number: true, allianceId: true, noticeEndsOn: true, alliance: { select: { name: true } } } } },
  });
}

/** The officer records how an objection was dealt with; it is then closed and cannot be re-handled. */
export async function handleObjection(user: SessionUser, input: { objectionId: string; note: string }) {
  assertRole(user, OFFICERS);
  await db().$transaction(async (tx) => {
    const { count } = await tx.objection.updateMany({
      where: { id: input.objectionId, handledAt: null },
      data: { handledAt: new Date(), handledById: user.id, handlingNote: input.note.trim() },
    });
    if (count === 0) {
      const exists = await tx.objection.findUnique({ where: { id: input.objectionId } });
      throw exists ? new AppError("CONFLICT", undefined, { _form: ["该异议已处理"] }) : new AppError("NOT_FOUND");
    }
    const o = await tx.objection.findUniqueOrThrow({ where: { id: input.objectionId } });
    await recordAudit(tx, actorOf(user), { action: "objection.handled", entityType: "Filing", entityId: o.filingId, summary: { objectionId: o.id } });
  });
}
