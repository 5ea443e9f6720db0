import type { ExportColumn, ExportTable } from "../export/table-export";
import { GRADE_LABELS, GRADES } from "../assessment";
import { DASHBOARD_STATES, stateLabel, type DashboardTableName } from "../validation/dashboard";
import type { AllianceFigures } from "./alliance-figures";
import type { Throughput } from "./throughput";
import { STAGES } from "./throughput";
import type { AssessmentFigures } from "./assessment-figures";

// Every table is defined once here and both rendered on the page and exported, so the file a user
// downloads is exactly the table they were looking at (same rows, same filters).

export type Cell = string | number | null;
export type Row = Record<string, Cell>;
export type DashboardTable = ExportTable<Row> & { name: DashboardTableName; caption: string };

const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const col = (header: string, key: string, width?: number): ExportColumn<Row> => ({ header, value: (r) => r[key], width });

export const TABLE_TITLES: Record<DashboardTableName, string> = {
  industry: "联盟按产业和状态统计",
  city: "联盟按地市统计",
  state: "联盟按状态统计",
  "filing-year": "联盟按备案年度统计",
  throughput: "审核办理月度统计",
  workload: "当前待办与超期统计",
  grades: "年度考核等次分布",
  progress: "年度考核进度（结果未公布）",
  revocations: "撤销备案年度统计",
};

function table(name: DashboardTableName, columns: ExportColumn<Row>[], rows: Row[], filters: string): DashboardTable {
  return { name, title: TABLE_TITLES[name], caption: TABLE_TITLES[name], filters, columns, rows };
}

export function allianceTables(f: AllianceFigures, filters: string) {
  return {
    industry: table(
      "industry",
      [col("产业", "name", 14), ...DASHBOARD_STATES.map((s) => col(stateLabel(s), s)), col("合计", "total")],
      f.byIndustry.map((r) => ({ name: r.name, ...r.counts, total: r.total })),
      filters,
    ),
    city: table("city", [col("地市", "city", 20), col("联盟数", "total"), col("其中已备案", "filed")], f.byCity, filters),
    state: table(
      "state",
      [col("状态", "label", 14), col("联盟数", "total")],
      f.byState.map((r) => ({ label: stateLabel(r.state), total: r.total })),
      filters,
    ),
    "filing-year": table(
      "filing-year",
      [col("备案年度", "year"), col("备案数", "filed")],
      f.byFilingYear.map((r) => ({ year: `${r.year}年`, filed: r.filed })),
      filters,
    ),
  };
}

export function throughputTables(t: Throughput, filters: string) {
  return {
    throughput: table(
      "throughput",
      [
        col("月份", "month", 12),
        col("提交（含重新提交）", "submitted"),
        ...STAGES.map((s) => col(s.label, s.key)),
        col("办理合计", "total"),
        col("其中退回", "returns"),
      ],
      // Months read as 2026年1月 in tables and exports (one date style across the portal).
      t.months.map((m) => ({
        month: m.month.replace(/^(\d{4})-0?(\d{1,2})$/, "$1年$2月"),
        submitted: m.submitted,
        ...m.decisions,
        total: m.total,
        returns: m.returns,
      })),
      filters,
    ),
    workload: table(
      "workload",
      [col("环节", "label", 16), col("办理时限（工作日）", "limitDays"), col("待办数", "total"), col("超期数", "overdue")],
      t.workload.map((w) => ({ label: w.label, limitDays: w.limitDays, total: w.total, overdue: w.overdue })),
      filters,
    ),
  };
}

export function assessmentTables(a: AssessmentFigures, filters: string) {
  return {
    grades: table(
      "grades",
      [
        col("考核年度", "year"),
        ...GRADES.map((g) => col(GRADE_LABELS[g], g)),
        col("合计", "total"),
        col("平均分", "averageScore"),
        col("优秀率（%）", "excellentRate"),
      ],
      a.grades.map((g) => ({ year: `${g.year}年度`, ...g.counts, total: g.total, averageScore: g.averageScore, excellentRate: g.excellentRate })),
      filters,
    ),
    progress: table(
      "progress",
      [
        col("考核年度", "year"),
        col("报告截止", "due", 12),
        col("应报联盟", "covered"),
        col("已提交", "submitted"),
        col("已评分", "scored"),
        ...GRADES.map((g) => col(`${GRADE_LABELS[g]}（未公布）`, g)),
      ],
      a.progress.map((p) => ({
        year: `${p.year}年度`,
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
      [col("年度", "year"), col("提出撤销", "proposed"), col("确认撤销", "confirmed"), col("不予撤销", "dismissed")],
      a.revocations.map((r) => ({ year: `${r.year}年`, proposed: r.proposed, confirmed: r.confirmed, dismissed: r.dismissed })),
      filters,
    ),
  };
}
