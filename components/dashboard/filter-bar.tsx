import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("dashboard");
  const years = Array.from({ length: options.maxYear - FIRST_YEAR + 1 }, (_, i) => options.maxYear - i);
  const field = (name: string, label: string, choices: { value: string; label: string }[]) => (
    <FilterSelect id={`f-${name}`} name={name} label={label} value={values[name]} choices={choices} error={errors?.[name]} />
  );
  return (
    <form className="filters card no-print" method="get" action="/dashboard" role="search" aria-label={t("filterBar.label")}>
      {field(
        "year",
        t("filterBar.year"),
        years.map((y) => ({ value: String(y), label: t("year", { year: String(y) }) })),
      )}
      {field(
        "industry",
        t("filterBar.industry"),
        options.industries.map((i) => ({ value: i.code, label: i.name })),
      )}
      {field(
        "city",
        t("filterBar.city"),
        options.cities.map((c) => ({ value: c, label: c })),
      )}
      {field(
        "state",
        t("filterBar.state"),
        DASHBOARD_STATES.map((s) => ({ value: s, label: stateLabel(s) })),
      )}
      <button type="submit">{t("filterBar.submit")}</button>
      <Link className="button secondary" href="/dashboard">
        {t("filterBar.clear")}
      </Link>
    </form>
  );
}
