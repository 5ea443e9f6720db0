// Scores an annual report against a scheme. All arithmetic is in integer hundredths (what Assessment.score,
// Decimal(6,2), stores), so a grade boundary is never missed by a float error such as 0.1 + 0.2.
import type { Grade } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { z } from "../validation/zod";
import { ZSchemeDefinition, toHundredths, type TGradeBands, type TIndicator, type TSchemeDefinition } from "./scheme";

export interface TAdjustment {
  indicator: string;
  delta: number;
  reason: string;
}

export interface TScoreLine {
  code: string;
  name: string;
  unit: string;
  value: number | null; // the reported figure; null for a manual indicator
  raw: number; // 0-100 before weighting
  weight: number;
  weighted: number; // raw × weight / 100, exact (up to 6 decimals) so the lines add up to the subtotal before rounding
}

export interface TScoreResult {
  lines: TScoreLine[];
  subtotal: number;
  adjustmentTotal: number;
  total: number;
  grade: Grade;
}

// The stored forms of an assessment's JSON columns (Assessment.lines, adjustments, manualScores).
export const ZStoredScoreLines = z.array(
  z.object({ code: z.string(), name: z.string(), unit: z.string(), value: z.number().nullable(), raw: z.number(), weight: z.number(), weighted: z.number() }),
) satisfies z.ZodType<TScoreLine[]>;
export const ZStoredAdjustments = z.array(z.object({ indicator: z.string(), delta: z.number(), reason: z.string() })) satisfies z.ZodType<TAdjustment[]>;
export const ZStoredManualScores = z.record(z.string(), z.number());

export const MAX_ADJUSTMENT = 20;

/** Carries every problem at once so staff fix them in one pass; extends AppError so actions map it to INVALID_INPUT. */
export class ScoringError extends AppError {
  readonly messages: readonly string[];
  constructor(issues: readonly { path: string; message: string }[]) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of issues) (fieldErrors[i.path] ??= []).push(i.message);
    super("INVALID_INPUT", issues.map((i) => i.message).join(text("assessmentLib.issueSeparator")), fieldErrors);
    this.name = "ScoringError";
    this.messages = issues.map((i) => i.message);
  }
}

export type TReportFigures = Record<string, number>;

/** The figures an alliance must report under `def`: one number ≥ 0 per indicator not scored by hand. */
export function figuresSchema(def: TSchemeDefinition) {
  const shape: Record<string, z.ZodNumber> = {};
  for (const ind of def.indicators) {
    if (ind.rule.kind === "manual") continue;
    const message = () => text("assessmentLib.score.figure", { name: ind.name });
    shape[ind.code] = z.number({ error: message }).min(0, { error: message });
  }
  return z.object(shape);
}

/** Round-half-up of a / b for integers a ≥ 0, b > 0, without leaving integer arithmetic. */
function divHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

/** A non-negative number as exact digits / 10^scale, read from its shortest round-trip text (what was typed). */
function decimalOf(n: number): { digits: bigint; scale: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(text("assessmentLib.score.notDecimal", { n: String(n) }));
  const frac = m[2] ?? "";
  const scale = frac.length - Number(m[3] ?? 0);
  const digits = BigInt((m[1] ?? "0") + frac);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** min(value / target, 1) × 100 in hundredths, rounded half-up on the exact decimal ratio. */
function linearHundredths(value: number, target: number): number {
  const v = decimalOf(value);
  const t = decimalOf(target);
  const h = divHalfUp(10000n * v.digits * 10n ** BigInt(t.scale), t.digits * 10n ** BigInt(v.scale));
  return h > 10000n ? 10000 : Number(h);
}

function rawHundredths(ind: TIndicator, value: number | null, manual: number | undefined): number {
  const rule = ind.rule;
  if (rule.kind === "manual") return toHundredths(manual ?? 0) ?? 0;
  if (value === null) return 0;
  if (rule.kind === "linear") return linearHundredths(value, rule.target);
  // Steps are validated as increasing, so the last one reached is the highest; below the first scores 0.
  let score = 0;
  for (const s of rule.steps) if (s.min <= value) score = s.score;
  return toHundredths(score) ?? 0;
}

export function gradeOf(score: number, bands: TGradeBands): Grade {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new RangeError(text("assessmentLib.score.scoreRange", { score: String(score) }));
  if (score >= bands.EXCELLENT) return "EXCELLENT";
  if (score >= bands.GOOD) return "GOOD";
  if (score >= bands.PASS) return "PASS";
  return "FAIL";
}

type Issue = { path: string; message: string };

function checkManual(def: TSchemeDefinition, manual: Readonly<Record<string, number>>, issues: Issue[]): void {
  const byCode = new Map(def.indicators.map((i) => [i.code, i]));
  for (const ind of def.indicators) {
    if (ind.rule.kind !== "manual") continue;
    const v = manual[ind.code];
    const path = `manual.${ind.code}`;
    if (v === undefined) issues.push({ path, message: text("assessmentLib.score.manualMissing", { name: ind.name }) });
    else if (!(v >= 0 && v <= 100) || toHundredths(v) === null) {
      issues.push({ path, message: text("assessmentLib.score.manualRange", { name: ind.name, value: String(v) }) });
    }
  }
  // A score for an indicator that is computed from figures would be silently ignored; say so instead.
  for (const code of Object.keys(manual)) {
    const ind = byCode.get(code);
    if (!ind) issues.push({ path: `manual.${code}`, message: text("assessmentLib.score.manualUnknown", { code }) });
    else if (ind.rule.kind !== "manual") issues.push({ path: `manual.${code}`, message: text("assessmentLib.score.manualNotManual", { name: ind.name }) });
  }
}

function checkAdjustments(def: TSchemeDefinition, adjustments: readonly TAdjustment[], issues: Issue[]): void {
  adjustments.forEach((a, i) => {
    const ind = def.indicators.find((x) => x.code === a.indicator);
    const at = ind
      ? text("assessmentLib.score.adjustmentOf", { n: String(i + 1), name: ind.name })
      : text("assessmentLib.score.adjustment", { n: String(i + 1) });
    if (!ind) issues.push({ path: `adjustments.${i}.indicator`, message: text("assessmentLib.score.adjustmentUnknown", { at, code: a.indicator }) });
    if (a.delta === 0) issues.push({ path: `adjustments.${i}.delta`, message: text("assessmentLib.score.adjustmentZero", { at }) });
    else if (!(Math.abs(a.delta) <= MAX_ADJUSTMENT) || toHundredths(a.delta) === null) {
      issues.push({
        path: `adjustments.${i}.delta`,
        message: text("assessmentLib.score.adjustmentRange", { at, max: String(MAX_ADJUSTMENT), delta: String(a.delta) }),
      });
    }
    if (typeof a.reason !== "string" || [...a.reason.trim()].length < 5) {
      issues.push({ path: `adjustments.${i}.reason`, message: text("assessmentLib.score.adjustmentReason", { at }) });
    }
  });
}

/**
 * Scores `figures` (an AnnualReport's JSON) under `scheme`. Each raw score is rounded to hundredths (as shown);
 * weighted lines are kept exact and the subtotal is rounded once, so no alliance gains or loses points from
 * per-line rounding and the table can be re-added by hand. Throws ScoringError listing every problem.
 */
export function scoreReport(
  scheme: TSchemeDefinition,
  figures: unknown,
  manual: Readonly<Record<string, number>>,
  adjustments: readonly TAdjustment[],
): TScoreResult {
  // Re-checked here because schemes arrive as JSON; a weight sum of 95 would otherwise grade silently wrong.
  const parsedScheme = ZSchemeDefinition.safeParse(scheme);
  if (!parsedScheme.success) {
    throw new ScoringError(
      parsedScheme.error.issues.map((i) => ({
        path: ["scheme", ...i.path].join("."),
        message: text("assessmentLib.score.schemeInvalid", { message: i.message }),
      })),
    );
  }
  const def = parsedScheme.data;

  const issues: Issue[] = [];
  const parsedFigures = figuresSchema(def).safeParse(figures);
  if (!parsedFigures.success) {
    for (const i of parsedFigures.error.issues) issues.push({ path: ["figures", ...i.path].join("."), message: i.message });
  }
  checkManual(def, manual, issues);
  checkAdjustments(def, adjustments, issues);
  if (issues.length > 0 || !parsedFigures.success) throw new ScoringError(issues);

  let exact = 0; // Σ rawH × weightH, in units of 0.000001 point; at most 10^8, a safe integer
  const lines = def.indicators.map((ind): TScoreLine => {
    const value = ind.rule.kind === "manual" ? null : (parsedFigures.data[ind.code] ?? 0);
    const rawH = rawHundredths(ind, value, manual[ind.code]);
    const weightH = toHundredths(ind.weight) ?? 0;
    exact += rawH * weightH;
    return { code: ind.code, name: ind.name, unit: ind.unit, value, raw: rawH / 100, weight: ind.weight, weighted: (rawH * weightH) / 1e6 };
  });

  const subtotalH = Number(divHalfUp(BigInt(exact), 10000n));
  const adjustmentH = adjustments.reduce((acc, a) => acc + (toHundredths(a.delta) ?? 0), 0);
  const totalH = Math.min(10000, Math.max(0, subtotalH + adjustmentH));
  const total = totalH / 100;
  return { lines, subtotal: subtotalH / 100, adjustmentTotal: adjustmentH / 100, total, grade: gradeOf(total, def.gradeBands) };
}
