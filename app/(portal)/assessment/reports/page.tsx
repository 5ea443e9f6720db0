import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
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
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assessReports");
  return { title: t("title") };
}

const STATUSES = ["SUBMITTED", "ASSESSED", "RETURNED", "MISSING"] as const;

/** A returned report's status cell: open until its correction day, after it counted as not handed in (issue 17 item 5). */
async function ReturnedStatus({ due, open, published }: { due: Date | null; open: boolean | null; published: boolean }) {
  const t = await getTranslations("assessReports");
  const day = due ? chinaDayOf(due) : "—";
  if (open && !published) {
    return (
      <>
        <span className="badge red">{t("status.RETURNED")}</span> <span className="small nowrap">{t("correctionDue", { day })}</span>
      </>
    );
  }
  return (
    <>
      <span className="badge red">{t("overdue")}</span> <span className="small">{published ? t("lapsedPublished", { day }) : t("lapsedPending", { day })}</span>
    </>
  );
}

async function AssessmentReportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageUser(PAGE_ROLES.assessment);
  const list = REPORT_LIST.parse(await searchParams);
  const params = list.filters;
  const [schemes, industries] = await Promise.all([listScoringSchemes(user), listIndustries()]);
  const chosen = schemes.find((s) => s.id === params.scheme) ?? schemes.find((s) => s.status === "PUBLISHED") ?? schemes[0];
  if (params.scheme && !schemes.some((s) => s.id === params.scheme)) notFound();
  const tr = await getTranslations("assessReports");
  if (!chosen) {
    return (
      <>
        <h1>{tr("title")}</h1>
        <p className="card">{tr("noScheme")}</p>
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
      <h1>{tr("heading", { year: String(scheme.year) })}</h1>
      <p className="muted">
        {tr("subtitle", { title: scheme.title, due: formatDate(scheme.reportDue) })}
        {published ? tr("publishedAt", { at: formatDateTime(scheme.resultsPublishedAt) }) : tr("notPublished")}
      </p>
      <nav aria-label={tr("yearNav")} className="actions small" style={{ marginBottom: 12 }}>
        {schemes.map((s) => (
          <Link
            key={s.id}
            href={`/assessment/reports?scheme=${s.id}`}
            aria-current={s.id === scheme.id ? "page" : undefined}
            className={`button${s.id === scheme.id ? "" : " secondary"}`}
          >
            {tr("yearLink", { year: String(s.year) })}
          </Link>
        ))}
        <Link href="/assessment/revocations">{tr("revocationsLink")}</Link>
      </nav>

      <div className="alert info small" role="note">
        {t("rule", { cutoff })}
      </div>

      <form className="filters card" method="get" role="search" aria-label={tr("filterLabel")}>
        <input type="hidden" name="scheme" value={scheme.id} />
        <SearchField label={tr("search")} value={list.q} />
        <FilterSelect name="status" label={tr("col.status")} value={params.status} choices={STATUSES.map((k) => ({ value: k, label: tr(`status.${k}`) }))} />
        <FilterSelect name="industry" label={tr("col.industry")} value={params.industry} choices={industries.map((i) => ({ value: i.code, label: i.name }))} />
        <FilterSelect name="grade" label={tr("col.grade")} value={params.grade} choices={GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g] }))} />
        <SortFields list={list} />
        <button type="submit">{tr("filter")}</button>
      </form>
      <ListStatus total={reports.total} page={reports.page} pageSize={reports.pageSize} unit={tr("unit")} problems={list.problems} />

      <div className="table-wrap" style={{ marginBottom: 18 }}>
        <table>
          <caption>{tr(filtered ? "captionFiltered" : "captionAll", { total: reports.total, unscored })}</caption>
          <thead>
            <tr>
              <SortHeader label={tr("col.name")} sortKey="name" list={list} path="/assessment/reports" />
              <SortHeader label={tr("col.industry")} sortKey="industry" list={list} path="/assessment/reports" />
              <th scope="col">{tr("col.lead")}</th>
              <SortHeader label={tr("col.submitted")} sortKey="submitted" list={list} path="/assessment/reports" />
              <th scope="col">{tr("col.status")}</th>
              <SortHeader label={tr("col.score")} sortKey="score" list={list} path="/assessment/reports" />
              <th scope="col">{tr("col.grade")}</th>
              <th scope="col">{tr("col.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {reports.rows.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {tr("noReports")}
                </td>
              </tr>
            )}
            {reports.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={`/alliances/${r.alliance.id}`}>{r.alliance.name}</Link>
                </td>
                <td className="nowrap">{industryName(r.alliance.industry)}</td>
                <td>{r.alliance.leadOrg.name}</td>
                <td className="nowrap">{formatDateTime(r.submittedAt)}</td>
                <td>
                  {r.status === "RETURNED" ? (
                    <ReturnedStatus due={r.correctionDue} open={r.returnOpen} published={published} />
                  ) : (
                    <span className={`badge ${r.status === "ASSESSED" ? "green" : "amber"}`}>
                      {tr(r.status === "ASSESSED" ? "status.ASSESSED" : "status.SUBMITTED")}
                    </span>
                  )}
                </td>
                <td className="num">{r.assessment ? r.assessment.score.toFixed(2) : ""}</td>
                <td>{r.assessment && <ScoreGradeBadge grade={r.assessment.grade} />}</td>
                <td>
                  <Link href={`/assessment/reports/${r.id}`}>
                    {r.status === "RETURNED" || published ? tr("view") : r.status === "ASSESSED" ? tr("review") : tr("score")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Pager page={reports.page} total={reports.total} pageSize={reports.pageSize} params={{ ...list.query, scheme: scheme.id }} label={tr("pagerLabel")} />

      <div className="table-wrap" style={{ marginBottom: 18 }}>
        <table>
          <caption>
            {tr(published ? "missingCaptionPublished" : "missingCaptionPending", {
              total: missingTotal,
              more: missingTotal > missing.length ? t("notCoveredMore", { shown: MISSING_SHOWN }) : "",
            })}
          </caption>
          <thead>
            <tr>
              <th>{tr("col.name")}</th>
              <th>{tr("col.industry")}</th>
              <th>{tr("col.lead")}</th>
              <th>{tr("col.result")}</th>
            </tr>
          </thead>
          <tbody>
            {missing.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  {t("none")}
                </td>
              </tr>
            )}
            {missing.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/alliances/${a.id}`}>{a.name}</Link>
                  {a.lapsedReturnDue && <div className="small muted">{tr("lapsed", { due: chinaDayOf(a.lapsedReturnDue) })}</div>}
                </td>
                <td className="nowrap">{industryName(a.industry)}</td>
                <td>{a.leadOrg.name}</td>
                <td>
                  {a.assessments[0] ? (
                    <>
                      <span className="nowrap">{tr("points", { score: a.assessments[0].score.toFixed(2) })}</span>{" "}
                      <ScoreGradeBadge grade={a.assessments[0].grade} />
                    </>
                  ) : (
                    <span className="muted">{tr("pendingPublish")}</span>
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
              <th scope="col">{tr("col.name")}</th>
              <th scope="col">{tr("col.industry")}</th>
              <th scope="col">{tr("col.lead")}</th>
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
                <td className="nowrap">{industryName(a.industry)}</td>
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

export default withPageText("app/(portal)/assessment/reports/page.tsx", AssessmentReportsPage);
