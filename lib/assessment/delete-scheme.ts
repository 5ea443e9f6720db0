import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { chinaDayOf } from "../validation/assessment";
import { ZDeleteSchemeInput, type TDeleteSchemeInput } from "../validation/corrections";
import { parseOrThrow } from "../operation/access";
import { text } from "../i18n/text";

const publishedMessage = () => text("assessmentLib.deleteScheme.published");
const staleMessage = () => text("assessmentLib.deleteScheme.stale");

/**
 * 八（四）: the service center deletes a scheme that is still a draft (created by mistake, or for the wrong year). Nothing
 * hangs on a draft: reports open only on publishing. Conditional on state and version, so a publish or an edit landing
 * first wins; the audit event keeps the year, title, due date and the reason.
 */
export async function deleteDraftScheme(user: SessionUser, raw: TDeleteSchemeInput): Promise<{ year: number }> {
  assertRole(user, ["SERVICE_CENTER"]);
  const input = parseOrThrow(ZDeleteSchemeInput, raw);
  return db().$transaction(async (tx) => {
    const row = await tx.assessmentScheme.findUnique({
      where: { id: input.id },
      select: { id: true, year: true, title: true, status: true, version: true, reportDue: true, _count: { select: { reports: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND");
    if (row.status !== "DRAFT" || row._count.reports > 0) throw new AppError("FORBIDDEN", publishedMessage(), { _form: [publishedMessage()] });
    const { count } = await tx.assessmentScheme.deleteMany({ where: { id: row.id, version: input.version, status: "DRAFT" } });
    if (count === 0) throw new AppError("CONFLICT", staleMessage(), { _form: [staleMessage()] });
    await recordAudit(tx, actorOf(user), {
      action: "scheme.deleted",
      entityType: "AssessmentScheme",
      entityId: row.id,
      summary: { year: row.year, title: row.title, reportDue: chinaDayOf(row.reportDue), reason: input.reason },
    });
    return { year: row.year };
  });
}
