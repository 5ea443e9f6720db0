import { z } from "./zod";
import { msg } from "./messages";
import { STATES, STATE_LABELS } from "../workflow/states";

// 统计分析 filters come from the query string (GET form, export links). Unlike list pages, an unknown
// value is refused with a message rather than dropped: a figure silently computed without the filter
// the user asked for would be read (and exported) as if it were filtered.

/** Jilin's prefecture-level divisions; cities actually recorded on alliances are added at run time. */
export const JILIN_CITIES = ["长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州", "梅河口市"] as const; // i18n-data

/** States a dashboard can filter on: drafts are never in any dashboard role's scope. */
export const DASHBOARD_STATES = STATES.filter((s) => s !== "DRAFT");

export const FIRST_YEAR = 2020;

export interface DashboardFilterOptions {
  industries: readonly string[];
  cities: readonly string[];
  /** Latest selectable year (inclusive). */
  maxYear: number;
}

// "" is what an untouched <select> sends: it means "all", not an unknown value.
const blankToUndefined = (v: unknown) => (v === "" || v === undefined || v === null ? undefined : v);
// A repeated parameter (?city=a&city=b) is refused rather than silently reduced to one of them.
const single = (label: string) => (v: unknown) => (Array.isArray(v) ? `__multiple_${label}` : v);

function oneOf(values: readonly string[], message: ReturnType<typeof msg>) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((v) => values.includes(v), message)
      .optional(),
  );
}

export function dashboardFiltersSchema(opts: DashboardFilterOptions) {
  const yearMessage = msg("validation.dashboard.year", { first: FIRST_YEAR, last: opts.maxYear });
  return z.object({
    year: z.preprocess(
      (v) => blankToUndefined(single("year")(v)),
      z
        .string()
        .regex(/^\d{4}$/, yearMessage)
        .transform(Number)
        .refine((y) => y >= FIRST_YEAR && y <= opts.maxYear, yearMessage)
        .optional(),
    ),
    industry: z.preprocess(single("industry"), oneOf(opts.industries, msg("validation.dashboard.industry"))),
    city: z.preprocess(single("city"), oneOf(opts.cities, msg("validation.dashboard.city"))),
    state: z.preprocess(single("state"), oneOf(DASHBOARD_STATES, msg("validation.dashboard.state"))),
  });
}

export type TDashboardFilters = { year?: number; industry?: string; city?: string; state?: (typeof DASHBOARD_STATES)[number] };

export const DASHBOARD_TABLES = ["industry", "city", "state", "filing-year", "throughput", "workload", "grades", "progress", "revocations"] as const;
export type DashboardTableName = (typeof DASHBOARD_TABLES)[number];

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ZDashboardExportParams = z.object({
  table: z.enum(DASHBOARD_TABLES, msg("validation.dashboard.table")),
  format: z.enum(EXPORT_FORMATS, msg("validation.dashboard.format")),
});

export function stateLabel(state: string): string {
  return (STATE_LABELS as Record<string, string>)[state] ?? state;
}
