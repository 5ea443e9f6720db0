import "server-only";
import { assertRole, type SessionUser } from "../auth/session";
import { PAGE_ROLES } from "../auth/nav";
import type { DashboardTableName, TDashboardFilters } from "../validation/dashboard";
import { describeFilters, findDashboardOptions, parseDashboardFilters, type DashboardOptions, type QueryInput } from "./filters";
import { allianceFigures, type AllianceFigures } from "./alliance-figures";
import { allianceScope } from "../authz/alliance-scope";
import { cachedFigures } from "./figure-cache";
import { reviewThroughput, type Throughput } from "./throughput";
import { assessmentFigures, type AssessmentFigures } from "./assessment-figures";
import { allianceTables, assessmentTables, throughputTables, type DashboardTable } from "./tables";

export interface Dashboard {
  options: DashboardOptions;
  filters: TDashboardFilters;
  filterText: string;
  alliances: AllianceFigures;
  throughput: Throughput;
  assessments: AssessmentFigures;
  tables: Record<DashboardTableName, DashboardTable>;
}

/** Options first (they define which filter values are known), then the filters, refused if unknown. */
async function prepare(user: SessionUser, query: QueryInput, now: Date) {
  assertRole(user, PAGE_ROLES.dashboard);
  const options = await findDashboardOptions(user, now);
  const filters = parseDashboardFilters(query, options);
  return { options, filters, filterText: describeFilters(filters, options) };
}

/**
 * Everything the 统计分析 page shows; throws INVALID_INPUT for an unknown filter value. The figures are reused
 * until the next audited change (figure-cache.ts); `reuse: false` computes them anew.
 */
export async function loadDashboard(user: SessionUser, query: QueryInput, now = new Date(), { reuse = true } = {}): Promise<Dashboard> {
  const { options, filters, filterText } = await prepare(user, query, now);
  const compute = () =>
    Promise.all([allianceFigures(user, filters, options.industries), reviewThroughput(user, filters, now), assessmentFigures(user, filters)]);
  // Everything the figures depend on besides the data: the user's scope (all of it goes through allianceScope),
  // the filters and the industries shown.
  const [alliances, throughput, assessments] = reuse
    ? await cachedFigures(["dashboard", allianceScope(user), filters, options.industries], now, compute)
    : await compute();
  const tables = { ...allianceTables(alliances, filterText), ...throughputTables(throughput, filterText), ...assessmentTables(assessments, filterText) };
  return { options, filters, filterText, alliances, throughput, assessments, tables };
}

const GROUP: Record<DashboardTableName, "alliances" | "throughput" | "assessments"> = {
  industry: "alliances",
  city: "alliances",
  state: "alliances",
  "filing-year": "alliances",
  throughput: "throughput",
  workload: "throughput",
  grades: "assessments",
  progress: "assessments",
  revocations: "assessments",
};

/** One table with the filters applied, loading only the figure set it comes from (for exports). */
export async function loadDashboardTable(user: SessionUser, name: DashboardTableName, query: QueryInput, now = new Date()) {
  const { options, filters, filterText } = await prepare(user, query, now);
  let table: DashboardTable;
  switch (GROUP[name]) {
    case "alliances":
      table = allianceTables(await allianceFigures(user, filters, options.industries), filterText)[name as keyof ReturnType<typeof allianceTables>];
      break;
    case "throughput":
      table = throughputTables(await reviewThroughput(user, filters, now), filterText)[name as keyof ReturnType<typeof throughputTables>];
      break;
    case "assessments":
      table = assessmentTables(await assessmentFigures(user, filters), filterText)[name as keyof ReturnType<typeof assessmentTables>];
      break;
  }
  return { table, filters };
}
