import type { Dashboard } from "./load";

// The stat tiles on top of 统计分析: derived from the figure sets already loaded, no extra queries.
export interface Headline {
  filed: number;
  inReview: number;
  overdue: number;
  returned: number;
  /** The assessment year the excellence rate is for: the filtered year, else the latest published one. */
  assessmentYear: number | null;
  excellentRate: number | null;
}

export function headlineOf(d: Pick<Dashboard, "alliances" | "throughput" | "assessments" | "filters">): Headline {
  const stateCount = (s: string) => d.alliances.byState.find((r) => r.state === s)?.total ?? 0;
  const gradeYear = d.filters.year ? d.assessments.grades.find((g) => g.year === d.filters.year) : d.assessments.grades.at(-1);
  return {
    filed: stateCount("FILED"),
    inReview: d.throughput.workload.reduce((a, w) => a + w.total, 0),
    overdue: d.throughput.workload.reduce((a, w) => a + w.overdue, 0),
    returned: stateCount("RETURNED"),
    assessmentYear: gradeYear?.year ?? d.filters.year ?? null,
    excellentRate: gradeYear?.excellentRate ?? null,
  };
}
