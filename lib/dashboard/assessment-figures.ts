import "server-only";
import type { Grade } from "../db/generated/enums";
import { readDb } from "../db/client";
import type { SessionUser } from "../auth/session";
import { GRADES } from "../assessment";
import type { TDashboardFilters } from "../validation/dashboard";
import { dashboardWhere, scopedAllianceIds } from "./filters";
import { assessmentProgress, type ProgressRow } from "./assessment-progress";

export interface GradeYearRow {
  year: number;
  counts: Record<Grade, number>;
  total: number;
  /** Mean score, two decimals; null when the year has no published result. */
  averageScore: number | null;
  /** Share of 优秀 in percent, one decimal. */
  excellentRate: number | null;
}

export interface RevocationYearRow {
  year: number;
  proposed: number;
  confirmed: number;
  dismissed: number;
}

export interface AssessmentFigures {
  grades: GradeYearRow[];
  progress: ProgressRow[];
  revocations: RevocationYearRow[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * 年度考核 (八（四）): grade counts and average score per assessment year, published results only (an
 * unpublished score is still the service center's draft); revocations per China calendar year of each step.
 * `year` selects that assessment year and that revocation year.
 */
export async function assessmentFigures(user: SessionUser, filters: TDashboardFilters): Promise<AssessmentFigures> {
  const where = {
    publishedAt: { not: null },
    alliance: { is: dashboardWhere(user, filters, { yearIsFilingYear: false }) },
    ...(filters.year ? { year: filters.year } : {}),
  };
  const [byGrade, byYear, ids, progress] = await Promise.all([
    readDb().assessment.groupBy({ by: ["year", "grade"], where, _count: { _all: true } }),
    readDb().assessment.groupBy({ by: ["year"], where, _count: { _all: true }, _avg: { score: true }, orderBy: { year: "asc" } }),
    scopedAllianceIds(user, filters),
    assessmentProgress(user, filters),
  ]);
  const grades = byYear.map((y): GradeYearRow => {
    const counts = Object.fromEntries(GRADES.map((g) => [g, byGrade.find((r) => r.year === y.year && r.grade === g)?._count._all ?? 0])) as Record<
      Grade,
      number
    >;
    const total = y._count._all;
    const avg = y._avg.score === null ? null : Number(y._avg.score.toString());
    return {
      year: y.year,
      counts,
      total,
      averageScore: avg === null ? null : round(avg, 2),
      excellentRate: total ? round((counts.EXCELLENT / total) * 100, 1) : null,
    };
  });
  return { grades, progress, revocations: await revocationsByYear(ids, filters.year) };
}

async function revocationsByYear(ids: string[], year: number | undefined): Promise<RevocationYearRow[]> {
  // Each step counts in the China year it happened (+8h, no daylight saving).
  const rows = await readDb().$queryRaw<{ year: number; proposed: number; confirmed: number; dismissed: number }[]>`
    SELECT y AS year, sum(p)::int AS proposed, sum(c)::int AS confirmed, sum(d)::int AS dismissed FROM (
      SELECT extract(year FROM "proposedAt" + interval '8 hours')::int AS y, 1 AS p, 0 AS c, 0 AS d
        FROM "Revocation" WHERE "allianceId" = ANY(${ids}::text[])
      UNION ALL
      SELECT extract(year FROM "confirmedAt" + interval '8 hours')::int, 0, 1, 0
        FROM "Revocation" WHERE "allianceId" = ANY(${ids}::text[]) AND status = 'CONFIRMED' AND "confirmedAt" IS NOT NULL
      UNION ALL
      SELECT extract(year FROM "dismissedAt" + interval '8 hours')::int, 0, 0, 1
        FROM "Revocation" WHERE "allianceId" = ANY(${ids}::text[]) AND status = 'DISMISSED' AND "dismissedAt" IS NOT NULL
    ) steps
    WHERE ${year ?? null}::int IS NULL OR y = ${year ?? null}::int
    GROUP BY y ORDER BY y`;
  return rows;
}
