import { describe, it, expect } from "vitest";
import { AppError } from "../../lib/errors/app-error";
import {
  DEFAULT_SCHEME,
  GRADE_LABELS,
  ScoringError,
  ZGradeBands,
  ZIndicator,
  ZSchemeDefinition,
  figuresSchema,
  gradeOf,
  scoreReport,
  type TAdjustment,
  type TRule,
  type TSchemeDefinition,
} from "../../lib/assessment";

const BANDS = { EXCELLENT: 90, GOOD: 75, PASS: 60 };
const LINEAR10: TRule = { kind: "linear", target: 10 };
const MANUAL: TRule = { kind: "manual" };

const ind = (code: string, weight: number, rule: TRule, name = `指标${code}`) => ({ code, name, unit: "项", weight, rule });
const def = (indicators: ReturnType<typeof ind>[], gradeBands: Record<string, number> = BANDS) => ({ indicators, gradeBands });
const parse = (indicators: ReturnType<typeof ind>[]): TSchemeDefinition => ZSchemeDefinition.parse(def(indicators));

function schemeMessages(input: unknown): string[] {
  const r = ZSchemeDefinition.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

function scoringMessages(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof ScoringError) return [...err.messages];
    throw err;
  }
  throw new Error("expected a ScoringError");
}

// One manual indicator weighted 100: the total is the manual score, which makes boundaries easy to hit.
const SINGLE_MANUAL = parse([ind("REVIEW", 100, MANUAL, "运行管理规范性")]);
const REASON = "现场核查发现问题";

const DEFAULT_FIGURES = { JOINT_PROJECTS: 2, PATENTS_STANDARDS: 4, TECH_TRANSFER: 1, ACTIVITIES: 5, RND_INPUT: 1234.5678, TALENT_EXCHANGE: 7 };

describe("scheme definition", () => {
  it("the default scheme parses, weighs 100 and covers DOMAIN.md's indicators plus a manual one", () => {
    const parsed = ZSchemeDefinition.parse(DEFAULT_SCHEME);
    expect(parsed.indicators.reduce((s, i) => s + i.weight, 0)).toBe(100);
    expect(parsed.indicators.map((i) => i.name)).toEqual(
      expect.arrayContaining(["联合攻关项目", "专利和标准", "成果转移转化", "组织活动", "成员研发投入", "人才交流", "运行管理规范性"]),
    );
    expect(parsed.indicators.find((i) => i.name === "成员研发投入")?.unit).toBe("万元");
    expect(parsed.indicators.find((i) => i.name === "人才交流")?.unit).toBe("人次");
    expect(parsed.indicators.find((i) => i.name === "运行管理规范性")?.rule.kind).toBe("manual");
  });

  it("weights not summing to 100 are refused with the actual sum", () => {
    expect(schemeMessages(def([ind("AA", 50, LINEAR10), ind("BB", 45, LINEAR10)]))).toContain("各指标权重之和应为 100，当前为 95");
    expect(schemeMessages(def([ind("AA", 50, LINEAR10), ind("BB", 50.01, LINEAR10)]))).toContain("各指标权重之和应为 100，当前为 100.01");
  });

  it("weights of 33.33 + 33.33 + 33.34 sum to exactly 100 (no float drift)", () => {
    expect(schemeMessages(def([ind("AA", 33.33, LINEAR10), ind("BB", 33.33, LINEAR10), ind("CC", 33.34, LINEAR10)]))).toEqual([]);
    expect(schemeMessages(def([ind("AA", 0.1, LINEAR10), ind("BB", 0.2, LINEAR10), ind("CC", 99.7, LINEAR10)]))).toEqual([]);
  });

  it("duplicate codes are refused, naming the code and both indicators", () => {
    const msgs = schemeMessages(def([ind("AA", 50, LINEAR10, "联合攻关项目"), ind("AA", 50, LINEAR10, "专利和标准")]));
    expect(msgs).toEqual(["指标代码 AA 重复（「联合攻关项目」与「专利和标准」）"]);
  });

  it.each(["aa", "A", "1A", "A-B", "A".repeat(33)])("code %s is refused", (code) => {
    const msgs = schemeMessages(def([ind(code, 100, LINEAR10, "联合攻关项目")]));
    expect(msgs.some((m) => m.startsWith("「联合攻关项目」的代码"))).toBe(true);
  });

  it("name and unit lengths are checked and name the indicator", () => {
    expect(schemeMessages(def([ind("AA", 100, LINEAR10, "甲")]))).toEqual(["指标 AA 的名称应为 2-40 个字"]);
    expect(schemeMessages(def([ind("AA", 100, LINEAR10, "甲".repeat(41))]))).toEqual(["指标 AA 的名称应为 2-40 个字"]);
    const noUnit = { ...ind("AA", 100, LINEAR10, "组织活动"), unit: " " };
    expect(schemeMessages(def([noUnit]))[0]).toMatch(/^「组织活动」的计量单位/);
    expect(schemeMessages(def([{ ...noUnit, unit: "一二三四五六七八九十十" }]))[0]).toMatch(/^「组织活动」的计量单位/);
  });

  it.each([0, -5, 100.5, 33.333])("weight %s is refused, naming the indicator", (w) => {
    const msgs = schemeMessages(def([ind("AA", w, LINEAR10, "组织活动"), ind("BB", 100 - w, LINEAR10)]));
    expect(msgs.some((m) => m.startsWith("「组织活动」的权重") && m.includes(String(w)))).toBe(true);
  });

  it("a linear target must be above 0", () => {
    expect(schemeMessages(def([ind("AA", 100, { kind: "linear", target: 0 }, "专利和标准")]))).toEqual(["「专利和标准」的目标值应大于 0，当前为 0"]);
  });

  it("steps must rise in min and never fall in score", () => {
    const stepsDef = (steps: { min: number; score: number }[]) => def([ind("AA", 100, { kind: "steps", steps }, "组织活动")]);
    expect(
      schemeMessages(
        stepsDef([
          { min: 2, score: 60 },
          { min: 2, score: 80 },
        ]),
      ),
    ).toEqual(["「组织活动」第 2 档的起点（2）应大于第 1 档（2）"]);
    expect(
      schemeMessages(
        stepsDef([
          { min: 3, score: 60 },
          { min: 1, score: 80 },
        ]),
      ),
    ).toEqual(["「组织活动」第 2 档的起点（1）应大于第 1 档（3）"]);
    expect(
      schemeMessages(
        stepsDef([
          { min: 1, score: 80 },
          { min: 2, score: 60 },
        ]),
      ),
    ).toEqual(["「组织活动」第 2 档的得分（60）不应低于第 1 档（80）"]);
    expect(
      schemeMessages(
        stepsDef([
          { min: 1, score: 60 },
          { min: 2, score: 60 },
        ]),
      ),
    ).toEqual([]);
    expect(schemeMessages(stepsDef([]))).toEqual(["「组织活动」应设置 1-20 个分档"]);
    expect(schemeMessages(stepsDef([{ min: -1, score: 60 }]))).toEqual(["「组织活动」第 1 档的起点应不小于 0，当前为 -1"]);
    expect(schemeMessages(stepsDef([{ min: 1, score: 101 }]))[0]).toMatch(/^「组织活动」第 1 档的得分应在 0-100 之间/);
  });

  it("an unknown rule kind is refused in Chinese", () => {
    const msgs = schemeMessages(def([{ ...ind("AA", 100, LINEAR10), rule: { kind: "ratio" } as unknown as TRule }]));
    expect(msgs.join()).toMatch(/计分方式应为/);
  });

  it("needs 1 to 30 indicators", () => {
    expect(schemeMessages(def([]))).toContain("请至少设置 1 项指标");
    const many = Array.from({ length: 31 }, (_, i) => ind(`I${i}`, i === 0 ? 70 : 1, LINEAR10));
    expect(schemeMessages(def(many))).toContain("最多设置 30 项指标");
  });

  it("grade bands must descend EXCELLENT > GOOD > PASS > 0 and stay within 100", () => {
    const bandMessages = (b: unknown) => {
      const r = ZGradeBands.safeParse(b);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(bandMessages(BANDS)).toEqual([]);
    expect(bandMessages({ EXCELLENT: 75, GOOD: 75, PASS: 60 })).toEqual(["「优秀」的最低分（75）应高于「良好」（75）"]);
    expect(bandMessages({ EXCELLENT: 90, GOOD: 60, PASS: 70 })).toEqual(["「良好」的最低分（60）应高于「合格」（70）"]);
    expect(bandMessages({ EXCELLENT: 100.5, GOOD: 75, PASS: 60 })).toEqual(["「优秀」的最低分应大于 0、不超过 100，最多两位小数"]);
    expect(bandMessages({ EXCELLENT: 90, GOOD: 75, PASS: 0 })).toEqual(["「合格」的最低分应大于 0、不超过 100，最多两位小数"]);
    expect(bandMessages({ EXCELLENT: 90, GOOD: 75.125, PASS: 60 })).toHaveLength(1);
    expect(bandMessages({ EXCELLENT: 90, GOOD: 75 })).toEqual(["「合格」的最低分请填写数字"]);
    expect(bandMessages({ ...BANDS, FAIL: 0 })).toHaveLength(1); // FAIL has no bound: it is whatever is below PASS
  });

  it("has a Chinese label for every grade", () => {
    expect(GRADE_LABELS).toEqual({ EXCELLENT: "优秀", GOOD: "良好", PASS: "合格", FAIL: "不合格" });
  });
});

describe("figuresSchema", () => {
  const schema = figuresSchema(DEFAULT_SCHEME);

  it("accepts a number ≥ 0 for every non-manual indicator and does not ask for manual ones", () => {
    expect(schema.safeParse(DEFAULT_FIGURES).success).toBe(true);
    expect(Object.keys(schema.shape)).not.toContain("GOVERNANCE");
  });

  it.each([
    ["missing", undefined],
    ["negative", -1],
    ["NaN (an empty number input)", Number.NaN],
    ["infinite", Number.POSITIVE_INFINITY],
    ["a string", "3"],
  ])("refuses a %s figure, naming the indicator", (_, bad) => {
    const r = schema.safeParse({ ...DEFAULT_FIGURES, JOINT_PROJECTS: bad });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(["「联合攻关项目」请填写不小于 0 的数字"]);
    expect(r.error?.issues[0]?.path).toEqual(["JOINT_PROJECTS"]);
  });
});

describe("scoreReport: indicator scores", () => {
  const linear = parse([ind("AA", 100, LINEAR10)]);
  const rawOf = (scheme: TSchemeDefinition, value: number) => scoreReport(scheme, { AA: value }, {}, []).lines[0]?.raw;

  it("linear: min(value / target, 1) × 100, capped at 100", () => {
    expect(rawOf(linear, 0)).toBe(0);
    expect(rawOf(linear, 5)).toBe(50);
    expect(rawOf(linear, 10)).toBe(100);
    expect(rawOf(linear, 25)).toBe(100);
    expect(rawOf(linear, 1e300)).toBe(100);
  });

  it("linear: rounds half-up on the exact ratio, where float arithmetic would round down", () => {
    const four = parse([ind("AA", 100, { kind: "linear", target: 4 })]);
    expect(rawOf(four, 0.043)).toBe(1.08); // 1.075; 0.043 / 4 × 10000 is 107.4999… in floats
    expect(rawOf(four, 0.051)).toBe(1.28); // 1.275
    expect(rawOf(parse([ind("AA", 100, { kind: "linear", target: 3 })]), 1)).toBe(33.33);
    expect(rawOf(parse([ind("AA", 100, { kind: "linear", target: 3 })]), 2)).toBe(66.67);
  });

  it("steps: the highest step reached, 0 below the first", () => {
    const steps = parse([
      ind("AA", 100, {
        kind: "steps",
        steps: [
          { min: 2, score: 60 },
          { min: 4, score: 80 },
          { min: 6, score: 100 },
        ],
      }),
    ]);
    expect(rawOf(steps, 0)).toBe(0);
    expect(rawOf(steps, 1.99)).toBe(0);
    expect(rawOf(steps, 2)).toBe(60);
    expect(rawOf(steps, 5)).toBe(80);
    expect(rawOf(steps, 6)).toBe(100);
    expect(rawOf(steps, 600)).toBe(100);
  });

  it("manual: the staff score is used and value is null", () => {
    const line = scoreReport(SINGLE_MANUAL, {}, { REVIEW: 88.5 }, []).lines[0];
    expect(line).toMatchObject({ code: "REVIEW", name: "运行管理规范性", value: null, raw: 88.5, weight: 100, weighted: 88.5 });
  });

  it("scores the default scheme end to end", () => {
    const r = scoreReport(DEFAULT_SCHEME, DEFAULT_FIGURES, { GOVERNANCE: 88.5 }, []);
    expect(r.lines.map((l) => [l.code, l.raw, l.weighted])).toEqual([
      ["JOINT_PROJECTS", 80, 16],
      ["PATENTS_STANDARDS", 80, 12],
      ["TECH_TRANSFER", 33.33, 4.9995],
      ["ACTIVITIES", 80, 8],
      ["RND_INPUT", 100, 15],
      ["TALENT_EXCHANGE", 35, 3.5],
      ["GOVERNANCE", 88.5, 13.275],
    ]);
    // Σ weighted = 72.7745, rounded once; rounding each line first would have given 72.78.
    expect(r).toMatchObject({ subtotal: 72.77, adjustmentTotal: 0, total: 72.77, grade: "PASS" });
  });
});

describe("scoreReport: validation", () => {
  it("missing figures are reported by indicator name", () => {
    const { JOINT_PROJECTS: _drop, ...rest } = DEFAULT_FIGURES;
    expect(scoringMessages(() => scoreReport(DEFAULT_SCHEME, rest, { GOVERNANCE: 80 }, []))).toEqual(["「联合攻关项目」请填写不小于 0 的数字"]);
    expect(scoringMessages(() => scoreReport(DEFAULT_SCHEME, null, { GOVERNANCE: 80 }, []))).toHaveLength(1);
  });

  it("a manual indicator needs a score from 0 to 100 with at most 2 decimals", () => {
    expect(scoringMessages(() => scoreReport(SINGLE_MANUAL, {}, {}, []))).toEqual(["「运行管理规范性」为人工评分指标，请填写评分"]);
    for (const bad of [-1, 100.01, 80.123, Number.NaN]) {
      expect(scoringMessages(() => scoreReport(SINGLE_MANUAL, {}, { REVIEW: bad }, []))[0]).toMatch(/^「运行管理规范性」的人工评分应在 0-100 之间/);
    }
    expect(scoreReport(SINGLE_MANUAL, {}, { REVIEW: 0 }, []).total).toBe(0);
    expect(scoreReport(SINGLE_MANUAL, {}, { REVIEW: 100 }, []).total).toBe(100);
  });

  it("a manual score for an indicator computed from figures, or an unknown one, is refused", () => {
    const msgs = scoringMessages(() => scoreReport(DEFAULT_SCHEME, DEFAULT_FIGURES, { GOVERNANCE: 80, RND_INPUT: 90, NOPE: 1 }, []));
    expect(msgs).toEqual(["「成员研发投入」按填报数据计分，不接受人工评分", "人工评分所指指标 NOPE 不在本方案中"]);
  });

  it("adjustments must name an existing indicator, be non-zero within ±20, and give a reason of 5+ characters", () => {
    const run = (a: TAdjustment) => scoringMessages(() => scoreReport(SINGLE_MANUAL, {}, { REVIEW: 70 }, [a]));
    expect(run({ indicator: "NOPE", delta: 1, reason: REASON })).toEqual(["第 1 条加减分所指指标 NOPE 不在本方案中"]);
    expect(run({ indicator: "REVIEW", delta: 0, reason: REASON })).toEqual(["第 1 条加减分（「运行管理规范性」）的分值不能为 0"]);
    expect(run({ indicator: "REVIEW", delta: 20.01, reason: REASON })).toEqual([
      "第 1 条加减分（「运行管理规范性」）的分值应在 -20 到 20 之间，最多两位小数，当前为 20.01",
    ]);
    expect(run({ indicator: "REVIEW", delta: -25, reason: REASON })[0]).toMatch(/当前为 -25$/);
    expect(run({ indicator: "REVIEW", delta: 1.005, reason: REASON })[0]).toMatch(/最多两位小数/);
    expect(run({ indicator: "REVIEW", delta: 5, reason: "逾期提交" })).toEqual(["第 1 条加减分（「运行管理规范性」）请填写至少 5 个字的理由"]);
    expect(run({ indicator: "REVIEW", delta: 5, reason: "  逾期提交  " })).toHaveLength(1); // padding does not count
  });

  it("±20 and a 5-character reason are accepted", () => {
    const r = scoreReport(SINGLE_MANUAL, {}, { REVIEW: 70 }, [
      { indicator: "REVIEW", delta: 20, reason: "年报逾期交" },
      { indicator: "REVIEW", delta: -20, reason: "资料不完整" },
    ]);
    expect(r).toMatchObject({ subtotal: 70, adjustmentTotal: 0, total: 70 });
  });

  it("reports every problem at once as a typed INVALID_INPUT error with field paths", () => {
    let caught: unknown;
    try {
      scoreReport(DEFAULT_SCHEME, { ...DEFAULT_FIGURES, ACTIVITIES: -1 }, {}, [{ indicator: "X1", delta: 0, reason: "" }]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ScoringError);
    expect(AppError.is(caught, "INVALID_INPUT")).toBe(true);
    const e = caught as ScoringError;
    expect(e.messages).toHaveLength(5);
    expect(Object.keys(e.fieldErrors ?? {})).toEqual([
      "figures.ACTIVITIES",
      "manual.GOVERNANCE",
      "adjustments.0.indicator",
      "adjustments.0.delta",
      "adjustments.0.reason",
    ]);
  });

  it("an invalid scheme (e.g. stored JSON weighing 95) is refused rather than scored", () => {
    const bad = { ...DEFAULT_SCHEME, indicators: DEFAULT_SCHEME.indicators.slice(1) } as TSchemeDefinition;
    expect(scoringMessages(() => scoreReport(bad, DEFAULT_FIGURES, { GOVERNANCE: 80 }, []))).toEqual(["评价方案有误：各指标权重之和应为 100，当前为 80"]);
  });
});

describe("scoreReport: totals, rounding and grades", () => {
  const adj = (delta: number): TAdjustment => ({ indicator: "REVIEW", delta, reason: REASON });

  it("the total is clamped to 0..100 while adjustmentTotal shows what was applied", () => {
    expect(scoreReport(SINGLE_MANUAL, {}, { REVIEW: 95 }, [adj(20)])).toMatchObject({ subtotal: 95, adjustmentTotal: 20, total: 100, grade: "EXCELLENT" });
    expect(scoreReport(SINGLE_MANUAL, {}, { REVIEW: 10 }, [adj(-20)])).toMatchObject({ subtotal: 10, adjustmentTotal: -20, total: 0, grade: "FAIL" });
  });

  it("0.1 + 0.2 style adjustments land exactly on a boundary", () => {
    // In floats 59.7 + 0.1 + 0.2 is 60.00000000000001; in hundredths it is 60.
    const r = scoreReport(SINGLE_MANUAL, {}, { REVIEW: 59.7 }, [adj(0.1), adj(0.2)]);
    expect(r).toMatchObject({ adjustmentTotal: 0.3, total: 60, grade: "PASS" });
    expect(scoreReport(SINGLE_MANUAL, {}, { REVIEW: 60 }, [adj(-0.1), adj(0.09)])).toMatchObject({ total: 59.99, grade: "FAIL" });
  });

  it("weights 33.33 / 33.33 / 33.34 round once, not per line", () => {
    const thirds = parse([ind("AA", 33.33, LINEAR10), ind("BB", 33.33, LINEAR10), ind("CC", 33.34, LINEAR10)]);
    expect(scoreReport(thirds, { AA: 10, BB: 10, CC: 10 }, {}, []).total).toBe(100);
    const half = scoreReport(thirds, { AA: 5, BB: 5, CC: 5 }, {}, []);
    expect(half.lines.map((l) => l.weighted)).toEqual([16.665, 16.665, 16.67]);
    expect(half.total).toBe(50); // per-line rounding would give 16.67 × 3 = 50.01
    expect(scoreReport(thirds, { AA: 10, BB: 0, CC: 0 }, {}, []).total).toBe(33.33);
    expect(scoreReport(thirds, { AA: 0, BB: 0, CC: 10 }, {}, []).total).toBe(33.34);
  });

  it("the subtotal rounds half-up: x.xx5 goes up", () => {
    // raw 33.33 × weight 50 = 16.665 → 16.67; raw 0 on the other half.
    const halves = parse([ind("AA", 50, { kind: "linear", target: 3 }), ind("BB", 50, LINEAR10)]);
    expect(scoreReport(halves, { AA: 1, BB: 0 }, {}, []).subtotal).toBe(16.67);
  });

  it.each([
    [100, "EXCELLENT"],
    [90, "EXCELLENT"],
    [89.99, "GOOD"],
    [75, "GOOD"],
    [74.99, "PASS"],
    [60, "PASS"],
    [59.99, "FAIL"],
    [0, "FAIL"],
  ] as const)("score %s grades %s, directly and through scoreReport", (score, grade) => {
    expect(gradeOf(score, BANDS)).toBe(grade);
    expect(scoreReport(SINGLE_MANUAL, {}, { REVIEW: score }, [])).toMatchObject({ total: score, grade });
  });

  it("gradeOf refuses scores outside 0..100", () => {
    for (const bad of [-0.01, 100.01, Number.NaN]) expect(() => gradeOf(bad, BANDS)).toThrow(RangeError);
  });

  it("custom bands are honoured", () => {
    const strict = ZSchemeDefinition.parse(def([ind("REVIEW", 100, MANUAL)], { EXCELLENT: 95, GOOD: 85, PASS: 70 }));
    expect(scoreReport(strict, {}, { REVIEW: 90 }, []).grade).toBe("GOOD");
    expect(scoreReport(strict, {}, { REVIEW: 69.99 }, []).grade).toBe("FAIL");
  });
});

describe("scoreReport: properties over random reports", () => {
  // Seeded so a failure reproduces (mulberry32).
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const rand = rng(20250805);
  const int = (n: number) => Math.floor(rand() * n);
  // Drawn as integer hundredths then divided once: adding floats (50 + 34.96) would itself leave 2 decimals.
  const hundredths = (min: number, max: number) => (min * 100 + int((max - min) * 100 + 1)) / 100;

  function randomScheme(): TSchemeDefinition {
    const n = 1 + int(8);
    // Split 10000 hundredths into n positive parts so weights are 2-decimal and sum to exactly 100.
    const cuts = new Set<number>();
    while (cuts.size < n - 1) cuts.add(1 + int(9999));
    const edges = [0, ...[...cuts].sort((a, b) => a - b), 10000];
    const indicators = edges.slice(1).map((e, i) => {
      const kind = int(3);
      const rule: TRule =
        kind === 0
          ? { kind: "linear", target: hundredths(0.01, 500) }
          : kind === 1
            ? {
                kind: "steps",
                steps: [
                  { min: 1, score: hundredths(0, 50) },
                  { min: 3 + int(5), score: hundredths(50, 100) },
                ],
              }
            : MANUAL;
      return ind(`I${i}`, (e - (edges[i] ?? 0)) / 100, rule);
    });
    return ZSchemeDefinition.parse(def(indicators));
  }

  it("0 ≤ total ≤ 100 with 2 decimals, grade = gradeOf(total), and lines add up to the subtotal", () => {
    for (let run = 0; run < 500; run++) {
      const scheme = run % 5 === 0 ? DEFAULT_SCHEME : randomScheme();
      const figures: Record<string, number> = {};
      const manual: Record<string, number> = {};
      for (const i of scheme.indicators) {
        if (i.rule.kind === "manual") manual[i.code] = hundredths(0, 100);
        else figures[i.code] = rand() < 0.2 ? 0 : rand() * 10 ** int(5);
      }
      const adjustments = Array.from({ length: int(4) }, () => ({
        indicator: scheme.indicators[int(scheme.indicators.length)]?.code ?? "",
        delta: (rand() < 0.5 ? -1 : 1) * hundredths(0.01, 20),
        reason: REASON,
      }));

      const r = scoreReport(scheme, figures, manual, adjustments);
      expect(r.total).toBeGreaterThanOrEqual(0);
      expect(r.total).toBeLessThanOrEqual(100);
      expect(Math.round(r.total * 100) / 100).toBe(r.total);
      expect(r.grade).toBe(gradeOf(r.total, scheme.gradeBands));
      for (const l of r.lines) expect(l.raw >= 0 && l.raw <= 100).toBe(true);
      const sum = r.lines.reduce((s, l) => s + l.weighted, 0);
      expect(Math.abs(sum - r.subtotal)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it("reporting more never lowers the score", () => {
    for (let run = 0; run < 200; run++) {
      const scheme = randomScheme();
      const low: Record<string, number> = {};
      const high: Record<string, number> = {};
      const manual: Record<string, number> = {};
      for (const i of scheme.indicators) {
        if (i.rule.kind === "manual") manual[i.code] = hundredths(0, 100);
        else {
          const base = rand() * 20;
          low[i.code] = base;
          high[i.code] = base + rand() * 20;
        }
      }
      expect(scoreReport(scheme, high, manual, []).total).toBeGreaterThanOrEqual(scoreReport(scheme, low, manual, []).total);
    }
  });
});

describe("counted indicators (source)", () => {
  const base = { code: "ACTS", name: "组织活动", unit: "次", weight: 100 };
  it("accepts a counted source on a figure-scored indicator and keeps it", () => {
    const r = ZIndicator.safeParse({ ...base, rule: { kind: "linear", target: 4 }, source: "activities" });
    expect(r.success && r.data.source).toBe("activities");
    expect(DEFAULT_SCHEME.indicators.find((i) => i.code === "ACTIVITIES")?.source).toBe("activities");
  });
  it("refuses an unknown source and a source on a hand-scored indicator, at the source field", () => {
    const unknown = ZIndicator.safeParse({ ...base, rule: { kind: "linear", target: 4 }, source: "meetings" });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]?.path).toEqual(["source"]);
    const manual = ZIndicator.safeParse({ ...base, rule: { kind: "manual" }, source: "projects" });
    expect(manual.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["source", "「组织活动」为人工评分指标，不能设置自动统计来源"]]);
  });
  it("still requires the counted figure in the report", () => {
    const def = {
      indicators: [{ ...base, rule: { kind: "linear" as const, target: 4 }, source: "activities" as const }],
      gradeBands: DEFAULT_SCHEME.gradeBands,
    };
    expect(figuresSchema(def).safeParse({}).success).toBe(false);
    expect(scoreReport(def, { ACTS: 2 }, {}, []).total).toBe(50);
  });
});
