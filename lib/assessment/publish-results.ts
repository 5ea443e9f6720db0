import "server-only";
import type { Tx } from "../db/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { consecutiveFailingYears } from "../rules/operation-rules";
import { assessableAllianceWhere, countPublishFacts } from "./assess";
import { coverageCutoffDay, publishReadiness } from "./coverage";
import { chinaDayOf } from "../validation/assessment";
import { GRADE_LABELS } from "./scheme";
import { MISSING_REPORT_COMMENT } from "../validation/assessment-scoring";
import { text } from "../i18n/text";
import { listText } from "../rules/meta";
import { storedText } from "./stored-text";

export { MISSING_REPORT_COMMENT };

/**
 * The comment on a returned report that was not handed in again by its correction day (counted as not handed in).
 * Stored on the assessment (Assessment.comment), so written in Chinese whatever the language of the request.
 */
export function lapsedReturnComment(correctionDay: string): string {
  return storedText(() => text("assessmentLib.publish.lapsedComment", { missing: MISSING_REPORT_COMMENT, day: correctionDay }));
}

const schemeTaken = () => text("assessmentLib.publish.schemeTaken");

/**
 * R11 (八（四）) over an alliance's published results, read in the caller's transaction: the two
 * assessments of the consecutive failing years when flagged, else null.
 */
export async function failingBasis(tx: Tx, allianceId: string) {
  const published = await tx.assessment.findMany({
    where: { allianceId, publishedAt: { not: null } },
    select: { id: true, year: true, grade: true },
  });
  const { flagged, years } = consecutiveFailingYears(published.map((a) => ({ year: a.year, failed: a.grade === "FAIL" })));
  if (!flagged) return null;
  return { years, assessmentIds: years.map((y) => published.find((a) => a.year === y)!.id) };
}

/**
 * Publishes a year's results in one transaction: covered alliances that handed in no report are graded 不合格,
 * every result becomes visible to its alliance, the scheme is frozen, and any alliance with a second
 * consecutive failing year gets a revocation proposal for the service center to confirm (八（四）).
 */
export async function publishResults(user: SessionUser, input: { schemeId: string; version: number; earlyCloseReason?: string }, now = new Date()) {
  assertRole(user, ["SERVICE_CENTER"]);
  const outcome = await db().$transaction(
    async (tx) => {
      const scheme = await tx.assessmentScheme.findUnique({ where: { id: input.schemeId } });
      if (!scheme || scheme.status === "DRAFT") throw new AppError("NOT_FOUND");
      if (scheme.status === "FROZEN" || scheme.version !== input.version) throw new AppError("CONFLICT", undefined, { _form: [schemeTaken()] });
      // The page's rule (lib/assessment/coverage.ts): after the due date, or earlier once every covered alliance has
      // handed in its report, or by an explicit early close with a reason; every handed-in report scored first.
      const facts = await countPublishFacts(tx, scheme);
      const ready = publishReadiness(facts, now, input.earlyCloseReason);
      if (!ready.allowed) throw new AppError("INVALID_INPUT", undefined, { _form: ready.reasons });
      const earlyCloseReason = ready.basis === "EARLY_CLOSE" ? input.earlyCloseReason!.trim() : null;
      const { count } = await tx.assessmentScheme.updateMany({
        where: { id: scheme.id, version: input.version, status: "PUBLISHED" },
        data: { status: "FROZEN", resultsPublishedAt: now, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [schemeTaken()] });

      // No report handed in (none, or a draft): 不合格 with score 0, as announced on the scoring list.
      const missing = await tx.alliance.findMany({
        where: {
          AND: [
            assessableAllianceWhere(scheme),
            { assessments: { none: { year: scheme.year } } },
            { annualReports: { none: { year: scheme.year, status: "RETURNED" } } },
          ],
        },
        select: { id: true },
      });
      for (const a of missing) {
        await tx.assessment.create({
          data: { allianceId: a.id, year: scheme.year, score: "0.00", grade: "FAIL", comment: MISSING_REPORT_COMMENT, assessorId: user.id },
        });
      }
      // Returned for correction and not handed in again by the correction day (publishReadiness has refused any still
      // open): counted as not handed in, 不合格 with score 0 on that report; a score given before the return is replaced.
      const lapsed = await tx.annualReport.findMany({
        where: { schemeId: scheme.id, status: "RETURNED", alliance: assessableAllianceWhere(scheme) },
        select: { id: true, allianceId: true, correctionDue: true, assessment: { select: { id: true } } },
      });
      for (const r of lapsed) {
        const data = {
          score: "0.00",
          grade: "FAIL" as const,
          comment: lapsedReturnComment(chinaDayOf(r.correctionDue ?? scheme.reportDue)),
          lines: [],
          manualScores: {},
          adjustments: [],
          assessorId: user.id,
        };
        if (r.assessment) await tx.assessment.update({ where: { id: r.assessment.id }, data: { ...data, version: { increment: 1 } } });
        else await tx.assessment.create({ data: { ...data, reportId: r.id, allianceId: r.allianceId, year: scheme.year } });
      }
      await tx.assessment.updateMany({ where: { year: scheme.year, publishedAt: null }, data: { publishedAt: now } });

      const results = await tx.assessment.findMany({
        where: { year: scheme.year, alliance: allianceScope(user) },
        select: { id: true, score: true, grade: true, alliance: { select: { id: true, name: true, state: true, leadOrgId: true } } },
      });
      let proposed = 0;
      for (const r of results) {
        await notifyUsers(
          tx,
          { roles: { has: "ENTERPRISE_FILER" }, organizationId: r.alliance.leadOrgId },
          {
            kind: "assessment.published",
            title: storedText(() =>
              text("assessmentLib.publish.resultTitle", {
                year: String(scheme.year),
                name: r.alliance.name,
                grade: GRADE_LABELS[r.grade],
                score: r.score.toFixed(2),
              }),
            ),
            link: `/alliances/${r.alliance.id}`,
          },
          user.id,
        );
        if (r.alliance.state !== "FILED") continue;
        if (await proposeRevocation(tx, user, r.alliance)) proposed += 1;
      }
      await recordAudit(tx, actorOf(user), {
        action: "scheme.results_published",
        entityType: "AssessmentScheme",
        entityId: scheme.id,
        summary: {
          year: scheme.year,
          results: results.length,
          missingReports: missing.length,
          lapsedReturns: lapsed.length,
          revocationsProposed: proposed,
          changes: { status: { from: "PUBLISHED", to: "FROZEN" } },
          basis: ready.basis,
          reportDue: chinaDayOf(scheme.reportDue),
          coverageCutoff: coverageCutoffDay(scheme),
          covered: facts.covered,
          handedIn: facts.handedIn,
          ...(earlyCloseReason ? { earlyCloseReason } : {}),
        },
      });
      return {
        year: scheme.year,
        results: results.length,
        missingReports: missing.length,
        lapsedReturns: lapsed.length,
        revocationsProposed: proposed,
        basis: ready.basis,
      };
    },
    { timeout: 60_000 },
  );
  scheduleEmailDispatch();
  return outcome;
}

/** One open proposal per alliance (index Revocation_one_open_per_alliance): an open one is left as it is. */
async function proposeRevocation(tx: Tx, user: SessionUser, alliance: { id: string; name: string }): Promise<boolean> {
  const basis = await failingBasis(tx, alliance.id);
  if (!basis) return false;
  if (await tx.revocation.findFirst({ where: { allianceId: alliance.id, status: "PROPOSED" }, select: { id: true } })) return false;
  // Stored as the proposal's reason (Revocation.reason) and sent as the notice's body: Chinese, as stored before.
  const reason = storedText(() =>
    text("assessmentLib.publish.revocationReason", { years: listText(basis.years.map((y) => text("assessmentLib.year", { year: String(y) }))) }),
  );
  const row = await tx.revocation.create({ data: { allianceId: alliance.id, basisAssessmentIds: basis.assessmentIds, reason } });
  await recordAudit(tx, actorOf(user), {
    action: "revocation.proposed",
    entityType: "Revocation",
    entityId: row.id,
    summary: { allianceId: alliance.id, years: basis.years, basisAssessmentIds: basis.assessmentIds },
  });
  await notifyUsers(
    tx,
    { roles: { has: "SERVICE_CENTER" } },
    {
      kind: "revocation.proposed",
      title: storedText(() => text("assessmentLib.publish.revocationTitle", { name: alliance.name })),
      body: reason,
      link: "/assessment/revocations",
    },
  );
  return true;
}
