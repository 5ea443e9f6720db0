import "server-only";
import { db, type Tx } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { getWorkingCalendar } from "../calendar/calendar";
import { addWorkingDays, chinaDateOf } from "../calendar/working-days";
import { chinaDayOf, dueInstant } from "../validation/assessment";
import { ZStoredReturnItems, ZSubmittedEvidence, type TReportReturnInput, type TSubmittedEvidence } from "../validation/report-return";
import type { z } from "../validation/zod";
import type { ZReportReturnInput } from "../validation/report-return";
import { fromJsonColumn, toJsonColumn } from "../validation/json-column";
import type { TReportFigures } from "./score";
import type { TSchemeDefinition } from "./scheme";
import { definitionOf } from "./schemes";
import { text } from "../i18n/text";
import { storedText } from "./stored-text";
import { listText } from "../rules/meta";

// 八（四）: the service center may hand a submitted annual report back for correction, with comments on figures,
// texts or evidence and a new due day; the filer corrects it and hands it in again as a new version. Every
// hand-in is frozen (AnnualReportSubmission), so the center sees what changed between the versions.

/** The correction window offered by default: ten working days from today (lib/calendar). */
export const CORRECTION_WORKING_DAYS = 10;
/** The longest correction window the center may set, in calendar days. */
export const CORRECTION_MAX_DAYS = 90;

export async function defaultCorrectionDue(now = new Date()): Promise<string> {
  return addWorkingDays(chinaDateOf(now), CORRECTION_WORKING_DAYS, await getWorkingCalendar());
}

/** The due moment that applies to a report now: the correction's while it is returned, else the scheme's. */
export function effectiveDue(report: { status: string; correctionDue: Date | null }, scheme: { reportDue: Date }): Date {
  return report.status === "RETURNED" && report.correctionDue ? report.correctionDue : scheme.reportDue;
}

async function evidenceOf(tx: Pick<Tx, "document">, reportId: string): Promise<TSubmittedEvidence> {
  const docs = await tx.document.findMany({
    where: { reportId, kind: "ANNUAL_EVIDENCE" },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, versions: { orderBy: { versionNo: "desc" }, take: 1, select: { fileName: true, sha256: true } } },
  });
  return docs.flatMap((d) => (d.versions[0] ? [{ documentId: d.id, title: d.title, fileName: d.versions[0].fileName, sha256: d.versions[0].sha256 }] : []));
}

/** Freezes the report as it is handed in; returns the new version number (1 for the first hand-in). */
export async function recordSubmission(
  tx: Tx,
  report: { id: string; narrative: string; nextYearPlan: string },
  figures: TReportFigures,
  submittedById: string | null,
  at: Date,
): Promise<number> {
  const last = await tx.annualReportSubmission.findFirst({ where: { reportId: report.id }, orderBy: { versionNo: "desc" }, select: { versionNo: true } });
  const versionNo = (last?.versionNo ?? 0) + 1;
  await tx.annualReportSubmission.create({
    data: {
      reportId: report.id,
      versionNo,
      figures,
      narrative: report.narrative,
      nextYearPlan: report.nextYearPlan,
      evidence: toJsonColumn(ZSubmittedEvidence, await evidenceOf(tx, report.id)),
      submittedAt: at,
      submittedById,
    },
  });
  return versionNo;
}

const notReturnable = () => text("assessmentLib.reportReturn.notReturnable");

/**
 * SUBMITTED (or scored but unpublished) → RETURNED, with the center's comments and the new due day, conditional
 * on the version the page showed. The filers of the lead enterprise are told in the same transaction. A scored
 * report keeps its draft score; once corrected it is SUBMITTED again and must be scored anew before results go out.
 */
export async function returnReport(user: SessionUser, input: z.output<typeof ZReportReturnInput>, now = new Date()) {
  assertRole(user, ["SERVICE_CENTER"]);
  const result = await db().$transaction(async (tx) => {
    const report = await tx.annualReport.findFirst({
      where: { id: input.reportId, alliance: allianceScope(user) },
      include: { scheme: true, assessment: { select: { publishedAt: true } }, alliance: { select: { id: true, name: true, leadOrgId: true } } },
    });
    if (!report) throw new AppError("NOT_FOUND");
    if (!["SUBMITTED", "ASSESSED"].includes(report.status) || report.assessment?.publishedAt || report.scheme.status !== "PUBLISHED") {
      throw new AppError("FORBIDDEN", notReturnable(), { _form: [notReturnable()] });
    }
    const today = chinaDateOf(now);
    const latest = new Date(Date.parse(`${today}T00:00:00Z`) + CORRECTION_MAX_DAYS * 86_400_000).toISOString().slice(0, 10);
    if (input.correctionDue <= today) throw new AppError("INVALID_INPUT", undefined, { correctionDue: [text("assessmentLib.reportReturn.dueAfterToday")] });
    if (input.correctionDue > latest) {
      throw new AppError("INVALID_INPUT", undefined, {
        correctionDue: [text("assessmentLib.reportReturn.dueTooLate", { days: String(CORRECTION_MAX_DAYS), latest })],
      });
    }
    const def = definitionOf(report.scheme);
    const codes = new Set(def.indicators.filter((i) => i.rule.kind !== "manual").map((i) => `figures.${i.code}`));
    const unknown = input.items.filter((i) => i.target.startsWith("figures.") && !codes.has(i.target));
    if (unknown.length > 0)
      throw new AppError("INVALID_INPUT", undefined, {
        items: [text("assessmentLib.reportReturn.unknownIndicators", { codes: listText(unknown.map((i) => i.target.slice(8))) })],
      });

    // A report handed in before versions were kept gets its version 1 frozen now, so the correction has a base.
    let versionNo = (await tx.annualReportSubmission.findFirst({ where: { reportId: report.id }, orderBy: { versionNo: "desc" } }))?.versionNo;
    versionNo ??= await recordSubmission(tx, report, (report.figures ?? {}) as TReportFigures, report.submittedById, report.submittedAt ?? now);

    const correctionDue = dueInstant(input.correctionDue);
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: { status: "RETURNED", correctionDue, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", text("assessmentLib.reportReturn.taken"), { _form: [text("assessmentLib.reportReturn.taken")] });
    const row = await tx.annualReportReturn.create({
      data: {
        reportId: report.id,
        versionNo,
        comment: input.comment,
        items: toJsonColumn(ZStoredReturnItems, input.items),
        correctionDue,
        returnedById: user.id,
        createdAt: now,
      },
    });
    await recordAudit(tx, actorOf(user), {
      action: "report.returned",
      entityType: "AnnualReport",
      entityId: report.id,
      summary: {
        allianceId: report.allianceId,
        year: report.year,
        versionNo,
        returnId: row.id,
        correctionDue: input.correctionDue,
        comments: input.items.length,
        changes: { status: { from: report.status, to: "RETURNED" } },
      },
    });
    await notifyUsers(
      tx,
      { roles: { has: "ENTERPRISE_FILER" }, organizationId: report.alliance.leadOrgId },
      {
        kind: "report.returned",
        title: storedText(() => text("assessmentLib.reportReturn.returnedTitle", { year: String(report.year), name: report.alliance.name })),
        body: storedText(() => text("assessmentLib.reportReturn.returnedBody", { due: input.correctionDue, comment: input.comment })),
        link: `/alliances/${report.allianceId}/reports/${report.year}`,
      },
      user.id,
    );
    return { version: report.version + 1, returnId: row.id };
  });
  scheduleEmailDispatch();
  return result;
}

export type ReportReturnView = Awaited<ReturnType<typeof findReturns>>[number];

/** The returns of one report, newest first, each with its comments parsed. Callers have checked access. */
export async function findReturns(reportId: string) {
  const rows = await db().annualReportReturn.findMany({ where: { reportId }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    versionNo: r.versionNo,
    comment: r.comment,
    items: fromJsonColumn(ZStoredReturnItems, r.items) ?? [],
    correctionDue: r.correctionDue,
    dueDay: chinaDayOf(r.correctionDue),
    createdAt: r.createdAt,
    answeredAt: r.answeredAt,
  }));
}

export interface SubmissionDiff {
  from: number;
  to: number;
  figures: { code: string; name: string; unit: string; from: number | null; to: number | null }[];
  narrative: { from: string; to: string } | null;
  nextYearPlan: { from: string; to: string } | null;
  evidence: { added: TSubmittedEvidence; removed: TSubmittedEvidence; replaced: { title: string; from: string; to: string }[] };
}

type Frozen = { versionNo: number; figures: unknown; narrative: string; nextYearPlan: string; evidence: unknown };

/** What changed between two hand-ins: figures by indicator, the texts, and evidence files added, removed or replaced. Pure. */
export function diffSubmissions(def: TSchemeDefinition, older: Frozen, newer: Frozen): SubmissionDiff {
  const figure = (f: unknown, code: string) => {
    const v = f && typeof f === "object" ? (f as Record<string, unknown>)[code] : undefined;
    return typeof v === "number" ? v : null;
  };
  const figures = def.indicators
    .filter((i) => i.rule.kind !== "manual")
    .map((i) => ({ code: i.code, name: i.name, unit: i.unit, from: figure(older.figures, i.code), to: figure(newer.figures, i.code) }))
    .filter((f) => f.from !== f.to);
  const before = fromJsonColumn(ZSubmittedEvidence, older.evidence) ?? [];
  const after = fromJsonColumn(ZSubmittedEvidence, newer.evidence) ?? [];
  const byId = new Map(before.map((e) => [e.documentId, e]));
  const afterIds = new Set(after.map((e) => e.documentId));
  return {
    from: older.versionNo,
    to: newer.versionNo,
    figures,
    narrative: older.narrative !== newer.narrative ? { from: older.narrative, to: newer.narrative } : null,
    nextYearPlan: older.nextYearPlan !== newer.nextYearPlan ? { from: older.nextYearPlan, to: newer.nextYearPlan } : null,
    evidence: {
      added: after.filter((e) => !byId.has(e.documentId)),
      removed: before.filter((e) => !afterIds.has(e.documentId)),
      replaced: after.flatMap((e) => {
        const b = byId.get(e.documentId);
        return b && b.sha256 !== e.sha256 ? [{ title: e.title, from: b.fileName, to: e.fileName }] : [];
      }),
    },
  };
}

/**
 * The versions and returns of a report for whoever may see its alliance (the center's scoring page, the filer's
 * report page), with the diff between the latest hand-in and the one before it.
 */
export async function findReportHistory(user: SessionUser, reportId: string) {
  const report = await db().annualReport.findFirst({ where: { id: reportId, alliance: allianceScope(user) }, include: { scheme: true } });
  if (!report) throw new AppError("NOT_FOUND");
  const [submissions, returns] = await Promise.all([
    db().annualReportSubmission.findMany({ where: { reportId }, orderBy: { versionNo: "desc" } }),
    findReturns(reportId),
  ]);
  const [latest, previous] = submissions;
  return {
    submissions: submissions.map((s) => ({ versionNo: s.versionNo, submittedAt: s.submittedAt })),
    returns,
    openReturn: report.status === "RETURNED" ? (returns.find((r) => !r.answeredAt) ?? null) : null,
    diff: latest && previous ? diffSubmissions(definitionOf(report.scheme), previous, latest) : null,
  };
}

export type { TReportReturnInput };
