import "server-only";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { availableTransitions } from "../workflow";
import { commentPathLabel, isCommentPath } from "./comment-paths";
import { actingUnit, transitionFacts } from "./facts";
import { unitName } from "./units";
import { isFilerOnly } from "../auth/roles";

/**
 * A reviewer may annotate a field or a member row exactly when they may return the filing at its
 * current stage: the division reviewer owning the industry in division review, the secretary in form
 * review. Comments belong to the submitted version under review.
 */
async function loadForComment(tx: Tx, user: SessionUser, allianceId: string) {
  const alliance = await tx.alliance.findFirst({
    where: { AND: [{ id: allianceId }, allianceScope(user)] },
    include: { industry: true, memberships: { where: { leftOn: null }, include: { organization: { select: { creditCode: true } } } } },
  });
  if (!alliance) throw new AppError("NOT_FOUND");
  const can = availableTransitions(alliance.state, user.roles, transitionFacts(user, alliance)).some((t) => t.endsWith("_RETURN"));
  if (!can) throw new AppError("FORBIDDEN", undefined, { _form: [text("review.errors.cannotComment")] });
  return alliance;
}

export async function addFieldComment(user: SessionUser, input: { allianceId: string; fieldPath: string; text: string; visibleToFiler: boolean }) {
  return db().$transaction(async (tx) => {
    const alliance = await loadForComment(tx, user, input.allianceId);
    const codes = new Set(alliance.memberships.map((m) => m.organization.creditCode));
    if (!isCommentPath(input.fieldPath, codes)) throw new AppError("INVALID_INPUT", undefined, { fieldPath: [text("review.errors.badPlace")] });
    const comment = await tx.fieldComment.create({
      data: {
        allianceId: alliance.id,
        versionNo: alliance.currentVersionNo,
        fieldPath: input.fieldPath,
        text: input.text.trim(),
        visibleToFiler: input.visibleToFiler,
        authorId: user.id,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "alliance.field_commented",
      entityType: "Alliance",
      entityId: alliance.id,
      summary: { commentId: comment.id, fieldPath: input.fieldPath, versionNo: alliance.currentVersionNo, visibleToFiler: input.visibleToFiler },
    });
    return comment;
  });
}

/** Authors may withdraw their own comment while the version is still under their review. */
export async function removeFieldComment(user: SessionUser, input: { commentId: string }) {
  return db().$transaction(async (tx) => {
    const comment = await tx.fieldComment.findUnique({ where: { id: input.commentId } });
    if (!comment || comment.authorId !== user.id) throw new AppError("NOT_FOUND");
    const alliance = await loadForComment(tx, user, comment.allianceId);
    if (alliance.currentVersionNo !== comment.versionNo) throw new AppError("CONFLICT", undefined, { _form: [text("review.errors.cannotWithdraw")] });
    await tx.fieldComment.delete({ where: { id: comment.id } });
    await recordAudit(tx, actorOf(user), {
      action: "alliance.field_comment_removed",
      entityType: "Alliance",
      entityId: alliance.id,
      summary: { commentId: comment.id, fieldPath: comment.fieldPath, text: comment.text },
    });
  });
}

export interface CommentView {
  id: string;
  fieldPath: string;
  label: string;
  text: string;
  versionNo: number;
  visibleToFiler: boolean;
  authorName: string;
  mine: boolean;
  createdAt: Date;
}

/**
 * Comments of one version as the user may see them. Filers see only those meant for them, and only
 * once the version was returned; reviewers see all, including comments still being drafted.
 */
export async function findFieldComments(user: SessionUser, allianceId: string, versionNo: number): Promise<CommentView[]> {
  const alliance = await db().alliance.findFirst({
    where: { AND: [{ id: allianceId }, allianceScope(user)] },
    select: { id: true, state: true, currentVersionNo: true },
  });
  if (!alliance) throw new AppError("NOT_FOUND");
  const reviewer = !isFilerOnly(user.roles);
  if (!reviewer) {
    const returned = versionNo < alliance.currentVersionNo || alliance.state === "RETURNED";
    if (!returned) return [];
  }
  const rows = await db().fieldComment.findMany({
    where: { allianceId, versionNo, ...(reviewer ? {} : { visibleToFiler: true }) },
    orderBy: { createdAt: "asc" },
  });
  const authors = await db().user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
    select: { id: true, displayName: true, division: { select: { name: true } } },
  });
  const byId = new Map(authors.map((a) => [a.id, a]));
  return rows.map((r) => {
    const a = byId.get(r.authorId);
    return {
      id: r.id,
      fieldPath: r.fieldPath,
      label: commentPathLabel(r.fieldPath),
      text: r.text,
      versionNo: r.versionNo,
      visibleToFiler: r.visibleToFiler,
      // The filer sees the reviewing unit, not the person (reviewers act for their division).
      authorName: reviewer ? (a?.displayName ?? "") : unitName(actingUnit({ division: a?.division })),
      mine: r.authorId === user.id,
      createdAt: r.createdAt,
    };
  });
}
