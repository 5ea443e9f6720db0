import type { RuleResult } from "@/lib/rules/types";

const BADGE = { pass: "green", fail: "red", warn: "amber", na: "grey" } as const;
const WORD = { pass: "符合", fail: "不符合", warn: "请核对", na: "不适用" } as const;

/** The member-list rules after a change, each with its clause (六（二）1, 附件2 第十三条（二）). */
export function RuleWarnings({ results, onlyProblems = false }: { results: readonly RuleResult[]; onlyProblems?: boolean }) {
  const shown = onlyProblems ? results.filter((r) => r.status === "fail" || r.status === "warn") : results;
  if (shown.length === 0) return <span className="muted small">{onlyProblems ? "无" : "—"}</span>;
  return (
    <ul className="plain small">
      {shown.map((r) => (
        <li key={r.id}>
          <span className={`badge ${BADGE[r.status]}`}>{WORD[r.status]}</span> {r.title}：{r.message}（{r.clause}）
        </li>
      ))}
    </ul>
  );
}
