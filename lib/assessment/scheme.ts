// 八（四）: the annual indicator scheme as data, so the service center can change indicators, weights
// and grade bands each year without a code change. Pure: shared by the scheme form, the server and tests.
import type { Grade, ReportStatus } from "../db/generated/enums";
import { text } from "../i18n/text";
import { z } from "../validation/zod";

export const GRADES = ["EXCELLENT", "GOOD", "PASS", "FAIL"] as const satisfies readonly Grade[];

/** Each grade's name in the current language (a getter per grade, read from the catalogue each time it is used). */
export const GRADE_LABELS: Record<Grade, string> = Object.defineProperties(
  {} as Record<Grade, string>,
  Object.fromEntries(GRADES.map((g) => [g, { enumerable: true, get: () => text(`assessmentLib.grades.${g}`) }])),
);

/** A report's status as lists show it; NONE when the alliance has not opened its report yet. */
export type TReportStatusShown = ReportStatus | "NONE";

/**
 * `n` in hundredths when it is exactly a 2-decimal value, else null. Exact: a double is the one nearest to
 * a 2-decimal literal d iff round(n·100)/100 gives back n, so 33.33 → 3333 and 0.125 → null.
 */
export function toHundredths(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const h = Math.round(n * 100);
  return Number.isSafeInteger(h) && h / 100 === n ? h : null;
}

const chars = (s: string) => [...s].length;

/** An indicator's code (the key of figures and hand scores); at most MAX_INDICATORS per scheme. */
export const INDICATOR_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;
export const MAX_INDICATORS = 30;

/** Values keyed by indicator code, as forms send them: bounded, so a payload cannot carry thousands of keys. */
export function indicatorRecord<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value).refine((r) => Object.keys(r).length <= MAX_INDICATORS && Object.keys(r).every((k) => k.length <= 32), {
    error: () => text("assessmentLib.scheme.recordBounds", { max: String(MAX_INDICATORS) }),
  });
}

const ZStep = z.object({ min: z.number(), score: z.number() });

export const ZRule = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("linear"), target: z.number() }),
    z.object({ kind: z.literal("steps"), steps: z.array(ZStep) }),
    z.object({ kind: z.literal("manual") }),
  ],
  { error: () => text("assessmentLib.scheme.ruleKind") },
);

/**
 * Field checks live in one superRefine so every message can name the indicator; paths still point at the
 * field, so a form shows each message next to its input.
 */
/**
 * Where a figure comes from when the portal can count it itself: the alliance's logged activities (八（一）)
 * held in the year, or its recommended projects (九（一）) of the year. Absent: the alliance types it.
 */
export const INDICATOR_SOURCES = ["activities", "projects"] as const;
export type TIndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const ZIndicator = z
  .object({
    code: z.string(),
    name: z.string().trim(),
    unit: z.string().trim(),
    weight: z.number(),
    rule: ZRule,
    source: z.enum(INDICATOR_SOURCES, { error: () => text("assessmentLib.scheme.source") }).optional(),
  })
  .superRefine((ind, ctx) => {
    const label = ind.name ? text("assessmentLib.scheme.namedIndicator", { name: ind.name }) : text("assessmentLib.scheme.codedIndicator", { code: ind.code });
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    if (!INDICATOR_CODE.test(ind.code)) {
      add(["code"], text("assessmentLib.scheme.code", { label }));
    }
    if (chars(ind.name) < 2 || chars(ind.name) > 40) add(["name"], text("assessmentLib.scheme.name", { code: ind.code }));
    if (chars(ind.unit) < 1 || chars(ind.unit) > 10) add(["unit"], text("assessmentLib.scheme.unit", { label }));
    if (!(ind.weight > 0 && ind.weight <= 100) || toHundredths(ind.weight) === null) {
      add(["weight"], text("assessmentLib.scheme.weight", { label, weight: String(ind.weight) }));
    }

    const rule = ind.rule;
    // A counted figure is scored from the count; a hand-scored indicator has no figure to count.
    if (ind.source && rule.kind === "manual") add(["source"], text("assessmentLib.scheme.manualSource", { label }));
    if (rule.kind === "linear" && !(rule.target > 0)) {
      add(["rule", "target"], text("assessmentLib.scheme.target", { label, target: String(rule.target) }));
    }
    if (rule.kind === "steps") {
      if (rule.steps.length < 1 || rule.steps.length > 20) add(["rule", "steps"], text("assessmentLib.scheme.stepCount", { label }));
      rule.steps.forEach((s, i) => {
        const at = text("assessmentLib.scheme.step", { label, n: String(i + 1) });
        if (!(s.min >= 0)) add(["rule", "steps", i, "min"], text("assessmentLib.scheme.stepMin", { at, min: String(s.min) }));
        if (!(s.score >= 0 && s.score <= 100) || toHundredths(s.score) === null) {
          add(["rule", "steps", i, "score"], text("assessmentLib.scheme.stepScore", { at, score: String(s.score) }));
        }
        const prev = rule.steps[i - 1];
        if (!prev) return;
        // Ordered steps make "highest step reached" unambiguous and a larger figure never scores less.
        if (s.min <= prev.min) {
          add(["rule", "steps", i, "min"], text("assessmentLib.scheme.stepMinOrder", { at, min: String(s.min), prev: String(i), prevMin: String(prev.min) }));
        }
        if (s.score < prev.score) {
          add(
            ["rule", "steps", i, "score"],
            text("assessmentLib.scheme.stepScoreOrder", { at, score: String(s.score), prev: String(i), prevScore: String(prev.score) }),
          );
        }
      });
    }
  });

const bandMin = (grade: Grade) =>
  z
    .number({ error: () => text("assessmentLib.scheme.bandNumber", { grade: GRADE_LABELS[grade] }) })
    .refine((n) => n > 0 && n <= 100 && toHundredths(n) !== null, { error: () => text("assessmentLib.scheme.bandRange", { grade: GRADE_LABELS[grade] }) });

const bandOrder = (higher: Grade, higherMin: number, lower: Grade, lowerMin: number) =>
  text("assessmentLib.scheme.bandOrder", {
    higher: GRADE_LABELS[higher],
    higherMin: String(higherMin),
    lower: GRADE_LABELS[lower],
    lowerMin: String(lowerMin),
  });

/** Minimum score of each grade; FAIL (不合格) is everything below PASS, so it has no bound of its own. */
export const ZGradeBands = z.strictObject({ EXCELLENT: bandMin("EXCELLENT"), GOOD: bandMin("GOOD"), PASS: bandMin("PASS") }).superRefine((b, ctx) => {
  if (!(b.EXCELLENT > b.GOOD)) {
    ctx.addIssue({ code: "custom", path: ["EXCELLENT"], message: bandOrder("EXCELLENT", b.EXCELLENT, "GOOD", b.GOOD) });
  }
  if (!(b.GOOD > b.PASS)) {
    ctx.addIssue({ code: "custom", path: ["GOOD"], message: bandOrder("GOOD", b.GOOD, "PASS", b.PASS) });
  }
});

export const ZSchemeDefinition = z
  .object({
    indicators: z
      .array(ZIndicator)
      .min(1, { error: () => text("assessmentLib.scheme.atLeastOne") })
      .max(MAX_INDICATORS, { error: () => text("assessmentLib.scheme.atMost", { max: String(MAX_INDICATORS) }) }),
    gradeBands: ZGradeBands,
  })
  .superRefine((def, ctx) => {
    const seen = new Map<string, string>();
    def.indicators.forEach((ind, i) => {
      const first = seen.get(ind.code);
      if (first === undefined) seen.set(ind.code, ind.name);
      else
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "code"],
          message: text("assessmentLib.scheme.duplicateCode", { code: ind.code, first, second: ind.name }),
        });
    });
    // Summed in hundredths: exact, so 33.33 + 33.33 + 33.34 is 100 and no float tolerance is needed.
    const sum = def.indicators.reduce((acc, ind) => acc + (toHundredths(ind.weight) ?? 0), 0);
    if (sum !== 10000) ctx.addIssue({ code: "custom", path: ["indicators"], message: text("assessmentLib.scheme.weightSum", { sum: String(sum / 100) }) });
  });

export type TRule = z.output<typeof ZRule>;
export type TIndicator = z.output<typeof ZIndicator>;
export type TGradeBands = z.output<typeof ZGradeBands>;
export type TSchemeDefinition = z.output<typeof ZSchemeDefinition>;
export type TSchemeDefinitionInput = z.input<typeof ZSchemeDefinition>;

/**
 * A starting point for a year's scheme (the indicators DOMAIN.md names); targets and steps are placeholders
 * the service center is expected to adjust. Tests check it parses. Names and units are data: they are stored with
 * the scheme and copied into each assessment's lines, so they stay as written (Chinese) in both languages.
 */
export const DEFAULT_SCHEME: TSchemeDefinition = {
  indicators: [
    {
      code: "JOINT_PROJECTS",
      name: "联合攻关项目", // i18n-data
      unit: "项", // i18n-data
      weight: 20,
      rule: {
        kind: "steps",
        steps: [
          { min: 1, score: 60 },
          { min: 2, score: 80 },
          { min: 3, score: 100 },
        ],
      },
    },
    { code: "PATENTS_STANDARDS", name: "专利和标准", unit: "项", weight: 15, rule: { kind: "linear", target: 5 } }, // i18n-data
    { code: "TECH_TRANSFER", name: "成果转移转化", unit: "项", weight: 15, rule: { kind: "linear", target: 3 } }, // i18n-data
    {
      code: "ACTIVITIES",
      name: "组织活动", // i18n-data
      unit: "次", // i18n-data
      weight: 10,
      rule: {
        kind: "steps",
        steps: [
          { min: 2, score: 60 },
          { min: 4, score: 80 },
          { min: 6, score: 100 },
        ],
      },
      source: "activities",
    },
    { code: "RND_INPUT", name: "成员研发投入", unit: "万元", weight: 15, rule: { kind: "linear", target: 1000 } }, // i18n-data
    { code: "TALENT_EXCHANGE", name: "人才交流", unit: "人次", weight: 10, rule: { kind: "linear", target: 20 } }, // i18n-data
    { code: "GOVERNANCE", name: "运行管理规范性", unit: "分", weight: 15, rule: { kind: "manual" } }, // i18n-data
  ],
  gradeBands: { EXCELLENT: 90, GOOD: 75, PASS: 60 },
};
