import "server-only";
import { text } from "../i18n/text";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { ZUndoAdoptionInput, type TUndoAdoptionInput } from "../validation/corrections";
import { parseOrThrow } from "./access";

/** Refusals, read in the current language each time they are used. */
export const UNDO_ADOPTION_MESSAGES = {
  get notAdopted() {
    return text("operation.errors.notAdopted");
  },
  get stale() {
    return text("operation.errors.adoptionStale");
  },
};

/**
 * 九（一）: the service center takes back a project's adoption marked by mistake; the project is "recommended" again (and
 * its filer may withdraw it). Conditional on the adoption it read, so a second undo, or one racing another change,
 * finds nothing to undo. The audit event keeps the adoption date and the reason; the lead enterprise's filers are told.
 */
export async function undoProjectAdoption(user: SessionUser, raw: TUndoAdoptionInput) {
  assertRole(user, ["SERVICE_CENTER"]);
  const input = parseOrThrow(ZUndoAdoptionInput, raw);
  const out = await db().$transaction(async (tx) => {
    const row = await tx.recommendedProject.findFirst({
      where: { id: input.projectId, alliance: allianceScope(user) },
      select: { id: true, title: true, year: true, adoptedAt: true, alliance: { select: { id: true, name: true, leadOrgId: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND");
    if (!row.adoptedAt) throw new AppError("CONFLICT", UNDO_ADOPTION_MESSAGES.notAdopted, { _form: [UNDO_ADOPTION_MESSAGES.notAdopted] });
    // The adoption read above, to the millisecond: PostgreSQL keeps microseconds that a JS Date drops, so an equality
    // test on the timestamp never matched there.
    const from = row.adoptedAt;
    const to = new Date(from.getTime() + 1);
    const { count } = await tx.recommendedProject.updateMany({ where: { id: row.id, adoptedAt: { gte: from, lt: to } }, data: { adoptedAt: null } });
    if (count === 0) throw new AppError("CONFLICT", UNDO_ADOPTION_MESSAGES.stale, { _form: [UNDO_ADOPTION_MESSAGES.stale] });
    await recordAudit(tx, actorOf(user), {
      action: "project.adoption_undone",
      entityType: "RecommendedProject",
      entityId: row.id,
      summary: { allianceId: row.alliance.id, year: row.year, title: row.title, adoptedAt: row.adoptedAt.toISOString(), reason: input.reason },
    });
    await notifyUsers(
      tx,
      { roles: { has: "ENTERPRISE_FILER" }, organizationId: row.alliance.leadOrgId },
      {
        kind: "project.adoption_undone",
        title: (t) => t("operation.notice.adoptionUndoneTitle", { title: row.title }),
        body: (t) => t("operation.notice.adoptionUndoneBody", { name: row.alliance.name, reason: input.reason }),
        link: `/alliances/${row.alliance.id}/activities`,
      },
      user.id,
    );
    return { id: row.id };
  });
  scheduleEmailDispatch();
  return out;
}
