import { getTranslations } from "next-intl/server";
import type { findReportHistory } from "@/lib/assessment/report-return";
import { formatDateTime } from "@/components/ui/format";

type History = Awaited<ReturnType<typeof findReportHistory>>;

/** The center's returns with their comments, and what the latest hand-in changed against the one before (八（四）). */
export function ReportReturnNotes({ history, labels }: { history: History; labels: Record<string, string> }) {
  return history.returns.map((r) => <ReturnNote key={r.id} r={r} labels={labels} />);
}

async function ReturnNote({ r, labels }: { r: History["returns"][number]; labels: Record<string, string> }) {
  const t = await getTranslations("reportReturn");
  const th = await getTranslations("reportHistory");
  return (
    <section className={`card${r.answeredAt ? "" : " alert error"}`} data-testid="report-return">
      <h3>
        {t("returnedOn", { at: formatDateTime(r.createdAt), version: r.versionNo })}
        {th("answered", { text: r.answeredAt ? t("answeredOn", { at: formatDateTime(r.answeredAt) }) : t("dueOn", { due: r.dueDay }) })}
      </h3>
      <p style={{ whiteSpace: "pre-wrap" }}>{r.comment}</p>
      {r.items.length > 0 && (
        <ul>
          {r.items.map((i) => (
            <li key={i.target}>
              {th.rich("itemTarget", { target: labels[i.target] ?? i.target, comment: i.comment, b: (chunks) => <strong>{chunks}</strong> })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export async function ReportVersionDiff({ history }: { history: History }) {
  const t = await getTranslations("reportReturn");
  const d = history.diff;
  if (history.submissions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="versions-h" data-testid="report-versions">
      <h2 id="versions-h">{t("versionsTitle")}</h2>
      <ul className="small">
        {history.submissions.map((s) => (
          <li key={s.versionNo}>{t("versionLine", { version: s.versionNo, at: formatDateTime(s.submittedAt) })}</li>
        ))}
      </ul>
      {d && (
        <>
          <h3>{t("diffTitle", { from: d.from, to: d.to })}</h3>
          {d.figures.length === 0 &&
          !d.narrative &&
          !d.nextYearPlan &&
          d.evidence.added.length + d.evidence.removed.length + d.evidence.replaced.length === 0 ? (
            <p className="muted">{t("noChanges")}</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="report-diff">
                <thead>
                  <tr>
                    <th>{t("diffItem")}</th>
                    <th>{t("diffFrom", { version: d.from })}</th>
                    <th>{t("diffTo", { version: d.to })}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.figures.map((f) => (
                    <tr key={f.code}>
                      <th scope="row">{f.name}</th>
                      <td>{f.from === null ? "—" : `${f.from} ${f.unit}`}</td>
                      <td>{f.to === null ? "—" : `${f.to} ${f.unit}`}</td>
                    </tr>
                  ))}
                  {d.narrative && (
                    <tr>
                      <th scope="row">{t("narrative")}</th>
                      <td style={{ whiteSpace: "pre-wrap" }}>{d.narrative.from}</td>
                      <td style={{ whiteSpace: "pre-wrap" }}>{d.narrative.to}</td>
                    </tr>
                  )}
                  {d.nextYearPlan && (
                    <tr>
                      <th scope="row">{t("nextYearPlan")}</th>
                      <td style={{ whiteSpace: "pre-wrap" }}>{d.nextYearPlan.from}</td>
                      <td style={{ whiteSpace: "pre-wrap" }}>{d.nextYearPlan.to}</td>
                    </tr>
                  )}
                  {d.evidence.removed.map((e) => (
                    <tr key={`r-${e.documentId}`}>
                      <th scope="row">{t("evidence")}</th>
                      <td>{e.fileName}</td>
                      <td>{t("removed")}</td>
                    </tr>
                  ))}
                  {d.evidence.added.map((e) => (
                    <tr key={`a-${e.documentId}`}>
                      <th scope="row">{t("evidence")}</th>
                      <td>{t("added")}</td>
                      <td>{e.fileName}</td>
                    </tr>
                  ))}
                  {d.evidence.replaced.map((e) => (
                    <tr key={`c-${e.title}`}>
                      <th scope="row">{t("evidence")}</th>
                      <td>{e.from}</td>
                      <td>{e.to}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Labels for comment targets: each reported figure by name, the two texts and the evidence. */
export function returnTargets(
  def: { indicators: { code: string; name: string; rule: { kind: string } }[] },
  words: { narrative: string; nextYearPlan: string; evidence: string },
) {
  return [
    ...def.indicators.filter((i) => i.rule.kind !== "manual").map((i) => ({ value: `figures.${i.code}`, label: i.name })),
    { value: "narrative", label: words.narrative },
    { value: "nextYearPlan", label: words.nextYearPlan },
    { value: "evidence", label: words.evidence },
  ];
}
