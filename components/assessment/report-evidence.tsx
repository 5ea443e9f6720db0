"use client";

import { useRouter } from "next/navigation";
import { errorCodeOf } from "@/lib/errors/app-error";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { removeEvidenceAction } from "@/app/(portal)/reports/actions";

export interface EvidenceItem {
  documentId: string;
  id: string;
  fileName: string;
  byteSize: number;
}

/** Evidence files of an annual report: listed for everyone who may see it; added and removed by the filer while a draft. */
export function ReportEvidence({ reportId, items, editable }: { reportId: string; items: EvidenceItem[]; editable: boolean }) {
  const router = useRouter();
  const tErr = useTranslations("errors");
  const t = useTranslations("reportEvidence");
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function upload(file: File) {
    setError(null);
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const res = await fetch(`/api/reports/${reportId}/evidence`, { method: "POST", body });
      const r = (await res.json()) as { ok: boolean; code?: string; fieldErrors?: Record<string, string[]> };
      if (!r.ok) setError(r.fieldErrors?.file?.join(t("sep")) ?? tErr(errorCodeOf(r.code)));
      else router.refresh();
    } catch {
      setError(tErr("INTERNAL"));
    } finally {
      setBusy(false);
    }
  }

  async function remove(documentId: string) {
    setError(null);
    const r = await removeEvidenceAction({ reportId, documentId });
    if (!r.ok) setError(r.fieldErrors?.file?.join(t("sep")) ?? tErr(r.code));
    else router.refresh();
  }

  return (
    <section className="card" aria-labelledby="evidence-h">
      <h2 id="evidence-h">{t("heading")}</h2>
      {items.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={d.id}>
              <a href={`/api/reports/${reportId}/evidence/${d.id}`}>{d.fileName}</a>{" "}
              <span className="muted small">{t("size", { kb: Math.max(1, Math.round(d.byteSize / 1024)) })}</span>
              {editable && (
                <>
                  {" "}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => void remove(d.documentId)}
                    aria-label={t("removeLabel", { file: d.fileName })}
                  >
                    {t("remove")}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="field no-print">
          <label htmlFor={inputId}>{t("upload")}</label>
          <input
            id={inputId}
            type="file"
            accept=".pdf,.docx"
            disabled={busy}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(ev) => {
              const f = ev.target.files?.[0];
              if (f) void upload(f);
              ev.target.value = "";
            }}
          />
          {busy && (
            <div className="hint" role="status">
              {t("uploading")}
            </div>
          )}
          {error && (
            <div className="error" id={`${inputId}-error`} role="alert">
              {error}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
