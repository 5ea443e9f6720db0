import "server-only";
import type { Prisma } from "../db/generated/client";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { chinaDayOf, type ZReportDraftInput, type ZReportSubmitInput } from "../validation/assessment";
import type { z } from "../validation/zod";
import { figuresSchema, type TReportFigures } from "./score";
import type { TIndicatorSource, TReportStatusShown, TSchemeDefinition } from "./scheme";
import { definitionOf } from "./schemes";
import { effectiveDue, recordSubmission } from "./report-return";
import { notCoveredMessage } from "./coverage";
import { text } from "../i18n/text";
import { storedText } from "./stored-text";

// 八（四）: each FILED alliance reports once a year under the published scheme (one AnnualReport per alliance
// and year). The lead enterprise's filer writes it; department staff who may see the alliance read it.

/**
 * The alliances whose annual reports this user may write: FILED ones their own enterprise leads. Anything
 * else (another enterprise's alliance, staff, a revoked alliance) is simply not found.
 */
export function ownReportAlliances(user: SessionUser): Prisma.AllianceWhereInput {
  if (!user.roles.includes("ENTERPRISE_FILER") || !user.organizationId) return { id: { in: [] } };
  return { AND: [allianceScope(user), { leadOrgId: user.organizationId, state: "FILED" }] };
}

export type SourceCounts = Record<TIndicatorSource, number>;

/** What the portal can count itself for `year`: activities held that year (八（一）) and projects recommended for it (九（一）). */
export async function countSources(tx: Pick<Tx, "activity" | "recommendedProject">, allianceId: string, year: number): Promise<SourceCounts> {
  const [activities, projects] = await Promise.all([
    tx.activity.count({ where: { allianceId, heldOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } } }),
    tx.recommendedProject.count({ where: { allianceId, year } }),
  ]);
  return { activities, projects };
}

/**
 * The figures to store: what the filer typed for indicators they report, the counts for counted ones, and
 * nothing for hand-scored or unknown codes. Shape { CODE: number } is what scoring reads.
 */
export function figuresToStore(def: TSchemeDefinition, typed: Readonly<Record<string, number | null | undefined>>, counts: SourceCounts): TReportFigures {
  const out: TReportFigures = {};
  for (const ind of def.indicators) {
    if (ind.rule.kind === "manual") continue;
    if (ind.source) out[ind.code] = counts[ind.source];
    else {
      const v = Object.hasOwn(typed, ind.code) ? typed[ind.code] : undefined;
      if (typeof v === "number" && Number.isFinite(v)) out[ind.code] = v;
    }
  }
  return out;
}

/** Whole days from the Beijing calendar day of `now` to that of `due`; negative once it has passed. */
export function daysLeft(due: Date, now = new Date()): number {
  const day = (d: Date) => Math.floor((d.getTime() + 8 * 3_600_000) / 86_400_000);
  return day(due) - day(now);
}

const staleMessage = () => text("assessmentLib.reports.stale");
const submittedMessage = () => text("assessmentLib.reports.submitted");

/**
 * The filer's to-do list: each own FILED alliance × each scheme open for reports. A year whose scheme does not cover
 * the alliance (filed on or after the cut-off day) is listed with `notCovered` saying why, and is no task.
 */
export async function findReportTasks(user: SessionUser, now = new Date()) {
  const [alliances, schemes] = await Promise.all([
    db().alliance.findMany({
      where: ownReportAlliances(user),
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        filing: { select: { filedAt: true } },
        annualReports: { select: { year: true, status: true, submittedAt: true, correctionDue: true } },
      },
    }),
    db().assessmentScheme.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { year: "desc" },
      select: { id: true, year: true, title: true, reportDue: true, coverageCutoff: true },
    }),
  ]);
  return alliances.flatMap((a) =>
    schemes.map((s) => {
      const report = a.annualReports.find((r) => r.year === s.year);
      // A report returned for correction is due on the day the center set, not the scheme's day.
      const due = report ? effectiveDue(report, s) : s.reportDue;
      return {
        allianceId: a.id,
        allianceName: a.name,
        year: s.year,
        title: s.title,
        reportDue: due,
        daysLeft: daysLeft(due, now),
        status: report?.status ?? ("NONE" as const),
        submittedAt: report?.submittedAt ?? null,
        /** Set when the year's assessment does not cover the alliance (issue 17 item 4): no task, this is shown instead. */
        notCovered: notCoveredMessage(s, a.filing?.filedAt ?? null),
      };
    }),
  );
}

/** The "年度报告与考核" tab: every year's report of one alliance, with the published result where there is one. */
export async function findAllianceReports(user: SessionUser, allianceId: string) {
  const alliance = await db().alliance.findFirst({
    where: { AND: [{ id: allianceId }, allianceScope(user)] },
    select: { id: true, filing: { select: { filedAt: true } } },
  });
  if (!alliance) throw new AppError("NOT_FOUND");
  const filedAt = alliance.filing?.filedAt ?? null;
  const [reports, open] = await Promise.all([
    db().annualReport.findMany({
      where: { allianceId },
      orderBy: { year: "desc" },
      select: {
        id: true,
        year: true,
        status: true,
        submittedAt: true,
        correctionDue: true,
        scheme: { select: { title: true, reportDue: true, status: true, year: true, coverageCutoff: true } },
        assessment: { select: { score: true, grade: true, publishedAt: true } },
      },
    }),
    db().assessmentScheme.findMany({
      where: { status: "PUBLISHED", reports: { none: { allianceId } } },
      select: { year: true, title: true, reportDue: true, coverageCutoff: true },
    }),
  ]);
  const rows = reports.map((r) => ({
    year: r.year,
    title: r.scheme.title,
    // A report returned for correction is due on the correction day.
    reportDue: effectiveDue(r, r.scheme),
    status: r.status as TReportStatusShown,
    submittedAt: r.submittedAt,
    // Only a published result is shown: a score being worked on by the center is not the alliance's yet.
    result: r.assessment?.publishedAt
      ? { score: Number(r.assessment.score.toString()), grade: r.assessment.grade, publishedAt: r.assessment.publishedAt }
      : null,
    /** Set when that year's assessment does not cover the alliance (issue 17 item 4). */
    notCovered: notCoveredMessage(r.scheme, filedAt),
  }));
  for (const s of open) {
    const notCovered = notCoveredMessage(s, filedAt);
    rows.push({ year: s.year, title: s.title, reportDue: s.reportDue, status: "NONE", submittedAt: null, result: null, notCovered });
  }
  return rows.sort((a, b) => b.year - a.year);
}

/**
 * One year's report as its page shows it. The lead enterprise's filer gets the report created on first
 * open (a DRAFT with nothing in it); others see it only once it exists. Draft schemes are not found.
 */
export async function openReport(user: SessionUser, allianceId: string, year: number, now = new Date()) {
  const found = await db().alliance.findFirst({
    where: { AND: [{ id: allianceId }, allianceScope(user)] },
    select: { id: true, name: true, state: true, filing: { select: { filedAt: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  const { filing, ...alliance } = found;
  const scheme = await db().assessmentScheme.findFirst({ where: { year, status: { not: "DRAFT" } } });
  if (!scheme) throw new AppError("NOT_FOUND");
  const owned = await db().alliance.count({ where: { AND: [{ id: allianceId }, ownReportAlliances(user)] } });
  let report = await db().annualReport.findUnique({ where: { allianceId_year: { allianceId, year } } });
  // Issue 17 item 4: a year whose scheme does not cover the alliance has no report to open (one kept from before the
  // cut-off day was moved is shown read-only, with the same words).
  const notCovered = notCoveredMessage(scheme, filing?.filedAt ?? null);
  if (notCovered && !report) throw new AppError("FORBIDDEN", notCovered, { _form: [notCovered] });
  if (!report && owned && scheme.status === "PUBLISHED") {
    // createMany skips a row a second tab created a moment ago, instead of failing on the unique key.
    await db().annualReport.createMany({ data: [{ allianceId, year, schemeId: scheme.id, figures: {}, createdById: user.id }], skipDuplicates: true });
    report = await db().annualReport.findUnique({ where: { allianceId_year: { allianceId, year } } });
  }
  const definition = definitionOf(scheme);
  const counts = await countSources(db(), allianceId, year);
  const evidence = report
    ? await db().document.findMany({
        where: { reportId: report.id, kind: "ANNUAL_EVIDENCE" },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          title: true,
          versions: { orderBy: { versionNo: "desc" }, take: 1, select: { id: true, fileName: true, byteSize: true, createdAt: true } },
        },
      })
    : [];
  const assessment = report
    ? await db().assessment.findFirst({
        where: { reportId: report.id, publishedAt: { not: null } },
        select: { score: true, grade: true, publishedAt: true, comment: true },
      })
    : null;
  const editable = owned > 0 && !notCovered && (report?.status === "DRAFT" || report?.status === "RETURNED") && scheme.status === "PUBLISHED";
  const due = report ? effectiveDue(report, scheme) : scheme.reportDue;
  return {
    alliance,
    scheme: {
      id: scheme.id,
      year: scheme.year,
      title: scheme.title,
      status: scheme.status,
      reportDue: scheme.reportDue,
      /** The day that applies to this report: the correction's while it is returned. */
      dueDay: chinaDayOf(due),
      daysLeft: daysLeft(due, now),
      returned: report?.status === "RETURNED",
    },
    definition,
    counts,
    report: report
      ? {
          id: report.id,
          status: report.status,
          version: report.version,
          figures: (report.figures ?? {}) as TReportFigures,
          narrative: report.narrative,
          nextYearPlan: report.nextYearPlan,
          submittedAt: report.submittedAt,
        }
      : null,
    evidence: evidence.flatMap((d) => (d.versions[0] ? [{ documentId: d.id, title: d.title, ...d.versions[0] }] : [])),
    assessment: assessment ? { ...assessment, score: Number(assessment.score.toString()) } : null,
    isOwner: owned > 0,
    notCovered,
    editable,
    pastDue: now > due,
  };
}

/** The report the filer may write, read inside the transaction with its scheme. */
async function ownReportOrThrow(tx: Tx, user: SessionUser, reportId: string) {
  const report = await tx.annualReport.findFirst({
    where: { id: reportId, alliance: ownReportAlliances(user) },
    include: { scheme: true, alliance: { select: { id: true, name: true, filing: { select: { filedAt: true } } } } },
  });
  if (!report) throw new AppError("NOT_FOUND");
  const notCovered = notCoveredMessage(report.scheme, report.alliance.filing?.filedAt ?? null);
  if (notCovered) throw new AppError("FORBIDDEN", notCovered, { _form: [notCovered] });
  if (report.status !== "DRAFT" && report.status !== "RETURNED") throw new AppError("FORBIDDEN", submittedMessage(), { _form: [submittedMessage()] });
  if (report.scheme.status !== "PUBLISHED")
    throw new AppError("FORBIDDEN", undefined, { _form: [text("assessmentLib.reports.closed", { year: String(report.year) })] });
  return report;
}

/** Autosave of a draft: conditional on the version the form loaded, so a second tab never overwrites silently. */
export async function saveReportDraft(user: SessionUser, input: z.output<typeof ZReportDraftInput>) {
  return db().$transaction(async (tx) => {
    const report = await ownReportOrThrow(tx, user, input.reportId);
    const figures = figuresToStore(definitionOf(report.scheme), input.figures, await countSources(tx, report.allianceId, report.year));
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: { figures, narrative: input.narrative, nextYearPlan: input.nextYearPlan, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", staleMessage(), { _form: [staleMessage()] });
    const before = (report.figures ?? {}) as Record<string, unknown>;
    const changed = [
      ...Object.keys({ ...before, ...figures })
        .filter((k) => before[k] !== figures[k])
        .map((k) => `figures.${k}`),
      ...(report.narrative !== input.narrative ? ["narrative"] : []),
      ...(report.nextYearPlan !== input.nextYearPlan ? ["nextYearPlan"] : []),
    ];
    await recordAudit(tx, actorOf(user), {
      action: "report.draft_saved",
      entityType: "AnnualReport",
      entityId: report.id,
      summary: { allianceId: report.allianceId, year: report.year, changed },
    });
    return { version: input.version + 1, savedAt: new Date().toISOString() };
  });
}

/** Everything wrong with a report at submission, keyed like the form's fields. */
function submissionProblems(def: TSchemeDefinition, figures: TReportFigures, narrative: string, plan: string): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const parsed = figuresSchema(def).safeParse(figures);
  if (!parsed.success) for (const i of parsed.error.issues) (problems[["figures", ...i.path].join(".")] ??= []).push(i.message);
  if (!narrative.trim()) problems.narrative = [text("assessmentLib.reports.narrativeRequired")];
  if (!plan.trim()) problems.nextYearPlan = [text("assessmentLib.reports.planRequired")];
  return problems;
}

/**
 * DRAFT (or RETURNED for correction) → SUBMITTED, on time and complete; from then the report is read-only and
 * the center is told. Each hand-in is frozen as a numbered version, so a correction can be compared with what
 * was returned; a returned report is due on the correction day the center set (issue #17 item 5).
 */
export async function submitReport(user: SessionUser, input: z.output<typeof ZReportSubmitInput>, now = new Date()) {
  const result = await db().$transaction(async (tx) => {
    const report = await ownReportOrThrow(tx, user, input.reportId);
    const due = effectiveDue(report, report.scheme);
    if (now > due) {
      const message =
        report.status === "RETURNED"
          ? text("assessmentLib.reports.correctionLate", { year: String(report.year), due: chinaDayOf(due) })
          : text("assessmentLib.reports.late", { year: String(report.year), due: chinaDayOf(due) });
      throw new AppError("FORBIDDEN", message, { _form: [message] });
    }
    const def = definitionOf(report.scheme);
    // Counted figures are taken again at submission, so they match the activities and projects logged by then.
    const figures = figuresToStore(def, (report.figures ?? {}) as TReportFigures, await countSources(tx, report.allianceId, report.year));
    const problems = submissionProblems(def, figures, report.narrative, report.nextYearPlan);
    if (Object.keys(problems).length > 0) throw new AppError("INVALID_INPUT", text("assessmentLib.reports.incomplete"), problems);
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: { figures, status: "SUBMITTED", submittedAt: now, submittedById: user.id, correctionDue: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", staleMessage(), { _form: [staleMessage()] });
    const versionNo = await recordSubmission(tx, report, figures, user.id, now);
    const corrected = report.status === "RETURNED";
    if (corrected) await tx.annualReportReturn.updateMany({ where: { reportId: report.id, answeredAt: null }, data: { answeredAt: now } });
    await recordAudit(tx, actorOf(user), {
      action: "report.submitted",
      entityType: "AnnualReport",
      entityId: report.id,
      summary: { allianceId: report.allianceId, year: report.year, figures, versionNo, changes: { status: { from: report.status, to: "SUBMITTED" } } },
    });
    await notifyUsers(
      tx,
      { roles: { has: "SERVICE_CENTER" } },
      {
        kind: "report.submitted",
        title: storedText(() =>
          corrected
            ? text("assessmentLib.reports.correctedTitle", { name: report.alliance.name, year: String(report.year), version: String(versionNo) })
            : text("assessmentLib.reports.submittedTitle", { name: report.alliance.name, year: String(report.year) }),
        ),
        body: storedText(() => text(corrected ? "assessmentLib.reports.correctedBody" : "assessmentLib.reports.submittedBody")),
        link: corrected ? `/assessment/reports/${report.id}` : `/alliances/${report.allianceId}/reports/${report.year}`,
      },
      user.id,
    );
    return { version: input.version + 1 };
  });
  scheduleEmailDispatch();
  return result;
}
