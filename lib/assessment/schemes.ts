import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { isUniqueViolation } from "../errors/unique-violation";
import { recordAudit } from "../audit/record";
import { actorOf, assertRole, type SessionUser } from "../auth/session";
import { notifyUsers } from "../notifications/notify";
import { scheduleEmailDispatch } from "../notifications/email";
import { chinaDayOf, dueInstant, type ZSchemeDueInput, type ZSchemeInput, type ZSchemePublishInput, type ZSchemeUpdateInput } from "../validation/assessment";
import type { z } from "../validation/zod";
import { DEFAULT_SCHEME, ZSchemeDefinition, type TSchemeDefinition } from "./scheme";
import { coverageCutoffDay } from "./coverage";
import { text } from "../i18n/text";
import { toJsonColumn } from "../validation/json-column";
import { storedText } from "./stored-text";

// 八（四）: the service center sets each year's indicator scheme. Editable while DRAFT; publishing opens the
// year's reports and freezes the definition, so every alliance is scored against the scheme it reported under.

const CENTER = ["SERVICE_CENTER"] as const;
const frozenMessage = () => text("assessmentLib.schemes.frozen");
const staleMessage = () => text("assessmentLib.schemes.stale");
const DONE = { status: { in: ["SUBMITTED", "ASSESSED"] as ("SUBMITTED" | "ASSESSED")[] } };

/** The stored JSON read back as a definition, checked again because JSON is not trusted; a bad row is refused, never guessed at. */
export function definitionOf(row: { indicators: unknown; gradeBands: unknown }): TSchemeDefinition {
  const parsed = ZSchemeDefinition.safeParse({ indicators: row.indicators, gradeBands: row.gradeBands });
  if (!parsed.success) throw new AppError("CONFLICT", undefined, { _form: [text("assessmentLib.schemes.badData")] });
  return parsed.data;
}

const yearTaken = (year: number) => new AppError("CONFLICT", undefined, { year: [text("assessmentLib.schemes.yearTaken", { year: String(year) })] });

/** Every year's scheme, newest first, with how many FILED alliances have submitted a report for it. */
export async function findSchemes(user: SessionUser) {
  assertRole(user, CENTER);
  const [schemes, filed] = await Promise.all([
    db().assessmentScheme.findMany({
      orderBy: { year: "desc" },
      select: { id: true, year: true, title: true, status: true, reportDue: true, publishedAt: true, _count: { select: { reports: { where: DONE } } } },
    }),
    db().alliance.count({ where: { state: "FILED" } }),
  ]);
  return schemes.map((s) => ({ ...s, submitted: s._count.reports, filed }));
}

export async function getSchemeOrThrow(user: SessionUser, id: string) {
  assertRole(user, CENTER);
  const row = await db().assessmentScheme.findUnique({ where: { id } });
  if (!row) throw new AppError("NOT_FOUND");
  return { ...row, definition: definitionOf(row), dueDay: chinaDayOf(row.reportDue), cutoffDay: coverageCutoffDay(row) };
}

/** A new scheme starts from last year's definition when there is one ("previous"), else from DEFAULT_SCHEME. */
export async function getSchemeTemplate(user: SessionUser, from: "previous" | "default") {
  assertRole(user, CENTER);
  const last = await db().assessmentScheme.findFirst({ orderBy: { year: "desc" }, select: { year: true, indicators: true, gradeBands: true } });
  const year = (last?.year ?? new Date().getFullYear() - 1) + 1;
  const definition = from === "previous" && last ? definitionOf(last) : DEFAULT_SCHEME;
  return { year, definition, copiedFrom: from === "previous" && last ? last.year : null, hasPrevious: last !== null };
}

function rowData(input: z.output<typeof ZSchemeInput>) {
  return {
    year: input.year,
    title: input.title,
    reportDue: dueInstant(input.reportDue),
    coverageCutoff: input.coverageCutoff ? new Date(`${input.coverageCutoff}T00:00:00Z`) : null,
    indicators: toJsonColumn(ZSchemeDefinition.shape.indicators, input.indicators),
    gradeBands: toJsonColumn(ZSchemeDefinition.shape.gradeBands, input.gradeBands),
  };
}

export async function createScheme(user: SessionUser, input: z.output<typeof ZSchemeInput>) {
  assertRole(user, CENTER);
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.assessmentScheme.findUnique({ where: { year: input.year }, select: { id: true } })) throw yearTaken(input.year);
      const row = await tx.assessmentScheme.create({ data: { ...rowData(input), createdById: user.id } });
      await recordAudit(tx, actorOf(user), {
        action: "scheme.created",
        entityType: "AssessmentScheme",
        entityId: row.id,
        summary: {
          year: row.year,
          title: row.title,
          reportDue: input.reportDue,
          coverageCutoff: coverageCutoffDay(row),
          indicators: input.indicators.map((i) => `${i.code}:${i.weight}`),
        },
      });
      return { id: row.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw yearTaken(input.year);
    throw err;
  }
}

/** Why a conditional update matched nothing: the scheme was published (frozen) or someone saved first. */
async function refusal(id: string, expected: "DRAFT" | "PUBLISHED"): Promise<AppError> {
  const now = await db().assessmentScheme.findUnique({ where: { id }, select: { status: true } });
  if (!now) return new AppError("NOT_FOUND");
  if (expected === "DRAFT" && now.status !== "DRAFT") return new AppError("FORBIDDEN", frozenMessage(), { _form: [frozenMessage()] });
  if (expected === "PUBLISHED" && now.status !== "PUBLISHED") {
    return new AppError("FORBIDDEN", undefined, {
      _form: [text(now.status === "DRAFT" ? "assessmentLib.schemes.draftDue" : "assessmentLib.schemes.resultsOut")],
    });
  }
  return new AppError("CONFLICT", staleMessage(), { _form: [staleMessage()] });
}

/** Edits a DRAFT scheme; once published the server refuses, whatever the page showed. */
export async function updateScheme(user: SessionUser, input: z.output<typeof ZSchemeUpdateInput>) {
  assertRole(user, CENTER);
  let refused = false;
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.assessmentScheme.findUnique({ where: { id: input.id } });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.year !== input.year && (await tx.assessmentScheme.findUnique({ where: { year: input.year }, select: { id: true } })))
        throw yearTaken(input.year);
      const { count } = await tx.assessmentScheme.updateMany({
        where: { id: input.id, version: input.version, status: "DRAFT" },
        data: { ...rowData(input), version: { increment: 1 } },
      });
      if (count === 0) {
        refused = true;
        throw new AppError("CONFLICT");
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (before.year !== input.year) changes.year = { from: before.year, to: input.year };
      if (before.title !== input.title) changes.title = { from: before.title, to: input.title };
      if (chinaDayOf(before.reportDue) !== input.reportDue) changes.reportDue = { from: chinaDayOf(before.reportDue), to: input.reportDue };
      const cutoff = coverageCutoffDay({ year: input.year, coverageCutoff: rowData(input).coverageCutoff });
      if (coverageCutoffDay(before) !== cutoff) changes.coverageCutoff = { from: coverageCutoffDay(before), to: cutoff };
      // Compared after parsing both: jsonb stores keys in its own order, so the raw JSON text differs anyway.
      const old = definitionOf(before);
      if (JSON.stringify(old.indicators) !== JSON.stringify(input.indicators)) changes.indicators = { from: old.indicators, to: input.indicators };
      if (JSON.stringify(old.gradeBands) !== JSON.stringify(input.gradeBands)) changes.gradeBands = { from: old.gradeBands, to: input.gradeBands };
      await recordAudit(tx, actorOf(user), { action: "scheme.updated", entityType: "AssessmentScheme", entityId: input.id, summary: { changes } });
      return { version: input.version + 1 };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw yearTaken(input.year);
    if (refused) throw await refusal(input.id, "DRAFT");
    throw err;
  }
}

/** DRAFT → PUBLISHED: the definition is frozen from here, and the filers of every FILED alliance are told. */
export async function publishScheme(user: SessionUser, input: z.output<typeof ZSchemePublishInput>, now = new Date()) {
  assertRole(user, CENTER);
  let refused = false;
  try {
    const result = await db().$transaction(async (tx) => {
      const row = await tx.assessmentScheme.findUnique({ where: { id: input.id } });
      if (!row) throw new AppError("NOT_FOUND");
      // Re-checked because the JSON could predate a rule change; a broken scheme must never open for reports.
      const parsed = ZSchemeDefinition.safeParse({ indicators: row.indicators, gradeBands: row.gradeBands });
      if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, { _form: parsed.error.issues.map((i) => i.message) });
      if (row.status === "DRAFT" && row.reportDue <= now) {
        throw new AppError("INVALID_INPUT", undefined, { _form: [text("assessmentLib.schemes.duePassed", { due: chinaDayOf(row.reportDue) })] });
      }
      const { count } = await tx.assessmentScheme.updateMany({
        where: { id: row.id, version: input.version, status: "DRAFT" },
        data: { status: "PUBLISHED", publishedAt: now, version: { increment: 1 } },
      });
      if (count === 0) {
        refused = true;
        throw new AppError("CONFLICT");
      }
      const due = chinaDayOf(row.reportDue);
      const notified = await notifyUsers(
        tx,
        { roles: { has: "ENTERPRISE_FILER" }, organization: { ledAlliances: { some: { state: "FILED" } } } },
        {
          kind: "scheme.published",
          title: storedText(() => text("assessmentLib.schemes.publishedTitle", { year: String(row.year), due })),
          body: storedText(() => text("assessmentLib.schemes.publishedBody", { year: String(row.year) })),
          link: "/reports",
        },
        user.id,
      );
      await recordAudit(tx, actorOf(user), {
        action: "scheme.published",
        entityType: "AssessmentScheme",
        entityId: row.id,
        summary: { year: row.year, reportDue: due, changes: { status: { from: "DRAFT", to: "PUBLISHED" } }, notified },
      });
      return { version: input.version + 1, notified };
    });
    scheduleEmailDispatch();
    return result;
  } catch (err) {
    if (refused) throw await refusal(input.id, "DRAFT");
    throw err;
  }
}

/** The one change allowed after publishing: a later due date (八（四）), told to the filers still reporting. */
export async function extendSchemeDue(user: SessionUser, input: z.output<typeof ZSchemeDueInput>) {
  assertRole(user, CENTER);
  let refused = false;
  try {
    const result = await db().$transaction(async (tx) => {
      const row = await tx.assessmentScheme.findUnique({ where: { id: input.id } });
      if (!row) throw new AppError("NOT_FOUND");
      const next = dueInstant(input.reportDue);
      if (next <= row.reportDue)
        throw new AppError("INVALID_INPUT", undefined, { reportDue: [text("assessmentLib.schemes.laterDue", { due: chinaDayOf(row.reportDue) })] });
      const { count } = await tx.assessmentScheme.updateMany({
        where: { id: row.id, version: input.version, status: "PUBLISHED" },
        data: { reportDue: next, version: { increment: 1 } },
      });
      if (count === 0) {
        refused = true;
        throw new AppError("CONFLICT");
      }
      await notifyUsers(
        tx,
        {
          roles: { has: "ENTERPRISE_FILER" },
          organization: { ledAlliances: { some: { state: "FILED", annualReports: { none: { year: row.year, ...DONE } } } } },
        },
        {
          kind: "scheme.due_extended",
          title: storedText(() => text("assessmentLib.schemes.extendedTitle", { year: String(row.year), due: input.reportDue })),
          link: "/reports",
        },
        user.id,
      );
      await recordAudit(tx, actorOf(user), {
        action: "scheme.updated",
        entityType: "AssessmentScheme",
        entityId: row.id,
        summary: { changes: { reportDue: { from: chinaDayOf(row.reportDue), to: input.reportDue } } },
      });
      return { version: input.version + 1 };
    });
    scheduleEmailDispatch();
    return result;
  } catch (err) {
    if (refused) throw await refusal(input.id, "PUBLISHED");
    throw err;
  }
}
