"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ZCharterApproval, type TCharterApproval } from "@/lib/validation/operation";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "./fields";

type Reply = { ok: true; data: { versionNo: number; fileName: string } } | { ok: false; code: string; fieldErrors?: Record<string, string[]> };

/** 附件2 第十九条: the amended charter takes effect once the members' assembly approves it; both are recorded. */
export function CharterAmendForm({ allianceId }: { allianceId: string }) {
  const router = useRouter();
  const te = useTranslations("errors");
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ text: string; details: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<TCharterApproval>({
    resolver: zodResolver(ZCharterApproval),
    defaultValues: { approvedOn: "", approvedBy: "", note: "" },
  });
  const e = formState.errors;

  async function submit(v: TCharterApproval) {
    setSummary(null);
    setDone(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError("请选择经成员大会通过的章程文件（.docx 或 .pdf）");
      return;
    }
    setFileError(null);
    const body = new FormData();
    body.set("file", file);
    body.set("approvedOn", v.approvedOn);
    body.set("approvedBy", v.approvedBy);
    body.set("note", v.note ?? "");
    const res = await fetch(`/api/alliances/${allianceId}/charter`, { method: "POST", body }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as Reply | null;
    if (json?.ok) {
      setDone(`已上传第 ${json.data.versionNo} 版章程：${json.data.fileName}`);
      reset();
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
      return;
    }
    const formLevel: string[] = [];
    for (const [field, messages] of Object.entries(json?.fieldErrors ?? {})) {
      if (field === "file") setFileError(messages.join("；"));
      else if (field === "approvedOn" || field === "approvedBy" || field === "note") setError(field, { type: "server", message: messages.join("；") });
      else formLevel.push(...messages);
    }
    setSummary({ text: te((json?.code ?? "INTERNAL") as "INTERNAL"), details: formLevel });
  }

  return (
    <form className="card" noValidate aria-labelledby="charter-form-h" onSubmit={handleSubmit(submit)}>
      <h3 id="charter-form-h">上传章程修正案</h3>
      <p className="muted small">
        章程的修改须经成员大会表决通过方可生效，并报联盟理事会秘书处备案（附件2 第十九条）。只接受 Word（.docx）或 PDF 文件，不超过 20 MB。
      </p>
      <FormSummary summary={summary?.text ?? null} details={summary?.details} />
      {done && (
        <p className="alert ok" role="status">
          {done}
        </p>
      )}
      <div className="field">
        <label htmlFor="charter-file">修改后的章程文件 *</label>
        <input
          ref={fileRef}
          id="charter-file"
          type="file"
          accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "charter-file-error" : undefined}
        />
        {fileError && (
          <div className="error" id="charter-file-error" role="alert">
            {fileError}
          </div>
        )}
      </div>
      <div className="two">
        <TextField label="成员大会通过日期 *" type="date" error={e.approvedOn?.message} {...register("approvedOn")} />
        <TextField label="表决通过的会议 *" placeholder="如：2026年第一次成员大会" error={e.approvedBy?.message} {...register("approvedBy")} />
      </div>
      <TextAreaField label="修改说明" rows={2} hint="如：修改第十三条理事会组成" error={e.note?.message} {...register("note")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "正在上传…" : "上传修正案"}
        </button>
      </div>
    </form>
  );
}
