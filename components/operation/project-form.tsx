"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextAreaField, optionalNumber } from "./fields";
import { ZProjectInput, type TProjectInput } from "@/lib/validation/operation";
import { recommendProjectAction } from "@/app/(portal)/alliances/[id]/activities/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";

/** 九（一）: 在省科技发展计划中优先支持创新联盟推荐项目. */
export function ProjectForm({ allianceId, year, leadUnit }: { allianceId: string; year: number; leadUnit: string }) {
  // A fresh form after each save (remount): reset() would leave the budget box as typed.
  const [round, setRound] = useState(0);
  return <ProjectFormInner key={round} allianceId={allianceId} year={year} leadUnit={leadUnit} saved={round > 0} onSaved={() => setRound((r) => r + 1)} />;
}

function ProjectFormInner({
  allianceId,
  year,
  leadUnit,
  saved,
  onSaved,
}: {
  allianceId: string;
  year: number;
  leadUnit: string;
  saved: boolean;
  onSaved: () => void;
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TProjectInput>(
    { allianceId, year },
    { resolver: zodResolver(ZProjectInput), defaultValues: { title: "", summary: "", leadUnit } },
  );
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  const t = useTranslations("operation.project");
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="project-form-h"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => recommendProjectAction(v))) {
          onSaved();
          router.refresh();
        }
      })}
    >
      <h3 id="project-form-h">{t("heading")}</h3>
      <p className="muted small">{t("intro")}</p>
      <FormSummary summary={summary} details={details} />
      {saved && !summary && (
        <p className="alert ok" role="status">
          {t("saved")}
        </p>
      )}
      <div className="two">
        <TextField label={t("year")} type="text" inputMode="numeric" error={e.year?.message} {...register("year", { valueAsNumber: true })} />
        <TextField label={t("title")} error={e.title?.message} {...register("title")} />
        <TextField label={t("leadUnit")} error={e.leadUnit?.message} {...register("leadUnit")} />
        <TextField
          label={t("budget")}
          type="text"
          inputMode="decimal"
          hint={t("budgetHint")}
          error={e.budget?.message}
          {...register("budget", optionalNumber)}
        />
      </div>
      <TextAreaField label={t("summary")} rows={3} hint={t("summaryHint")} error={e.summary?.message} {...register("summary")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
