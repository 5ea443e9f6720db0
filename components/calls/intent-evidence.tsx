"use client";

import { useRouter } from "next/navigation";
import { errorCodeOf } from "@/lib/errors/app-error";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { LEAD_CONDITIONS } from "@/lib/validation/calls";
import { formatDateTime } from "@/components/ui/format";

export interface IntentFileItem {
  versionId: string;
  fileName: string;
  byteSize: number;
  uploadedAt: string;
}

type Props = {
  intentId: string;
  texts: Record<string, string>;
  files: Record<string, IntentFileItem[]>;
  /** The enterprise may still add files (its intent is submitted and not yet decided). */
  canAdd: boolean;
  maxPerCondition: number;
};

/**
 * An intent as it was submitted (issue #17 item 8): each lead-unit condition (六（一）1-5) with its text and its
 * evidence files to download, read-only; while the intent awaits the division, the enterprise may add files.
 */
export function IntentEvidence({ intentId, texts, files, canAdd, maxPerCondition }: Props) {
  const t = useTranslations("intentEvidence");
  return (
    <dl className="stack" data-testid="intent-evidence">
      {LEAD_CONDITIONS.map((c) => {
        const list = files[c.key] ?? [];
        return (
          <div key={c.key}>
            <dt>
              <strong>
                {c.clause} {c.title}
              </strong>
            </dt>
            <dd>
              <p style={{ whiteSpace: "pre-wrap" }}>{texts[c.key] ?? ""}</p>
              {list.length === 0 ? (
                <p className="muted small">{t("none")}</p>
              ) : (
                <ul className="small" aria-label={t("filesOf", { title: c.title })}>
                  {list.map((f) => (
                    <li key={f.versionId}>
                      <a href={`/api/intents/${intentId}/evidence/${f.versionId}`}>{f.fileName}</a>{" "}
                      <span className="muted">
                        {t("fileSize", { size: String(Math.max(1, Math.round(f.byteSize / 1024))) })}
                        <span className="nowrap">{formatDateTime(new Date(f.uploadedAt))}</span>
                        {t("fileClose")}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {canAdd && list.length < maxPerCondition && <AddFile intentId={intentId} condition={c.key} title={c.title} />}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function AddFile({ intentId, condition, title }: { intentId: string; condition: string; title: string }) {
  const router = useRouter();
  const t = useTranslations("intentEvidence");
  const tErr = useTranslations("errors");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `intent-file-${condition}`;

  async function upload(file: File) {
    setError(null);
    setBusy(true);
    try {
      const body = new FormData();
      body.set("condition", condition);
      body.set("file", file);
      const res = await fetch(`/api/intents/${intentId}/evidence`, { method: "POST", body });
      const r = (await res.json()) as { ok: boolean; code?: string; fieldErrors?: Record<string, string[]> };
      if (!r.ok) setError(r.fieldErrors?.file?.join(t("separator")) ?? r.fieldErrors?.condition?.join(t("separator")) ?? tErr(errorCodeOf(r.code)));
      else router.refresh();
    } catch {
      setError(tErr("INTERNAL"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field no-print">
      <label htmlFor={id}>{t("add", { title })}</label>
      <input
        id={id}
        type="file"
        accept=".pdf,.docx"
        disabled={busy}
        aria-describedby={error ? `${id}-error` : undefined}
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
        <div className="error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
