import { GRADE_LABELS, type TIndicatorSource, type TRule, type TSchemeDefinition } from "@/lib/assessment/scheme";

const SOURCE_LABELS: Record<TIndicatorSource, string> = { activities: "已登记的联盟活动，八（一）", projects: "已登记的推荐项目，九（一）" };

function ruleText(rule: TRule): string {
  if (rule.kind === "linear") return `按目标值比例：达到 ${rule.target} 得满分`;
  if (rule.kind === "steps") return `分档：${rule.steps.map((s) => `≥${s.min} 得 ${s.score} 分`).join("；")}`;
  return "人工评分（0-100）";
}

/** A scheme read-only: once published this is what every alliance reports and is scored against. */
export function SchemeView({ definition }: { definition: TSchemeDefinition }) {
  const b = definition.gradeBands;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>考核指标及计分规则</caption>
          <thead>
            <tr>
              <th scope="col">代码</th>
              <th scope="col">名称</th>
              <th scope="col">单位</th>
              <th scope="col">权重</th>
              <th scope="col">计分规则</th>
              <th scope="col">数据来源</th>
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
                <td>{ruleText(i.rule)}</td>
                <td>{i.rule.kind === "manual" ? "服务中心评分" : i.source ? `自动统计（${SOURCE_LABELS[i.source]}）` : "联盟填报"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        等级分数线：{GRADE_LABELS.EXCELLENT} ≥ {b.EXCELLENT}，{GRADE_LABELS.GOOD} ≥ {b.GOOD}，{GRADE_LABELS.PASS} ≥ {b.PASS}，低于 {b.PASS} 为
        {GRADE_LABELS.FAIL}。
      </p>
    </>
  );
}
