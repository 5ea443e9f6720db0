"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TMemberInput } from "@/lib/validation/filing";

type Report = { added: number; skipped: string[]; errors: { row: number; messages: string[] }[] };

/** Bulk import for alliances with dozens of members: good rows join the list, bad rows are reported. */
export function ImportMembers({ allianceId, existingCodes, onRows }: { allianceId: string; existingCodes: string[]; onRows: (rows: TMemberInput[]) => void }) {
  const t = useTranslations("filing");
  const te = useTranslations("errors");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  async function upload(file: File) {
    setBusy(true);
    setProblem(null);
    setReport(null);
    const body = new FormData();
    body.set("file", file);
    const res = await fetch(`/api/alliances/${allianceId}/members/import`, { method: "POST", body }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as
      | { ok: true; data: { rows: { row: number; member: TMemberInput }[]; errors: { row: number; messages: string[] }[] } }
      | { ok: false; code: string; fieldErrors?: Record<string, string[]> }
      | null;
    setBusy(false);
    if (!json?.ok) {
      setProblem(json?.fieldErrors?.file?.[0] ?? te((json?.code ?? "INTERNAL") as "INTERNAL"));
      return;
    }
    const fresh = json.data.rows.filter((r) => !existingCodes.includes(r.member.creditCode));
    const skipped = json.data.rows.filter((r) => existingCodes.includes(r.member.creditCode)).map((r) => t("rowSkipped", { row: r.row, name: r.member.name }));
    onRows(fresh.map((r) => r.member));
    setReport({ added: fresh.length, skipped, errors: json.data.errors });
  }

  return (
    <div className="card add-member" role="group" aria-labelledby="import-h">
      <h3 id="import-h">{t("importHeading")}</h3>
      <p className="muted small">
        {t("importHint")} <a href="/api/members/template">{t("importTemplate")}</a>
      </p>
      <label htmlFor="member-sheet">{t("importFile")}</label>{" "}
      <input
        id="member-sheet"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void upload(f);
          e.target.value = "";
        }}
      />
      {busy && <p role="status">{t("importing")}</p>}
      {problem && (
        <div className="error" role="alert">
          {problem}
        </div>
      )}
      {report && (
        <div data-testid="import-report" role="status">
          <p className={report.errors.length ? "alert warn" : "alert ok"}>{t("importDone", { added: report.added, failed: report.errors.length })}</p>
          {(report.errors.length > 0 || report.skipped.length > 0) && (
            <ul>
              {report.errors.map((e) => (
                <li key={e.row} className="error">
                  {t("rowError", { row: e.row, messages: e.messages.join(t("messageSeparator")) })}
                </li>
              ))}
              {report.skipped.map((s) => (
                <li key={s} className="muted">
                  {s}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
