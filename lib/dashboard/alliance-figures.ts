import "server-only";
import type { AllianceState } from "../db/generated/enums";
import { readDb } from "../db/client";
import type { SessionUser } from "../auth/session";
import { DASHBOARD_STATES, type TDashboardFilters } from "../validation/dashboard";
import { dashboardWhere } from "./filters";
import { text } from "../i18n/text";

/** The row for alliances with no city recorded, in the current language. */
export const noCityLabel = () => text("alliances.detail.notFilled");

export interface AllianceFigures {
  /** Industry × state, every industry the user may see (zero rows kept so the table is complete). */
  byIndustry: { code: string; name: string; counts: Record<AllianceState, number>; total: number }[];
  byCity: { city: string; total: number; filed: number }[];
  byState: { state: AllianceState; total: number }[];
  byFilingYear: { year: number; filed: number }[];
  total: number;
}

const zeroCounts = () => Object.fromEntries(DASHBOARD_STATES.map((s) => [s, 0])) as Record<AllianceState, number>;

/** 联盟分布: counts by industry, state, city and filing year; `year` selects alliances filed in that year. */
export async function allianceFigures(user: SessionUser, filters: TDashboardFilters, industries: { code: string; name: string }[]): Promise<AllianceFigures> {
  const where = dashboardWhere(user, filters, { yearIsFilingYear: true });
  const [industryState, cityState, filingYears] = await Promise.all([
    readDb().alliance.groupBy({ by: ["industryCode", "state"], where, _count: { _all: true } }),
    readDb().alliance.groupBy({ by: ["city", "state"], where, _count: { _all: true } }),
    readDb().filing.groupBy({ by: ["year"], where: { alliance: { is: where } }, _count: { _all: true }, orderBy: { year: "asc" } }),
  ]);

  const shown = filters.industry ? industries.filter((i) => i.code === filters.industry) : industries;
  const byIndustry = shown.map((i) => ({ code: i.code, name: i.name, counts: zeroCounts(), total: 0 }));
  const byState = zeroCounts();
  for (const g of industryState) {
    const row = byIndustry.find((r) => r.code === g.industryCode);
    if (row) {
      row.counts[g.state] += g._count._all;
      row.total += g._count._all;
    }
    byState[g.state] += g._count._all;
  }

  const cities = new Map<string, { city: string; total: number; filed: number }>();
  for (const g of cityState) {
    const city = g.city ?? noCityLabel();
    const row = cities.get(city) ?? { city, total: 0, filed: 0 };
    row.total += g._count._all;
    if (g.state === "FILED") row.filed += g._count._all;
    cities.set(city, row);
  }

  return {
    byIndustry,
    byCity: [...cities.values()].sort((a, b) => b.total - a.total || a.city.localeCompare(b.city, "zh-CN")),
    byState: DASHBOARD_STATES.filter((s) => !filters.state || s === filters.state).map((state) => ({ state, total: byState[state] })),
    byFilingYear: filingYears.map((g) => ({ year: g.year, filed: g._count._all })),
    total: Object.values(byState).reduce((a, b) => a + b, 0),
  };
}
