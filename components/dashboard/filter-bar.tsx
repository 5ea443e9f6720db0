import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import type { DashboardOptions } from "@/lib/dashboard/filters";
import { DASHBOARD_STATES, FIRST_YEAR, stateLabel } from "@/lib/validation/dashboard";

// A GET form, so the URL carries the filters (bookmarkable, and the export links reuse them).
// `values` are the raw query values so a refused value stays visible next to its message.
export function FilterBar({
  options,
  values,
  errors,
}: {
  options: DashboardOptions;
  values: Record<string, string | undefined>;
  errors?: Record<string, string[]>;
}) {
  const years = Array.from({ length: options.maxYear - FIRST_YEAR + 1 }, (_, i) => options.maxYear - i);
  const field = (name: string, label: string, choices: { value: string; label: string }[]) => (
    <FilterSelect id={`f-${name}`} name={name} label={label} value={values[name]} choices={choices} error={errors?.[name]} />
  );
  return (
    <form className="filters card no-print" method="get" action="/dashboard" role="search" aria-label="统计筛选">
      {field(
        "year",
        "年度",
        years.map((y) => ({ value: String(y), label: `${y}年` })),
      )}
      {field(
        "industry",
        "产业",
        options.industries.map((i) => ({ value: i.code, label: i.name })),
      )}
      {field(
        "city",
        "地市",
        options.cities.map((c) => ({ value: c, label: c })),
      )}
      {field(
        "state",
        "联盟状态",
        DASHBOARD_STATES.map((s) => ({ value: s, label: stateLabel(s) })),
      )}
      <button type="submit">筛选</button>
      <Link className="button secondary" href="/dashboard">
        清除筛选
      </Link>
    </form>
  );
}
