"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { ZReportReturnInput, type TReportReturnInput } from "@/lib/validation/report-return";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { returnReportAction } from "@/app/(portal)/assessment/reports/actions";

interface Props {
  reportId: string;
  version: number;
  /** The default due day for the correction (ten working days from today). */
  defaultDue: string;
  /** What a comment may be about: each reported figure, the two texts, the evidence. */
  targets: { value: string; label: string }[];
}

/** The service center returns a handed-in report for correction (八（四）), with comments and a new due day. */
export function ReportReturnForm({ reportId, version, defaultDue, targets }: Props) {
  const t = useTranslations("reportReturn");
  const router = useRouter();
  const { register, control, handleSubmit, setError, formState } = useRecordForm<TReportReturnInput, unknown, z.output<typeof ZReportReturnInput>>(
    { reportId, version },
    { resolver: zodResolver(ZReportReturnInput), defaultValues: { comment: "", items: [], correctionDue: defaultDue } },
  );
  const items = useFieldArray({ control, name: "items" });
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="card stack"
      noValidate
      data-testid="report-return-form"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => returnReportAction(v))) router.refresh();
      })}
    >
      <h2>{t("formTitle")}</h2>
      <p className="muted small">{t("formIntro")}</p>
      <FormSummary summary={summary} details={details} />
      <div className="field">
        <label htmlFor="return-comment">{t("comment")}</label>
        <textarea id="return-comment" rows={3} aria-invalid={e.comment ? true : undefined} {...register("comment")} />
        {e.comment?.message && (
          <div className="error-text" role="alert">
            {e.comment.message}
          </div>
        )}
      </div>
      {items.fields.map((f, i) => (
        <div key={f.id} className="field" data-testid="return-item">
          <label htmlFor={`return-target-${i}`}>{t("itemTarget", { n: i + 1 })}</label>
          <select id={`return-target-${i}`} {...register(`items.${i}.target`)}>
            {targets.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <label htmlFor={`return-item-${i}`} className="small">
            {t("itemComment")}
          </label>
          <textarea id={`return-item-${i}`} rows={2} aria-invalid={e.items?.[i]?.comment ? true : undefined} {...register(`items.${i}.comment`)} />
          {(e.items?.[i]?.comment?.message ?? e.items?.[i]?.target?.message) && (
            <div className="error-text" role="alert">
              {e.items?.[i]?.comment?.message ?? e.items?.[i]?.target?.message}
            </div>
          )}
          <button type="button" className="secondary small" onClick={() => items.remove(i)}>
            {t("removeItem")}
          </button>
        </div>
      ))}
      {e.items?.message && (
        <div className="error-text" role="alert">
          {e.items.message}
        </div>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => items.append({ target: targets[0]?.value ?? "narrative", comment: "" })}>
          {t("addItem")}
        </button>
      </div>
      <TextField label={t("correctionDue")} type="date" hint={t("correctionDueHint")} error={e.correctionDue?.message} {...register("correctionDue")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
