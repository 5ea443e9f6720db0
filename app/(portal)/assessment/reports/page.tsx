import Link from "next/link";
import { FilterSelect } from "@/components/ui/filter-select";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { AppError } from "@/lib/errors/app-error";
import { findSchemeReports, listScoringSchemes } from "@/lib/assessment/assess";
import { GRADES, GRADE_LABELS } from "@/lib/assessment/scheme";
import { listIndustries } from "@/lib/alliances/list-industries";
import { MISSING_SHOWN, REPORT_LIST } from "@/lib/assessment/report-list";
import { Pager } from "@/components/ui/pager";
import { SortHeader } from "@/components/ui/sort-header";
import { ListStatus } from "@/components/ui/list-status";
import { SearchField, SortFields } from "@/components/ui/list-form";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { ScoreGradeBadge } from "@/components/assessment/score-grade-badge";
import { ScorePublishButton } from "@/components/assessment/score-publish-button";
import { coverageCutoffDay } from "@/lib/assessment/coverage";
import { chinaDayOf } from "@/lib/validation/assessment";
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "年度报告评分" };

const STATUS = { SUBMITTED: "待评分", ASSESSED: "已评分", RETURNED: "退回修改中", MISSING: "未提交" } as const;

/** A returned report's status cell: open until its correction day, after it counted as not handed in (issue 17 item 5). */
function ReturnedStatus({ due, open, published }: { due: Date | null; open: boolean | null; published: boolean }) {
  const day = due ? chinaDayOf(due) : "—";
  if (open && !published) {
    return (
      <>
        <span className="badge red">{STATUS.RETURNED}</span> <span className="small nowrap">更正截止 {day}</span>
      </>
    );
  }
  return (
    <>
      <span className="badge red">更正逾期</span>{" "}
      <span className="small">
        更正截止 {day} 已过仍未重新提交，按未提交计{published ? "，已记为不合格" : "，发布结果时记为不合格"}
      </span>
    </>
  );
}

export default async function AssessmentReportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const list = REPORT_LIST.parse(await searchParams);
  const params = list.filters;
  const [schemes, industries] = await Promise.all([listScoringSchemes(user), listIndustries()]);
  const chosen = schemes.find((s) => s.id === params.scheme) ?? schemes.find((s) => s.status === "PUBLISHED") ?? schemes[0];
  if (params.scheme && !schemes.some((s) => s.id === params.scheme)) notFound();
  if (!chosen) {
    return (
      <>
        <h1>年度报告评分</h1>
        <p className="card">尚无已发布的年度考核方案。</p>
      </>
    );
  }
  const data = await findSchemeReports(user, chosen.id, list).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const { scheme, reports, missing, missingTotal, notCovered, notCoveredTotal, facts, readiness } = data;
  const t = await getTranslations("assessment");
  const cutoff = coverageCutoffDay(scheme);
  const unscored = data.unscored;
  const filtered = Boolean(params.status || params.industry || params.grade || list.q);
  const published = scheme.status === "FROZEN";

  return (
    <>
      <h1>{scheme.year}年度报告评分</h1>
      <p className="muted">
        {scheme.title}　报告截止：{formatDate(scheme.reportDue)}　
        {published ? `结果已于 ${formatDateTime(scheme.resultsPublishedAt)} 发布` : "结果未发布（发布前联盟看不到评分）"}
      </p>
      <nav aria-label="考核年度" className="actions small" style={{ marginBottom: 12 }}>
        {schemes.map((s) => (
          <Link
            key={s.id}
            href={`/assessment/reports?scheme=${s.id}`}
            aria-current={s.id === scheme.id ? "page" : undefined}
            className={`button${s.id === scheme.id ? "" : " secondary"}`}
          >
            {s.year}年度
          </Link>
        ))}
        <Link href="/assessment/revocations">取消备案建议 →</Link>
      </nav>

      <div className="alert info small" role="note">
        {t("rule", { cutoff })}
      </div>

      <form className="filters card" method="get" role="search" aria-label="筛选年度报告">
        <input type="hidden" name="scheme" value={scheme.id} />
        <SearchField label="联盟或牵头单位名称" value={list.q} />
        <FilterSelect name="status" label="状态" value={params.status} choices={Object.entries(STATUS).map(([k, v]) => ({ value: k, label: v }))} />
        <FilterSelect name="industry" label="产业" value={params.industry} choices={industries.map((i) => ({ value: i.code, label: i.name }))} />
        <FilterSelect name="grade" label="等次" value={params.grade} choices={GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] }))} />
        <SortFields list={list} />
        <button type="submit">筛选</button>
      </form>
      <ListStatus total={reports.total} page={reports.page} pageSize={reports.pageSize} unit="份报告" problems={list.problems} />

      <div className="table-wrap" style={{ marginBottom: 18 }}>
        <table>
          <caption>
            已提交的年度报告（{reports.total} 份{filtered ? "符合条件" : ""}；全部报告中待评分 {unscored} 份）
          </caption>
          <thead>
            <tr>
              <SortHeader label="联盟名称" sortKey="name" list={list} path="/assessment/reports" />
              <SortHeader label="产业" sortKey="industry" list={list} path="/assessment/reports" />
              <th scope="col">牵头单位</th>
              <SortHeader label="提交时间" sortKey="submitted" list={list} path="/assessment/reports" />
              <th scope="col">状态</th>
              <SortHeader label="得分" sortKey="score" list={list} path="/assessment/reports" />
              <th scope="col">等次</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {reports.rows.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  没有符合条件的报告
                </td>
              </tr>
            )}
            {reports.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                </td>
                <td className="nowrap">{r.alliance.industry.name}</td>
                <td>{r.alliance.leadOrg.name}</td>
                <td className="nowrap">{formatDateTime(r.submittedAt)}</td>
                <td>
                  {r.status === "RETURNED" ? (
                    <ReturnedStatus due={r.correctionDue} open={r.returnOpen} published={published} />
                  ) : (
                    <span className={`badge ${r.status === "ASSESSED" ? "green" : "amber"}`}>{STATUS[r.status === "ASSESSED" ? "ASSESSED" : "SUBMITTED"]}</span>
                  )}
                </td>
                <td className="num">{r.assessment ? r.assessment.score.toFixed(2) : ""}</td>
                <td>{r.assessment && <ScoreGradeBadge grade={r.assessment.grade} />}</td>
                <td>
                  <Link href={`/assessment/reports/${r.id}`}>
                    {r.status === "RETURNED" || published ? "查看" : r.status === "ASSESSED" ? "复核评分" : "评分"}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Pager page={reports.page} total={reports.total} pageSize={reports.pageSize} params={{ ...list.query, scheme: scheme.id }} label="年度报告分页" />

      <div className="table-wrap" style={{ marginBottom: 18 }}>
        <table>
          <caption>
            未提交年度报告的联盟（{missingTotal} 家{missingTotal > missing.length ? `，按名称列出前 ${MISSING_SHOWN} 家，其余请用搜索查找` : ""}）
            {published ? "：已记为不合格" : "：发布结果时将记为不合格"}
          </caption>
          <thead>
            <tr>
              <th>联盟名称</th>
              <th>产业</th>
              <th>牵头单位</th>
              <th>考核结果</th>
            </tr>
          </thead>
          <tbody>
            {missing.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  无
                </td>
              </tr>
            )}
            {missing.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/alliances/${a.id}`}>{a.name}</Link>
                  {a.lapsedReturnDue && <div className="small muted">退回修改后未在更正截止日（{chinaDayOf(a.lapsedReturnDue)}）前重新提交，按未提交计</div>}
                </td>
                <td className="nowrap">{a.industry.name}</td>
                <td>{a.leadOrg.name}</td>
                <td>
                  {a.assessments[0] ? (
                    <>
                      <span className="nowrap">{a.assessments[0].score.toFixed(2)} 分</span> <ScoreGradeBadge grade={a.assessments[0].grade} />
                    </>
                  ) : (
                    <span className="muted">待发布</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="table-wrap" style={{ marginBottom: 18 }}>
        <table data-testid="not-covered">
          <caption>
            {t("notCoveredCaption", {
              total: notCoveredTotal,
              cutoff,
              more: notCoveredTotal > notCovered.length ? t("notCoveredMore", { shown: MISSING_SHOWN }) : "",
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">联盟名称</th>
              <th scope="col">产业</th>
              <th scope="col">牵头单位</th>
              <th scope="col">{t("filedOn")}</th>
              <th scope="col">{t("reason")}</th>
            </tr>
          </thead>
          <tbody>
            {notCovered.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {t("none")}
                </td>
              </tr>
            )}
            {notCovered.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/alliances/${a.id}`}>{a.name}</Link>
                </td>
                <td className="nowrap">{a.industry.name}</td>
                <td>{a.leadOrg.name}</td>
                <td className="nowrap">{a.filing ? formatDate(a.filing.filedAt) : "—"}</td>
                <td className="small">{a.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {!published && readiness && (
        <ScorePublishButton
          schemeId={scheme.id}
          version={scheme.version}
          year={scheme.year}
          missing={filtered ? null : missingTotal}
          readiness={readiness}
          covered={facts.covered}
          outstanding={facts.covered - facts.handedIn}
          dueDay={chinaDayOf(scheme.reportDue)}
          cutoffDay={cutoff}
        />
      )}
    </>
  );
}
