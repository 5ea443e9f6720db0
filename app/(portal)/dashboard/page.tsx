import { withPageText } from "@/lib/i18n/page-text";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { findDashboardOptions, loadDashboard } from "@/lib/dashboard";
import type { TDashboardFilters } from "@/lib/validation/dashboard";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { DashboardSections } from "@/components/dashboard/dashboard-sections";
import type { Metadata } from "next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;

/** The filters as a query string, for the export links (only parsed, known values). */
function queryOf(f: TDashboardFilters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined) q.set(k, String(v));
  return q.toString();
}

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser(PAGE_ROLES.dashboard);
  // Before the figures are loaded: their labels (filters line, table titles) are read in the page's language.
  const t = await getTranslations("dashboard");
  const query = await searchParams;
  const raw = { year: firstOf(query.year), industry: firstOf(query.industry), city: firstOf(query.city), state: firstOf(query.state) };
  let d;
  try {
    d = await loadDashboard(user, query);
  } catch (err) {
    if (!AppError.is(err, "INVALID_INPUT")) throw err;
    const options = await findDashboardOptions(user);
    return (
      <>
        <h1>{t("title")}</h1>
        <div className="alert error" role="alert">
          {t("invalidFilters", {
            errors: Object.values(err.fieldErrors ?? {})
              .flat()
              .join(t("errorSeparator")),
          })}
        </div>
        <FilterBar options={options} values={raw} errors={err.fieldErrors} />
      </>
    );
  }
  const { options, filters } = d;
  const exportQuery = queryOf(filters);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {options.divisionName && (
        <p className="alert info">
          {t("scope", {
            division: options.divisionName,
            industries: options.industries.map((i) => i.name).join(t("listSeparator")) || t("none"),
          })}
        </p>
      )}
      <FilterBar options={options} values={raw} />
      <p className="small">
        {t("currentFilters", { filters: d.filterText })}
        {filters.year ? t("yearMeaning", { year: String(filters.year) }) : t("last12Months")}
      </p>

      <DashboardSections dashboard={d} exportQuery={exportQuery} />
    </>
  );
}

export default withPageText("app/(portal)/dashboard/page.tsx", DashboardPage);
