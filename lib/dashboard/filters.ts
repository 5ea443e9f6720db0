import "server-only";
import type { Prisma } from "../db/generated/client";
import { readDb } from "../db/client";
import { AppError } from "../errors/app-error";
import { assertRole, type SessionUser } from "../auth/session";
import { PAGE_ROLES } from "../auth/nav";
import { allianceScope } from "../authz/alliance-scope";
import { chinaYear } from "./china-time";
import { text } from "../i18n/text";
import { industryName } from "../rules/industries";
import { divisionName } from "../review/units";
import { dashboardFiltersSchema, JILIN_CITIES, stateLabel, type TDashboardFilters } from "../validation/dashboard";

export type QueryInput = Record<string, string | string[] | undefined>;

export interface DashboardOptions {
  industries: { code: string; name: string }[];
  cities: string[];
  maxYear: number;
  /** Set for a division reviewer: the figures cover only the industries this division owns. */
  divisionName: string | null;
}

/** What the filter bar offers: industries the user may see, Jilin's cities plus any city recorded on an alliance in scope. */
export async function findDashboardOptions(user: SessionUser, now = new Date()): Promise<DashboardOptions> {
  assertRole(user, PAGE_ROLES.dashboard);
  const narrowed = onlyDivisionReviewer(user);
  const [industries, cityGroups, division] = await Promise.all([
    readDb().industry.findMany({
      where: narrowed ? { divisionId: user.divisionId ?? "" } : {},
      orderBy: { sortOrder: "asc" },
      select: { code: true, name: true },
    }),
    readDb().alliance.groupBy({ by: ["city"], where: allianceScope(user), orderBy: { city: "asc" } }),
    narrowed && user.divisionId ? readDb().division.findUnique({ where: { id: user.divisionId }, select: { code: true, name: true } }) : null,
  ]);
  const recorded = cityGroups.map((g) => g.city).filter((c): c is string => !!c);
  const cities = [...JILIN_CITIES, ...recorded.filter((c) => !(JILIN_CITIES as readonly string[]).includes(c))];
  // The policy's seven industries by their name in the page's language; another recorded industry by its stored name.
  const named = industries.map((i) => ({ code: i.code, name: industryName(i) }));
  return {
    industries: named,
    cities,
    maxYear: chinaYear(now) + 1,
    divisionName: narrowed ? (division ? divisionName(division) : text("dashboard.filters.thisDivision")) : null,
  };
}

/** A division reviewer with no department-wide role sees only their division's industries (allianceScope). */
function onlyDivisionReviewer(user: SessionUser): boolean {
  return (
    user.roles.includes("DIVISION_REVIEWER") && !user.roles.some((r) => r === "DEPARTMENT_SECRETARY" || r === "INSTITUTE_OFFICER" || r === "SERVICE_CENTER")
  );
}

/** Parses the query string against the user's options; an unknown value is refused (INVALID_INPUT with field messages). */
export function parseDashboardFilters(query: QueryInput, options: DashboardOptions): TDashboardFilters {
  const schema = dashboardFiltersSchema({ industries: options.industries.map((i) => i.code), cities: options.cities, maxYear: options.maxYear });
  const parsed = schema.safeParse({ year: query.year, industry: query.industry, city: query.city, state: query.state });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "_form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    throw new AppError("INVALID_INPUT", undefined, fieldErrors);
  }
  const { year, industry, city, state } = parsed.data;
  return { year, industry, city, state: state as TDashboardFilters["state"] };
}

/**
 * The alliances the figures count: the user's scope and the filters. `year` means the filing year for the
 * alliance distribution only; throughput and assessments read it as their own period (see each module).
 */
export function dashboardWhere(user: SessionUser, filters: TDashboardFilters, opts: { yearIsFilingYear: boolean }): Prisma.AllianceWhereInput {
  return {
    AND: [
      allianceScope(user),
      filters.industry ? { industryCode: filters.industry } : {},
      filters.city ? { city: filters.city } : {},
      filters.state ? { state: filters.state } : {},
      opts.yearIsFilingYear && filters.year ? { filing: { is: { year: filters.year } } } : {},
    ],
  };
}

/** The ids of the alliances in scope, for the raw SQL figures (audit events, revocations) keyed by alliance id. */
export async function scopedAllianceIds(user: SessionUser, filters: TDashboardFilters): Promise<string[]> {
  const rows = await readDb().alliance.findMany({ where: dashboardWhere(user, filters, { yearIsFilingYear: false }), select: { id: true } });
  return rows.map((r) => r.id);
}

/** "年度：2025；产业：新能源；…" for the export's filter line and the page. */
export function describeFilters(filters: TDashboardFilters, options: DashboardOptions): string {
  const parts: string[] = [];
  if (options.divisionName) parts.push(text("dashboard.filters.scope", { division: options.divisionName }));
  if (filters.year) parts.push(text("dashboard.filters.year", { year: String(filters.year) }));
  if (filters.industry)
    parts.push(text("dashboard.filters.industry", { industry: options.industries.find((i) => i.code === filters.industry)?.name ?? filters.industry }));
  if (filters.city) parts.push(text("dashboard.filters.city", { city: filters.city }));
  if (filters.state) parts.push(text("dashboard.filters.state", { state: stateLabel(filters.state) }));
  return parts.length ? parts.join(text("dashboard.filters.separator")) : text("dashboard.filters.all");
}
