"use client";

import { useTranslations } from "next-intl";
import type { RuleResult } from "@/lib/rules/types";

const COLOR = { pass: "green", fail: "red", warn: "amber", na: "grey" } as const;

/** Every rule with its clause, as the user types; hard failures block submission. */
export function PolicyPanel({ results }: { results: RuleResult[] }) {
  const t = useTranslations("filing");
  const blocking = results.filter((r) => r.severity === "hard" && r.status === "fail");
  return (
    // Focusable: the panel scrolls on its own, and keyboard users must be able to scroll it.
    <aside className="card policy-panel" aria-labelledby="panel-h" aria-live="polite" tabIndex={0}>
      <h2 id="panel-h">{t("panel")}</h2>
      <p className={`alert ${blocking.length ? "error" : "ok"}`} data-testid="panel-summary">
        {blocking.length ? t("blocking", { count: blocking.length }) : t("ready")}
      </p>
      <ol className="rules">
        {results.map((r) => (
          <li key={r.id} data-testid={`rule-${r.id}`} data-status={r.status}>
            <span className={`badge ${COLOR[r.status]}`}>{t(r.status)}</span> <strong>{r.title}</strong>
            <span className="muted small">{t("clauseInParens", { clause: r.clause })}</span>
            <div className="small">{r.message}</div>
          </li>
        ))}
      </ol>
      <p className="muted small">{t("panelNote")}</p>
    </aside>
  );
}
