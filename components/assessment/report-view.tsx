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
  return (
    <>
      {assessment && (
        <section className="card" aria-labelledby="result-h">
          <h2 id="result-h">考核结果</h2>
          <p>
            得分 <strong>{assessment.score.toFixed(2)}</strong>，等级 <strong>{GRADE_LABELS[assessment.grade]}</strong>（{formatDate(assessment.publishedAt)}{" "}
            公布）
          </p>
          {assessment.comment && <p>{assessment.comment}</p>}
        </section>
      )}
      <section className="card" aria-labelledby="fig-h">
        <h2 id="fig-h">考核指标数据</h2>
        {submittedAt && <p className="muted small">{formatDateTime(submittedAt)} 提交</p>}
        <table className="kv">
          <caption className="muted">填报数据</caption>
          <tbody>
            {fields.map((f) => (
              <tr key={f.code}>
                <th scope="row">
                  {f.name}（{f.unit}）
                </th>
                <td>
                  {figures[f.code] ?? <span className="muted">未填写</span>}
                  {f.counted && <span className="muted small">　{f.counted.text}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="text-h">
        <h2 id="text-h">年度工作总结</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{narrative || <span className="muted">未填写</span>}</p>
        <h2>下一年度工作计划</h2>
        <p style={{ whiteSpace: "pre-wrap" }}>{nextYearPlan || <span className="muted">未填写</span>}</p>
      </section>
    </>
  );
}

const SOURCE_TEXT = {
  activities: (n: number) => `根据已登记的 ${n} 项活动自动统计（八（一）），如有遗漏请在“活动与推荐项目”中登记`,
  projects: (n: number) => `根据已登记的 ${n} 个推荐项目自动统计（九（一）），如有遗漏请在“活动与推荐项目”中登记`,
} as const;

/** The figures an alliance reports under a scheme, counted ones with their count and source. */
export function reportFieldsOf(def: TSchemeDefinition, counts: Record<TIndicatorSource, number>): ReportFigureField[] {
  return def.indicators
    .filter((i) => i.rule.kind !== "manual")
    .map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      ...(i.source ? { counted: { count: counts[i.source], text: SOURCE_TEXT[i.source](counts[i.source]) } } : {}),
    }));
}
