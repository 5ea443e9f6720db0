import { useTranslations } from "next-intl";
import type { RuleResult } from "@/lib/rules/types";
import { StoredText } from "@/components/ui/stored-text";

const BADGE = { pass: "green", fail: "red", warn: "amber", na: "grey" } as const;

/** The member-list rules after a change, each with its clause (六（二）1, 附件2 第十三条（二）). */
export function RuleWarnings({ results, onlyProblems = false }: { results: readonly RuleResult[]; onlyProblems?: boolean }) {
  const t = useTranslations("membership.ruleWarnings");
  const shown = onlyProblems ? results.filter((r) => r.status === "fail" || r.status === "warn") : results;
  if (shown.length === 0) return <span className="muted small">{onlyProblems ? t("none") : "—"}</span>;
  return (
    <ul className="plain small">
      {shown.map((r) => (
        <li key={r.id}>
          <span className={`badge ${BADGE[r.status]}`}>{t(r.status)}</span> {/* Stored with the change in Chinese (lib/membership/request-change.ts). */}
          <StoredText text={t("line", { title: r.title, message: r.message, clause: r.clause })} />
        </li>
      ))}
    </ul>
  );
}
