"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

export interface AttachmentRow {
  kind: "CHARTER" | "AGREEMENT" | "CONSTRUCTION_PLAN" | "OTHER";
  title: string;
  required: boolean;
  latest: { versionId: string; fileName: string; versionNo: number } | null;
}

type Status = { kind: "busy"; fileName: string; percent: number | null } | { kind: "ok"; text: string } | { kind: "error"; text: string };
type UploadAnswer = { ok: true; data: { fileName: string; versionNo: number } } | { ok: false; code: string; fieldErrors?: Record<string, string[]> } | null;

/** XMLHttpRequest rather than fetch: only it reports upload progress, and a 20 MB file takes a while. */
function send(url: string, body: FormData, onProgress: (percent: number | null) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (ev) => onProgress(ev.lengthComputable ? Math.floor((ev.loaded / ev.total) * 100) : null);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as UploadAnswer);
      } catch {
        resolve(null);
      }
    };
    xhr.onerror = () => resolve(null);
    xhr.send(body);
  });
}

/** R9 (七（二）): charter, agreement and construction plan; .docx/.pdf judged by content on the server. */
export function AttachmentsPanel({ allianceId, rows, editable }: { allianceId: string; rows: AttachmentRow[]; editable: boolean }) {
  const t = useTranslations("filing");
  const te = useTranslations("errors");
  const router = useRouter();
  const [status, setStatus] = useState<Record<string, Status>>({});

  async function upload(kind: AttachmentRow["kind"], file: File) {
    setStatus((s) => ({ ...s, [kind]: { kind: "busy", fileName: file.name, percent: 0 } }));
    const body = new FormData();
    body.set("kind", kind);
    body.set("file", file);
    const json = await send(`/api/alliances/${allianceId}/documents`, body, (percent) =>
      setStatus((s) => ({ ...s, [kind]: { kind: "busy", fileName: file.name, percent } })),
    );
    if (json?.ok) {
      setStatus((s) => ({ ...s, [kind]: { kind: "ok", text: t("uploaded", { fileName: json.data.fileName, version: json.data.versionNo }) } }));
      router.refresh();
    } else {
      const reason = json?.fieldErrors?.file?.[0] ?? te(json?.code === "INVALID_INPUT" || !json ? "INTERNAL" : (json.code as "INTERNAL"));
      // Name the refused file: the input is cleared, so nothing else on the page says which one it was.
      setStatus((s) => ({ ...s, [kind]: { kind: "error", text: t("uploadRefused", { fileName: file.name, reason }) } }));
    }
  }

  return (
    <section className="card" aria-labelledby="att-h">
      <h2 id="att-h">{t("s4")}</h2>
      <p className="muted small">{t("fileHint")}</p>
      <table className="attachments">
        <tbody>
          {rows.map((r) => {
            const st = status[r.kind];
            const inputId = `file-${r.kind}`;
            return (
              <tr key={r.kind} data-testid={`attachment-${r.kind}`}>
                <th scope="row">
                  <label htmlFor={inputId}>
                    {r.title}
                    {r.required ? " *" : ""}
                  </label>
                </th>
                <td>
                  {r.latest ? (
                    <>
                      {t("current")}
                      <a href={`/api/documents/${r.latest.versionId}`}>{r.latest.fileName}</a>
                      {t("versionOf", { version: r.latest.versionNo })}
                    </>
                  ) : (
                    <span className="muted">{t("none")}</span>
                  )}
                  {editable && (
                    <div>
                      <input
                        id={inputId}
                        type="file"
                        accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        disabled={st?.kind === "busy"}
                        aria-describedby={st ? `${inputId}-st` : undefined}
                        onChange={(e) => {
                          const f = e.target.files?.[0];
                          if (f) void upload(r.kind, f);
                          e.target.value = "";
                        }}
                      />
                    </div>
                  )}
                  {st && (
                    <div id={`${inputId}-st`} className={st.kind === "error" ? "error" : "hint"} role={st.kind === "error" ? "alert" : "status"}>
                      {st.kind === "busy" ? (
                        <>
                          {st.percent === null || st.percent >= 100
                            ? t("uploadChecking", { fileName: st.fileName })
                            : t("uploadingFile", { fileName: st.fileName, percent: st.percent })}
                          <progress
                            className="upload-progress"
                            max={100}
                            value={st.percent ?? undefined}
                            aria-label={t("uploadProgress", { fileName: st.fileName })}
                          />
                        </>
                      ) : (
                        st.text
                      )}
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>{t("generated")}</p>
      <ul>
        <li>
          <a href={`/api/alliances/${allianceId}/generated/annex1`}>{t("genAnnex1")}</a>
        </li>
        <li>
          <a href={`/api/alliances/${allianceId}/generated/charter`}>{t("genCharter")}</a>
        </li>
        <li>
          <a href={`/api/alliances/${allianceId}/generated/agreement`}>{t("genAgreement")}</a>
        </li>
      </ul>
    </section>
  );
}
