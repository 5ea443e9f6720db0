import { useTranslations } from "next-intl";
import { GRADE_LABELS, type TRule, type TSchemeDefinition } from "@/lib/assessment/scheme";

type T = ReturnType<typeof useTranslations<"schemeView">>;

function ruleText(t: T, rule: TRule): string {
  if (rule.kind === "linear") return t("linear", { target: rule.target });
  if (rule.kind === "steps") return t("steps", { steps: rule.steps.map((s) => t("step", { min: s.min, score: s.score })).join(t("stepSep")) });
  return t("manual");
}

/** A scheme read-only: once published this is what every alliance reports and is scored against. */
export function SchemeView({ definition }: { definition: TSchemeDefinition }) {
  const t = useTranslations("schemeView");
  const b = definition.gradeBands;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("col.code")}</th>
              <th scope="col">{t("col.name")}</th>
              <th scope="col">{t("col.unit")}</th>
              <th scope="col">{t("col.weight")}</th>
              <th scope="col">{t("col.rule")}</th>
              <th scope="col">{t("col.source")}</th>
            </tr>
          </thead>
          <tbody>
            {definition.indicators.map((i) => (
              <tr key={i.code}>
                <td>
                  <code>{i.code}</code>
                </td>
                <td>{i.name}</td>
                <td>{i.unit}</td>
                <td>{i.weight}</td>
                <td>{ruleText(t, i.rule)}</td>
                <td>{i.rule.kind === "manual" ? t("byCentre") : i.source ? t("counted", { source: t(`sources.${i.source}`) }) : t("byAlliance")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {t("bands", {
          excellent: GRADE_LABELS.EXCELLENT,
          good: GRADE_LABELS.GOOD,
          pass: GRADE_LABELS.PASS,
          fail: GRADE_LABELS.FAIL,
          e: b.EXCELLENT,
          g: b.GOOD,
          p: b.PASS,
        })}
      </p>
    </>
  );
}
