// The dashboard's figures (《实施方案》七、八), each a chart with its table; the page keeps access and filters.
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
  return (
    <>
      <StatTiles headline={headline} />

      <DashboardSection id="industry" title="联盟分布（按产业）" note="四 联盟布局：七大重点产业。表中为各产业联盟在各环节、状态的数量（不含草稿）。">
        <BarChart title="各产业联盟数" data={alliances.byIndustry.map((r) => ({ label: r.name, value: r.total }))} unit="个" />
        <DataTable table={tables.industry} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="state" title="联盟分布（按状态）">
        <BarChart title="各状态联盟数" data={alliances.byState.map((r) => ({ label: stateLabel(r.state), value: r.total }))} color="#12612a" unit="个" />
        <DataTable table={tables.state} exportQuery={exportQuery} />
      </DashboardSection>
      <DashboardSection id="city" title="联盟分布（按地市）">
        <BarChart title="各地市联盟数" data={alliances.byCity.map((r) => ({ label: r.city, value: r.total }))} unit="个" />
        <DataTable table={tables.city} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection id="filing-year" title="备案年度" note="七（三）：经厅务会审议通过后由省科技创新研究院备案。按备案编号所属年度统计。">
        <ColumnChart title="各年度备案联盟数" data={alliances.byFilingYear.map((r) => ({ label: `${r.year}年`, value: r.filed }))} color="#12612a" />
        <DataTable table={tables["filing-year"]} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection
        id="throughput"
        title="审核办理"
        note="七（三）：处室审核 → 组织形式审核 → 厅务会审议 → 研究院备案。办理数为各环节作出的决定（通过、退回、不予通过；厅务会暂缓审议不计），按决定时间所在月份（北京时间）统计。"
      >
        <ColumnChart
          title="每月审核办理数"
          data={throughput.months.map((m, i) => {
            const [y, mm] = m.month.split("-");
            return { label: `${Number(mm)}月`, sublabel: i === 0 || mm === "01" ? `${y}年` : undefined, value: m.total };
          })}
        />
        <DataTable table={tables.throughput} exportQuery={exportQuery} />
        <h3>当前待办与超期</h3>
        <p className="muted small">超期：进入当前环节的时间早于“现在减去该环节办理时限”，与待办列表的超期标记一致；时限由系统管理员在“办理时限设置”中配置。</p>
        <BarChart title="各环节当前待办数" data={throughput.workload.map((w) => ({ label: w.label, value: w.total }))} unit="件" />
        <DataTable table={tables.workload} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection
        id="grades"
        title="年度考核等次"
        note="八（四）：服务中心受省科技厅委托对备案联盟“定期进行考核”。仅统计已公布的考核结果；优秀率 = 优秀数 ÷ 已公布考核数。"
      >
        {assessments.grades.length === 0 ? (
          <p className="muted">暂无已公布的考核结果。</p>
        ) : (
          <StackedColumnChart
            title="各年度考核等次分布"
            categories={assessments.grades.map((g) => `${g.year}年度`)}
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

      <DashboardSection
        id="progress"
        title="年度考核进度"
        note="八（四）：填报中的年度考核。应报联盟为该年度末前已备案的联盟；评分在服务中心发布结果前仅供内部掌握进度，不计入上方等次分布。"
      >
        {assessments.progress.length === 0 ? (
          <p className="muted">当前没有填报中的年度考核方案。</p>
        ) : (
          <BarChart
            title="年度考核填报与评分进度"
            data={assessments.progress.flatMap((p) => [
              { label: `${p.year}年度 应报`, value: p.covered },
              { label: `${p.year}年度 已提交`, value: p.submitted },
              { label: `${p.year}年度 已评分`, value: p.scored },
            ])}
            unit="个"
          />
        )}
        <DataTable table={tables.progress} exportQuery={exportQuery} />
      </DashboardSection>

      <DashboardSection
        id="revocations"
        title="撤销备案"
        note="八（四）：“对连续两年考核结果不达标的创新联盟，取消备案资格”。按提出、确认或不予撤销发生的年度统计。"
      >
        <DataTable table={tables.revocations} exportQuery={exportQuery} />
      </DashboardSection>
    </>
  );
}
