import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { findDashboardOptions, loadDashboard } from "@/lib/dashboard";
import type { TDashboardFilters } from "@/lib/validation/dashboard";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { DashboardSections } from "@/components/dashboard/dashboard-sections";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "统计分析" };

type Search = Record<string, string | string[] | undefined>;

/** The filters as a query string, for the export links (only parsed, known values). */
function queryOf(f: TDashboardFilters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== undefined) q.set(k, String(v));
  return q.toString();
}

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageUser(PAGE_ROLES.dashboard);
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
        <h1>统计分析</h1>
        <div className="alert error" role="alert">
          筛选条件有误，未生成统计：
          {Object.values(err.fieldErrors ?? {})
            .flat()
            .join("；")}
          。请修改筛选条件或清除筛选。
        </div>
        <FilterBar options={options} values={raw} errors={err.fieldErrors} />
      </>
    );
  }
  const { options, filters } = d;
  const exportQuery = queryOf(filters);
  return (
    <>
      <h1>统计分析</h1>
      <p className="muted">联盟组建、审核办理与年度考核的汇总统计（依据《实施方案》七、八）。每张统计表均可按当前筛选条件导出 Excel 或 CSV。</p>
      {options.divisionName && (
        <p className="alert info">
          统计范围：仅含{options.divisionName}主管产业（{options.industries.map((i) => i.name).join("、") || "无"}）的联盟。
        </p>
      )}
      <FilterBar options={options} values={raw} />
      <p className="small">
        当前筛选：{d.filterText}。
        {filters.year
          ? `年度含义：联盟分布按备案年度，审核办理按 ${filters.year} 年 1-12 月，考核按考核年度，撤销按发生年度。`
          : "审核办理统计近 12 个月（北京时间）。"}
      </p>

      <DashboardSections dashboard={d} exportQuery={exportQuery} />
    </>
  );
}
