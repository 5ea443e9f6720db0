import "server-only";
import type { Prisma } from "../db/generated/client";
import type { ReportStatus } from "../db/generated/enums";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { definitionOf } from "./schemes";
import { containsText, readPage, type RawParams } from "../paging/list-params";
import { MISSING_SHOWN, REPORT_LIST, type ReportListState } from "./report-list";
import { toJsonColumn } from "../validation/json-column";
import { coverageCutoffInstant, coverageOf, isReturnOpen, publishReadiness, type PublishFacts } from "./coverage";
import { scoreReport, ScoringError, ZStoredAdjustments, ZStoredManualScores, ZStoredScoreLines, type TAdjustment } from "./score";
import { text } from "../i18n/text";

const CENTER = ["SERVICE_CENTER"] as const;
/** The refusal when someone else scored the report first, or the results went out meanwhile. */
export const assessmentTaken = () => text("assessmentLib.assess.taken");

type CoverageScheme = { year: number; coverageCutoff: Date | null };

/**
 * 八（四）: the alliances a year's assessment covers: filed (and not revoked or dissolved) before the scheme's cut-off
 * day, Beijing time (by default 1 January of the year: an alliance filed on 2 December has no report due for that
 * year). The rule itself is lib/assessment/coverage.ts.
 */
export function assessableAllianceWhere(scheme: CoverageScheme): Prisma.AllianceWhereInput {
  return { state: "FILED", filing: { filedAt: { lt: coverageCutoffInstant(scheme) } } };
}

const HANDED_IN: ReportStatus[] = ["SUBMITTED", "ASSESSED"];

/**
 * What publishReadiness (lib/assessment/coverage.ts) decides on, counted over every alliance (publishing grades them
 * all): covered alliances, how many of them handed in a report, and handed-in reports not yet scored.
 */
export async function countPublishFacts(
  client: Pick<Tx, "alliance" | "annualReport">,
  scheme: CoverageScheme & { id: string; reportDue: Date },
): Promise<PublishFacts> {
  const covered = assessableAllianceWhere(scheme);
  const [coveredCount, handedIn, unscored, returned] = await Promise.all([
    client.alliance.count({ where: covered }),
    client.alliance.count({ where: { AND: [covered, { annualReports: { some: { year: scheme.year, status: { in: HANDED_IN } } } }] } }),
    client.annualReport.count({ where: { schemeId: scheme.id, status: "SUBMITTED" } }),
    // Returned for correction and not handed in again (issue 17 item 5): open ones hold publication, lapsed ones count as missing.
    client.annualReport.findMany({
      where: { schemeId: scheme.id, status: "RETURNED", alliance: covered },
      select: { correctionDue: true, alliance: { select: { name: true } } },
    }),
  ]);
  return {
    reportDue: scheme.reportDue,
    covered: coveredCount,
    handedIn,
    unscored,
    returned: returned.map((r) => ({ allianceName: r.alliance.name, correctionDue: r.correctionDue ?? scheme.reportDue })),
  };
}

/** Reports returned for correction whose correction day has not passed at `now`: still to be handed in, not missing. */
export function openReturnWhere(year: number, now: Date): Prisma.AnnualReportWhereInput {
  return { year, status: "RETURNED", correctionDue: { gte: now } };
}

/** FILED alliances the year does not cover (filed on or after the cut-off day), listed with the reason. */
export function notCoveredAllianceWhere(scheme: CoverageScheme): Prisma.AllianceWhereInput {
  return { state: "FILED", OR: [{ filing: { is: null } }, { filing: { filedAt: { gte: coverageCutoffInstant(scheme) } } }] };
}

/** ScoringError paths name the scorer's inputs; the form calls manual scores `manualScores`. */
function formErrors(err: ScoringError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(err.fieldErrors ?? {})) {
    const key = path.startsWith("manual.") ? `manualScores.${path.slice(7)}` : path.startsWith("adjustments.") ? path : "_form";
    (out[key] ??= []).push(...messages);
  }
  return out;
}

export interface SaveAssessmentInput {
  reportId: string;
  version: number;
  manualScores: Record<string, number>;
  adjustments: TAdjustment[];
  comment: string;
}

/**
 * Scores a submitted report (or re-scores an assessed one whose result is not yet published). The server
 * recomputes everything with scoreReport; what the browser showed is never trusted.
 */
export async function saveAssessment(user: SessionUser, input: SaveAssessmentInput) {
  assertRole(user, CENTER);
  return db().$transaction(async (tx) => {
    const report = await tx.annualReport.findFirst({
      where: { id: input.reportId, alliance: allianceScope(user) },
      include: { scheme: true, assessment: true },
    });
    if (!report) throw new AppError("NOT_FOUND");
    if (report.status === "DRAFT") throw new AppError("CONFLICT", undefined, { _form: [text("assessmentLib.assess.notSubmitted")] });
    if (report.assessment?.publishedAt || report.scheme.status === "FROZEN") {
      throw new AppError("CONFLICT", undefined, { _form: [text("assessmentLib.assess.published")] });
    }
    if (report.version !== input.version) throw new AppError("CONFLICT", undefined, { _form: [assessmentTaken()] });

    let result;
    try {
      result = scoreReport(definitionOf(report.scheme), report.figures, input.manualScores, input.adjustments);
    } catch (err) {
      if (err instanceof ScoringError) throw new AppError("INVALID_INPUT", err.message, formErrors(err));
      throw err;
    }

    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, version: input.version, status: { in: ["SUBMITTED", "ASSESSED"] } },
      data: { status: "ASSESSED", version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", undefined, { _form: [assessmentTaken()] });

    const data = {
      score: result.total.toFixed(2),
      grade: result.grade,
      lines: toJsonColumn(ZStoredScoreLines, result.lines),
      manualScores: toJsonColumn(ZStoredManualScores, input.manualScores),
      adjustments: toJsonColumn(ZStoredAdjustments, input.adjustments),
      comment: input.comment,
      assessorId: user.id,
    };
    const before = report.assessment;
    const saved = before
      ? await tx.assessment.update({ where: { id: before.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.assessment.create({ data: { ...data, reportId: report.id, allianceId: report.allianceId, year: report.year } });

    await recordAudit(tx, actorOf(user), {
      action: "assessment.saved",
      entityType: "Assessment",
      entityId: saved.id,
      summary: {
        reportId: report.id,
        allianceId: report.allianceId,
        year: report.year,
        changes: {
          score: { from: before ? before.score.toFixed(2) : null, to: data.score },
          grade: { from: before?.grade ?? null, to: result.grade },
        },
      },
    });
    return { assessmentId: saved.id, score: result.total, grade: result.grade };
  });
}

/** Schemes whose reports the center scores: open for reports, or closed with results published. */
export async function listScoringSchemes(user: SessionUser) {
  assertRole(user, CENTER);
  return db().assessmentScheme.findMany({
    where: { status: { in: ["PUBLISHED", "FROZEN"] } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, title: true, status: true, version: true, reportDue: true, resultsPublishedAt: true },
  });
}

/**
 * One scheme's reports for scoring, one page of them with the true total, plus the covered alliances that
 * handed in none (a draft does not count; the first MISSING_SHOWN with their total): those are graded
 * 不合格 when the results are published. The search and the industry filter apply to both lists.
 */
export async function findSchemeReports(user: SessionUser, schemeId: string, params: RawParams | ReportListState = {}, now = new Date()) {
  assertRole(user, CENTER);
  const list = REPORT_LIST.state(params);
  const filter = list.filters;
  const scheme = await db().assessmentScheme.findUnique({ where: { id: schemeId } });
  if (!scheme || scheme.status === "DRAFT") throw new AppError("NOT_FOUND");
  const allianceWhere: Prisma.AllianceWhereInput = {
    AND: [
      allianceScope(user),
      filter.industry ? { industryCode: filter.industry } : {},
      list.q ? { OR: [{ name: containsText(list.q) }, { leadOrg: { name: containsText(list.q) } }] } : {},
    ],
  };
  // Handed-in reports and those returned for correction (listed with their correction day, issue 17 item 5).
  const listed: ReportStatus[] = ["SUBMITTED", "ASSESSED", "RETURNED"];
  const reportWhere: Prisma.AnnualReportWhereInput = {
    schemeId,
    status: filter.status && filter.status !== "MISSING" ? filter.status : { in: listed },
    alliance: allianceWhere,
    ...(filter.grade ? { assessment: { grade: filter.grade } } : {}),
  };
  const showReports = filter.status !== "MISSING";
  const reports = await readPage(
    list,
    () => (showReports ? db().annualReport.count({ where: reportWhere }) : Promise.resolve(0)),
    ({ skip, take }) =>
      showReports
        ? db().annualReport.findMany({
            where: reportWhere,
            orderBy: REPORT_LIST.orderBy(list),
            skip,
            take,
            select: {
              id: true,
              status: true,
              submittedAt: true,
              correctionDue: true,
              version: true,
              alliance: { select: { id: true, name: true, industry: { select: { code: true, name: true } }, leadOrg: { select: { name: true } } } },
              assessment: { select: { score: true, grade: true, publishedAt: true } },
            },
          })
        : Promise.resolve([]),
  );
  const showMissing = !filter.status || filter.status === "MISSING";
  const missingWhere: Prisma.AllianceWhereInput = {
    AND: [
      allianceWhere,
      // After publication a revoked alliance keeps its 不合格 line; before it, only filed ones are due.
      scheme.resultsPublishedAt ? { assessments: { some: { year: scheme.year, reportId: null } } } : assessableAllianceWhere(scheme),
      // A report returned for correction is not missing while its correction day has not passed; after it, it is.
      { annualReports: { none: { OR: [{ year: scheme.year, status: { in: HANDED_IN } }, openReturnWhere(scheme.year, now)] } } },
      filter.grade ? { assessments: { some: { year: scheme.year, grade: filter.grade } } } : {},
    ],
  };
  const [missing, missingTotal, unscored] = await Promise.all([
    showMissing
      ? db().alliance.findMany({
          where: missingWhere,
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: MISSING_SHOWN,
          select: {
            id: true,
            name: true,
            industry: { select: { code: true, name: true } },
            leadOrg: { select: { name: true } },
            assessments: { where: { year: scheme.year }, select: { score: true, grade: true, publishedAt: true } },
            annualReports: { where: { year: scheme.year, status: "RETURNED" }, select: { correctionDue: true } },
          },
        })
      : Promise.resolve([]),
    showMissing ? db().alliance.count({ where: missingWhere }) : Promise.resolve(0),
    db().annualReport.count({ where: { schemeId, status: "SUBMITTED", alliance: allianceScope(user) } }),
  ]);
  // Filed alliances the year does not cover, each with the reason (issue 17); the search and industry filter apply.
  const notCoveredWhere: Prisma.AllianceWhereInput = { AND: [allianceWhere, notCoveredAllianceWhere(scheme)] };
  const showNotCovered = !filter.status && !filter.grade;
  const [notCoveredRows, notCoveredTotal, facts] = await Promise.all([
    showNotCovered
      ? db().alliance.findMany({
          where: notCoveredWhere,
          orderBy: [{ name: "asc" }, { id: "asc" }],
          take: MISSING_SHOWN,
          select: {
            id: true,
            name: true,
            industry: { select: { code: true, name: true } },
            leadOrg: { select: { name: true } },
            filing: { select: { filedAt: true } },
          },
        })
      : Promise.resolve([]),
    showNotCovered ? db().alliance.count({ where: notCoveredWhere }) : Promise.resolve(0),
    countPublishFacts(db(), scheme),
  ]);
  const rows = reports.rows.map((r) => ({
    ...r,
    /** RETURNED only: whether the correction day has not passed yet (after it, the report counts as not handed in). */
    returnOpen: r.status === "RETURNED" ? isReturnOpen(r.correctionDue ?? scheme.reportDue, now) : null,
  }));
  const missingRows = missing.map((a) => ({ ...a, lapsedReturnDue: a.annualReports[0] ? (a.annualReports[0].correctionDue ?? scheme.reportDue) : null }));
  const notCovered = notCoveredRows.map((a) => ({ ...a, reason: coverageOf(scheme, a.filing?.filedAt ?? null).reason ?? "" }));
  // The publish button is offered only when the server would accept it, and otherwise says why.
  const readiness = scheme.status === "PUBLISHED" ? publishReadiness(facts, now) : null;
  return { scheme, list, reports: { ...reports, rows }, missing: missingRows, missingTotal, unscored, notCovered, notCoveredTotal, facts, readiness };
}

/** Everything the scoring page shows: the report, its scheme, the current assessment and evidence files. */
export async function getReportForScoring(user: SessionUser, reportId: string) {
  assertRole(user, CENTER);
  const report = await db().annualReport.findFirst({
    where: { id: reportId, status: { not: "DRAFT" }, alliance: allianceScope(user) },
    include: {
      scheme: true,
      assessment: true,
      alliance: { select: { id: true, name: true, state: true, industry: { select: { code: true, name: true } }, leadOrg: { select: { name: true } } } },
      evidence: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, versions: { orderBy: { versionNo: "desc" }, take: 1, select: { id: true, fileName: true, byteSize: true } } },
      },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  return { ...report, definition: definitionOf(report.scheme) };
}
