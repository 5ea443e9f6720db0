// The dashboard's figures (《实施方案》七、八), each a chart with its table; the page keeps access and filters.
import { useFormatter, useTranslations } from "next-intl";
import { headlineOf, type loadDashboard } from "@/lib/dashboard";
import { GRADE_LABELS, GRADES } from "@/lib/assessment";
import { stateLabel } from "@/lib/validation/dashboard";
import { StatTiles } from "./stat-tiles";
import { DashboardSection } from "./dashboard-section";
import { DataTable } from "./data-table";
import { BarChart } from "./bar-chart";
import { ColumnChart } from "./column-chart";
import { StackedColumnChart } from "./stacked-column-chart";

const GRADE_COLORS = { EXCELLENT: ["#12612a", "#fff"], GOOD: ["#0b4a8b", "#fff"], PASS: ["#f0d68a", "#1f2933"], FAIL: ["#b42318", "#fff"] } as const;

export function DashboardSections({ dashboard: d, exportQuery }: { dashboard: Awaited<ReturnType<typeof loadDashboard>>; exportQuery: string }) {
  const { tables, alliances, throughput, assessments } = d;
  const headline = headlineOf(d);
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const alliancesText = (n: number) => t("units.alliances", { n: format.number(n) });
  return (
    <>
      <StatTiles headline={headline} />

      <DashboardSection id="industry" title={t("sections.industry.title")} note={t("sections.industry.note")}>
        <BarChart title={t("sections.industry.chart")} data={alliances.byIndustry.map((r) => ({ label: r.name, value: r.total }))} valueText={alliancesText} />
        <DataTable table={tables.industry} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="state" title={t("sections.state.title")}>
        <BarChart
          title={t("sections.state.chart")}
          data={alliances.byState.map((r) => ({ label: stateLabel(r.state), value: r.total }))}
          color="#12612a"
          valueText={alliancesText}
        />
        <DataTable table={tables.state} exportQuery={exportQuery} />
      </DashboardSection>
      <DashboardSection id="city" title={t("sections.city.title")}>
        <BarChart title={t("sections.city.chart")} data={alliances.byCity.map((r) => ({ label: r.city, value: r.total }))} valueText={alliancesText} />
        <DataTable table={tables.city} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="filing-year" title={t("sections.filingYear.title")} note={t("sections.filingYear.note")}>
        <ColumnChart
          title={t("sections.filingYear.chart")}
          data={alliances.byFilingYear.map((r) => ({ label: t("year", { year: String(r.year) }), value: r.filed }))}
          color="#12612a"
        />
        <DataTable table={tables["filing-year"]} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="throughput" title={t("sections.throughput.title")} note={t("sections.throughput.note")}>
        <ColumnChart
          title={t("sections.throughput.chart")}
          data={throughput.months.map((m, i) => {
            const [y, mm] = m.month.split("-");
            const label = t("month", { month: String(Number(mm)) });
            const withYear = i === 0 || mm === "01";
            return {
              label,
              sublabel: withYear ? t("year", { year: y ?? "" }) : undefined,
              fullLabel: withYear ? t("yearMonth", { year: y ?? "", month: String(Number(mm)) }) : label,
              value: m.total,
            };
          })}
        />
        <DataTable table={tables.throughput} exportQuery={exportQuery} />
        <h3>{t("sections.throughput.workloadHeading")}</h3>
        <p className="muted small">{t("sections.throughput.workloadNote")}</p>
        <BarChart
          title={t("sections.throughput.workloadChart")}
          data={throughput.workload.map((w) => ({ label: w.label, value: w.total }))}
          valueText={(n) => t("units.items", { n: format.number(n) })}
        />
        <DataTable table={tables.workload} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="grades" title={t("sections.grades.title")} note={t("sections.grades.note")}>
        {assessments.grades.length === 0 ? (
          <p className="muted">{t("sections.grades.empty")}</p>
        ) : (
          <StackedColumnChart
            title={t("sections.grades.chart")}
            categories={assessments.grades.map((g) => t("assessmentYear", { year: String(g.year) }))}
            series={GRADES.map((g) => ({
              key: g,
              label: GRADE_LABELS[g],
              color: GRADE_COLORS[g][0],
              ink: GRADE_COLORS[g][1],
              values: assessments.grades.map((y) => y.counts[g]),
            }))}
          />
        )}
        <DataTable table={tables.grades} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="progress" title={t("sections.progress.title")} note={t("sections.progress.note")}>
        {assessments.progress.length === 0 ? (
          <p className="muted">{t("sections.progress.empty")}</p>
        ) : (
          <BarChart
            title={t("sections.progress.chart")}
            data={assessments.progress.flatMap((p) => [
              { label: t("sections.progress.covered", { year: String(p.year) }), value: p.covered },
              { label: t("sections.progress.submitted", { year: String(p.year) }), value: p.submitted },
              { label: t("sections.progress.scored", { year: String(p.year) }), value: p.scored },
            ])}
            valueText={alliancesText}
          />
        )}
        <DataTable table={tables.progress} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="revocations" title={t("sections.revocations.title")} note={t("sections.revocations.note")}>
        <DataTable table={tables.revocations} exportQuery={exportQuery} />
      </DashboardSection>
    </>
  );
}
