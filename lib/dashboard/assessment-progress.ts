import "server-only";
import type { Grade } from "../db/generated/enums";
import { readDb } from "../db/client";
import type { SessionUser } from "../auth/session";
import { GRADES } from "../assessment";
import { assessableAllianceWhere } from "../assessment/assess";
import type { TDashboardFilters } from "../validation/dashboard";
import { dashboardWhere } from "./filters";

export interface ProgressRow {
  year: number;
  reportDue: Date;
  /** FILED alliances in scope that this year's assessment covers. */
  covered: number;
  submitted: number;
  scored: number;
  /** Scores given so far, not yet published: the service center's working figures. */
  draftGrades: Record<Grade, number>;
}

/**
 * 年度考核进度 (八（四）) for schemes open for reports: how many covered alliances have handed in a report and how
 * many are scored. Grades here are unpublished; the published distribution is in assessmentFigures.
 */
export async function assessmentProgress(user: SessionUser, filters: TDashboardFilters): Promise<ProgressRow[]> {
  const schemes = await readDb().assessmentScheme.findMany({
    where: { status: "PUBLISHED", ...(filters.year ? { year: filters.year } : {}) },
    orderBy: { year: "desc" },
    select: { year: true, reportDue: true, coverageCutoff: true },
  });
  const scope = dashboardWhere(user, filters, { yearIsFilingYear: false });
  return Promise.all(
    schemes.map(async (s): Promise<ProgressRow> => {
      const alliance = { AND: [scope, assessableAllianceWhere(s)] };
      const [covered, submitted, scored, grades] = await Promise.all([
        readDb().alliance.count({ where: alliance }),
        readDb().annualReport.count({ where: { year: s.year, status: { in: ["SUBMITTED", "ASSESSED"] }, alliance } }),
        readDb().annualReport.count({ where: { year: s.year, status: "ASSESSED", alliance } }),
        readDb().assessment.groupBy({ by: ["grade"], where: { year: s.year, publishedAt: null, alliance: { is: alliance } }, _count: { _all: true } }),
      ]);
      const draftGrades = Object.fromEntries(GRADES.map((g) => [g, grades.find((r) => r.grade === g)?._count._all ?? 0])) as Record<Grade, number>;
      return { year: s.year, reportDue: s.reportDue, covered, submitted, scored, draftGrades };
    }),
  );
}
