import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import type { Prisma } from "../db/generated/client";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { OBJECTION_LIST, type ObjectionListState } from "./objection-list";

const OFFICERS = ["INSTITUTE_OFFICER"] as const;

/** One page of the objections, open ones first, with the true total of the same search and filter. */
export async function listObjections(user: SessionUser, params: RawParams | ObjectionListState = {}) {
  assertRole(user, OFFICERS);
  const list = OBJECTION_LIST.state(params);
  const where: Prisma.ObjectionWhereInput = {
    AND: [
      list.filters.status === "open" ? { handledAt: null } : list.filters.status === "handled" ? { handledAt: { not: null } } : {},
      list.q ? { OR: [{ filing: { number: containsText(list.q) } }, { filing: { alliance: { name: containsText(list.q) } } }] } : {},
    ],
  };
  const [page, open] = await Promise.all([
    readPage(
      list,
      () => db().objection.count({ where }),
      ({ skip, take }) =>
        db().objection.findMany({
          where,
          orderBy: OBJECTION_LIST.orderBy(list),
          skip,
          take,
          include: { filing: { select: { number: true, allianceId: true, noticeEndsOn: true, alliance: { select: { name: true } } } } },
        }),
    ),
    db().objection.count({ where: { handledAt: null } }),
  ]);
  return { ...page, list, open };
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
      throw exists ? new AppError("CONFLICT", undefined, { _form: [text("public.errors.alreadyHandled")] }) : new AppError("NOT_FOUND");
    }
    const o = await tx.objection.findUniqueOrThrow({ where: { id: input.objectionId } });
    await recordAudit(tx, actorOf(user), { action: "objection.handled", entityType: "Filing", entityId: o.filingId, summary: { objectionId: o.id } });
  });
}
