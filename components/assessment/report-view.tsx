import { useTranslations } from "next-intl";
import { text } from "@/lib/i18n/text";
import { GRADE_LABELS, type TIndicatorSource, type TSchemeDefinition } from "@/lib/assessment/scheme";
import type { Grade } from "@/lib/db/generated/enums";
import { formatDate, formatDateTime } from "@/components/ui/format";
import type { ReportFigureField } from "./report-form";

interface Props {
  fields: ReportFigureField[];
  figures: Record<string, number>;
  narrative: string;
  nextYearPlan: string;
  submittedAt: Date | null;
  assessment: { score: number; grade: Grade; publishedAt: Date | null; comment: string } | null;
}

/** A report read-only: after submission for the filer, always for department staff. */
export function ReportView({ fields, figures, narrative, nextYearPlan, submittedAt, assessment }: Props) {
  const t = useTranslations("reportView");
  return (
    <>
      {assessment && (
        <section className="card" aria-labelledby="result-h">
          <h2 id="result-h">{t("resultHeading")}</h2>
          <p>
            {t.rich("result", {
              score: assessment.score.toFixed(2),
              grade: GRADE_LABELS[assessment.grade],
              date: formatDate(assessment.publishedAt),
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          {assessment.comment && <p>{assessment.comment}</p>}
        </section>
      )}
      <section className="card" aria-labelledby="fig-h">
        <h2 id="fig-h">{t("figuresHeading")}</h2>
        {submittedAt && <p className="muted small">{t("submittedAt", { at: formatDateTime(submittedAt) })}</p>}
        <table className="kv">
          <caption className="muted">{t("figuresCaption")}</caption>
          <tbody>
            {fields.map((f) => (
              <tr key={f.code}>
                <th scope="row">{t("fieldName", { name: f.name, unit: f.unit })}</th>
                <td>
                  {figures[f.code] ?? <span className="muted">{t("notFilled")}</span>}
                  {f.counted && <span className="muted small">{t("counted", { text: f.counted.text })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="text-h">
        <h2 id="text-h">{t("narrative")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{narrative || <span className="muted">{t("notFilled")}</span>}</p>
        <h2>{t("nextYearPlan")}</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{nextYearPlan || <span className="muted">{t("notFilled")}</span>}</p>
      </section>
    </>
  );
}

// Read when the fields are built, in the current language.
const SOURCE_TEXT = (source: TIndicatorSource, n: number) => text(`reportView.source.${source}`, { n });

/** The figures an alliance reports under a scheme, counted ones with their count and source. */
export function reportFieldsOf(def: TSchemeDefinition, counts: Record<TIndicatorSource, number>): ReportFigureField[] {
  return def.indicators
    .filter((i) => i.rule.kind !== "manual")
    .map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      ...(i.source ? { counted: { count: counts[i.source], text: SOURCE_TEXT(i.source, counts[i.source]) } } : {}),
    }));
}
