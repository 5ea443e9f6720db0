// 统计分析 (oversight dashboards) for department and service-center staff. Every figure is scoped by
// allianceScope(user) and the filters { year, industry, city, state } parsed from the query string.
export { loadDashboard, loadDashboardTable, type Dashboard } from "./load"; // all figure sets and their tables
export { exportDashboardTable, type ExportedFile } from "./export-table"; // one table as .xlsx/.csv, audited
export { findDashboardOptions, parseDashboardFilters, dashboardWhere, describeFilters } from "./filters"; // filter options, parsing, where clause
export { allianceFigures } from "./alliance-figures"; // counts by industry × state, city, filing year
export { reviewThroughput, STAGES } from "./throughput"; // decisions per month and stage, current workload and overdue
export { assessmentFigures } from "./assessment-figures"; // grade distribution per year (published only), revocations
export { headlineOf, type Headline } from "./headline"; // stat tiles
