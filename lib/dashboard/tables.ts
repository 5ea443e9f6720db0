import type { ExportColumn, ExportTable } from "../export/table-export";
import { GRADE_LABELS, GRADES } from "../assessment";
import { DASHBOARD_STATES, stateLabel, type DashboardTableName } from "../validation/dashboard";
import type { AllianceFigures } from "./alliance-figures";
import type { Throughput } from "./throughput";
import { STAGES, stageLabel, yearMonthLabel } from "./throughput";
import type { AssessmentFigures } from "./assessment-figures";
import { text } from "../i18n/text";

// Every table is defined once here and both rendered on the page and exported, so the file a user
// downloads is exactly the table they were looking at (same rows, same filters).

export type Cell = string | number | null;
export type Row = Record<string, Cell>;
export type DashboardTable = ExportTable<Row> & { name: DashboardTableName; caption: string };

const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const col = (header: string, key: string, width?: number): ExportColumn<Row> => ({ header, value: (r) => r[key], width });

/** A table's title in the current language (page caption, export sheet and file name). */
export function tableTitle(name: DashboardTableName): string {
  return text(`dashboard.tables.${name}`);
}

const h = (key: Parameters<typeof text>[0] & `dashboard.columns.${string}`) => text(key);
const yearLabel = (year: number) => text("dashboard.year", { year: String(year) });
const assessmentYearLabel = (year: number) => text("dashboard.assessmentYear", { year: String(year) });

function table(name: DashboardTableName, columns: ExportColumn<Row>[], rows: Row[], filters: string): DashboardTable {
  const title = tableTitle(name);
  return { name, title, caption: title, filters, columns, rows };
}

export function allianceTables(f: AllianceFigures, filters: string) {
  return {
    industry: table(
      "industry",
      [col(h("dashboard.columns.industry"), "name", 14), ...DASHBOARD_STATES.map((s) => col(stateLabel(s), s)), col(h("dashboard.columns.total"), "total")],
      f.byIndustry.map((r) => ({ name: r.name, ...r.counts, total: r.total })),
      filters,
    ),
    city: table(
      "city",
      [col(h("dashboard.columns.city"), "city", 20), col(h("dashboard.columns.alliances"), "total"), col(h("dashboard.columns.filedOfWhich"), "filed")],
      f.byCity,
      filters,
    ),
    state: table(
      "state",
      [col(h("dashboard.columns.state"), "label", 14), col(h("dashboard.columns.alliances"), "total")],
      f.byState.map((r) => ({ label: stateLabel(r.state), total: r.total })),
      filters,
    ),
    "filing-year": table(
      "filing-year",
      [col(h("dashboard.columns.filingYear"), "year"), col(h("dashboard.columns.filed"), "filed")],
      f.byFilingYear.map((r) => ({ year: yearLabel(r.year), filed: r.filed })),
      filters,
    ),
  };
}

export function throughputTables(t: Throughput, filters: string) {
  return {
    throughput: table(
      "throughput",
      [
        col(h("dashboard.columns.month"), "month", 12),
        col(h("dashboard.columns.submitted"), "submitted"),
        ...STAGES.map((s) => col(stageLabel(s.key), s.key)),
        col(h("dashboard.columns.decisions"), "total"),
        col(h("dashboard.columns.returnsOfWhich"), "returns"),
      ],
      // Months read as 2026年1月 in tables and exports (one date style across the portal).
      t.months.map((m) => ({
        month: yearMonthLabel(m.month),
        submitted: m.submitted,
        ...m.decisions,
        total: m.total,
        returns: m.returns,
      })),
      filters,
    ),
    workload: table(
      "workload",
      [
        col(h("dashboard.columns.stage"), "label", 16),
        col(h("dashboard.columns.limitDays"), "limitDays"),
        col(h("dashboard.columns.waiting"), "total"),
        col(h("dashboard.columns.overdue"), "overdue"),
      ],
      t.workload.map((w) => ({ label: stageLabel(w.stage), limitDays: w.limitDays, total: w.total, overdue: w.overdue })),
      filters,
    ),
  };
}

export function assessmentTables(a: AssessmentFigures, filters: string) {
  return {
    grades: table(
      "grades",
      [
        col(h("dashboard.columns.assessmentYear"), "year"),
        ...GRADES.map((g) => col(GRADE_LABELS[g], g)),
        col(h("dashboard.columns.total"), "total"),
        col(h("dashboard.columns.averageScore"), "averageScore"),
        col(h("dashboard.columns.excellentRate"), "excellentRate"),
      ],
      a.grades.map((g) => ({ year: assessmentYearLabel(g.year), ...g.counts, total: g.total, averageScore: g.averageScore, excellentRate: g.excellentRate })),
      filters,
    ),
    progress: table(
      "progress",
      [
        col(h("dashboard.columns.assessmentYear"), "year"),
        col(h("dashboard.columns.reportDue"), "due", 12),
        col(h("dashboard.columns.covered"), "covered"),
        col(h("dashboard.columns.reportsSubmitted"), "submitted"),
        col(h("dashboard.columns.scored"), "scored"),
        ...GRADES.map((g) => col(text("dashboard.columns.draftGrade", { grade: GRADE_LABELS[g] }), g)),
      ],
      a.progress.map((p) => ({
        year: assessmentYearLabel(p.year),
        due: chinaDate(p.reportDue),
        covered: p.covered,
        submitted: p.submitted,
        scored: p.scored,
        ...p.draftGrades,
      })),
      filters,
    ),
    revocations: table(
      "revocations",
      [
        col(h("dashboard.columns.year"), "year"),
        col(h("dashboard.columns.proposed"), "proposed"),
        col(h("dashboard.columns.confirmed"), "confirmed"),
        col(h("dashboard.columns.dismissed"), "dismissed"),
      ],
      a.revocations.map((r) => ({ year: yearLabel(r.year), proposed: r.proposed, confirmed: r.confirmed, dismissed: r.dismissed })),
      filters,
    ),
  };
}
