// 八（四）: the annual indicator scheme as data, so the service center can change indicators, weights
// and grade bands each year without a code change. Pure: shared by the scheme form, the server and tests.
import type { Grade, ReportStatus } from "../db/generated/enums";
import { z } from "../validation/zod";

export const GRADES = ["EXCELLENT", "GOOD", "PASS", "FAIL"] as const satisfies readonly Grade[];

export const GRADE_LABELS: Record<Grade, string> = { EXCELLENT: "优秀", GOOD: "良好", PASS: "合格", FAIL: "不合格" };

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
  return z
    .record(z.string(), value)
    .refine(
      (r) => Object.keys(r).length <= MAX_INDICATORS && Object.keys(r).every((k) => k.length <= 32),
      `最多 ${MAX_INDICATORS} 项指标，指标代码不超过 32 个字符`,
    );
}

const ZStep = z.object({ min: z.number(), score: z.number() });

export const ZRule = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("linear"), target: z.number() }),
    z.object({ kind: z.literal("steps"), steps: z.array(ZStep) }),
    z.object({ kind: z.literal("manual") }),
  ],
  { error: "计分方式应为 linear（按目标值比例）、steps（分档）或 manual（人工评分）" },
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
    source: z.enum(INDICATOR_SOURCES, { error: "数据来源应为 activities（活动）或 projects（推荐项目）" }).optional(),
  })
  .superRefine((ind, ctx) => {
    const label = ind.name ? `「${ind.name}」` : `指标 ${ind.code}`;
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });

    if (!INDICATOR_CODE.test(ind.code)) {
      add(["code"], `${label}的代码应为 2-32 位大写字母、数字或下划线，并以字母开头`);
    }
    if (chars(ind.name) < 2 || chars(ind.name) > 40) add(["name"], `指标 ${ind.code} 的名称应为 2-40 个字`);
    if (chars(ind.unit) < 1 || chars(ind.unit) > 10) add(["unit"], `${label}的计量单位应为 1-10 个字（如 项、次、万元、人次）`);
    if (!(ind.weight > 0 && ind.weight <= 100) || toHundredths(ind.weight) === null) {
      add(["weight"], `${label}的权重应大于 0、不超过 100，最多两位小数，当前为 ${ind.weight}`);
    }

    const rule = ind.rule;
    // A counted figure is scored from the count; a hand-scored indicator has no figure to count.
    if (ind.source && rule.kind === "manual") add(["source"], `${label}为人工评分指标，不能设置自动统计来源`);
    if (rule.kind === "linear" && !(rule.target > 0)) {
      add(["rule", "target"], `${label}的目标值应大于 0，当前为 ${rule.target}`);
    }
    if (rule.kind === "steps") {
      if (rule.steps.length < 1 || rule.steps.length > 20) add(["rule", "steps"], `${label}应设置 1-20 个分档`);
      rule.steps.forEach((s, i) => {
        const at = `${label}第 ${i + 1} 档`;
        if (!(s.min >= 0)) add(["rule", "steps", i, "min"], `${at}的起点应不小于 0，当前为 ${s.min}`);
        if (!(s.score >= 0 && s.score <= 100) || toHundredths(s.score) === null) {
          add(["rule", "steps", i, "score"], `${at}的得分应在 0-100 之间，最多两位小数，当前为 ${s.score}`);
        }
        const prev = rule.steps[i - 1];
        if (!prev) return;
        // Ordered steps make "highest step reached" unambiguous and a larger figure never scores less.
        if (s.min <= prev.min) add(["rule", "steps", i, "min"], `${at}的起点（${s.min}）应大于第 ${i} 档（${prev.min}）`);
        if (s.score < prev.score) add(["rule", "steps", i, "score"], `${at}的得分（${s.score}）不应低于第 ${i} 档（${prev.score}）`);
      });
    }
  });

const bandMin = (label: string) =>
  z
    .number({ error: `「${label}」的最低分请填写数字` })
    .refine((n) => n > 0 && n <= 100 && toHundredths(n) !== null, { error: `「${label}」的最低分应大于 0、不超过 100，最多两位小数` });

/** Minimum score of each grade; FAIL (不合格) is everything below PASS, so it has no bound of its own. */
export const ZGradeBands = z.strictObject({ EXCELLENT: bandMin("优秀"), GOOD: bandMin("良好"), PASS: bandMin("合格") }).superRefine((b, ctx) => {
  if (!(b.EXCELLENT > b.GOOD)) {
    ctx.addIssue({ code: "custom", path: ["EXCELLENT"], message: `「优秀」的最低分（${b.EXCELLENT}）应高于「良好」（${b.GOOD}）` });
  }
  if (!(b.GOOD > b.PASS)) {
    ctx.addIssue({ code: "custom", path: ["GOOD"], message: `「良好」的最低分（${b.GOOD}）应高于「合格」（${b.PASS}）` });
  }
});

export const ZSchemeDefinition = z
  .object({
    indicators: z.array(ZIndicator).min(1, "请至少设置 1 项指标").max(MAX_INDICATORS, `最多设置 ${MAX_INDICATORS} 项指标`),
    gradeBands: ZGradeBands,
  })
  .superRefine((def, ctx) => {
    const seen = new Map<string, string>();
    def.indicators.forEach((ind, i) => {
      const first = seen.get(ind.code);
      if (first === undefined) seen.set(ind.code, ind.name);
      else ctx.addIssue({ code: "custom", path: ["indicators", i, "code"], message: `指标代码 ${ind.code} 重复（「${first}」与「${ind.name}」）` });
    });
    // Summed in hundredths: exact, so 33.33 + 33.33 + 33.34 is 100 and no float tolerance is needed.
    const sum = def.indicators.reduce((acc, ind) => acc + (toHundredths(ind.weight) ?? 0), 0);
    if (sum !== 10000) ctx.addIssue({ code: "custom", path: ["indicators"], message: `各指标权重之和应为 100，当前为 ${sum / 100}` });
  });

export type TRule = z.output<typeof ZRule>;
export type TIndicator = z.output<typeof ZIndicator>;
export type TGradeBands = z.output<typeof ZGradeBands>;
export type TSchemeDefinition = z.output<typeof ZSchemeDefinition>;
export type TSchemeDefinitionInput = z.input<typeof ZSchemeDefinition>;

/**
 * A starting point for a year's scheme (the indicators DOMAIN.md names); targets and steps are placeholders
 * the service center is expected to adjust. Tests check it parses.
 */
export const DEFAULT_SCHEME: TSchemeDefinition = {
  indicators: [
    {
      code: "JOINT_PROJECTS",
      name: "联合攻关项目",
      unit: "项",
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
    { code: "PATENTS_STANDARDS", name: "专利和标准", unit: "项", weight: 15, rule: { kind: "linear", target: 5 } },
    { code: "TECH_TRANSFER", name: "成果转移转化", unit: "项", weight: 15, rule: { kind: "linear", target: 3 } },
    {
      code: "ACTIVITIES",
      name: "组织活动",
      unit: "次",
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
    { code: "RND_INPUT", name: "成员研发投入", unit: "万元", weight: 15, rule: { kind: "linear", target: 1000 } },
    { code: "TALENT_EXCHANGE", name: "人才交流", unit: "人次", weight: 10, rule: { kind: "linear", target: 20 } },
    { code: "GOVERNANCE", name: "运行管理规范性", unit: "分", weight: 15, rule: { kind: "manual" } },
  ],
  gradeBands: { EXCELLENT: 90, GOOD: 75, PASS: 60 },
};
