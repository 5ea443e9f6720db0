"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ACTIVITY_KINDS, ACTIVITY_LABELS, ZActivityInput, chinaTodayIso, type TActivityInput } from "@/lib/validation/operation";
import { logActivityAction } from "@/app/(portal)/alliances/[id]/activities/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { SelectField, TextAreaField, optionalNumber } from "./fields";

/** 八（一）系列活动: log an activity already held; it counts toward that year's assessment. */
export function ActivityForm({ allianceId }: { allianceId: string }) {
  // A fresh form after each save: remounting clears the optional number box, which reset() leaves as typed.
  const [round, setRound] = useState(0);
  return <ActivityFormInner key={round} allianceId={allianceId} saved={round > 0} onSaved={() => setRound((r) => r + 1)} />;
}

function ActivityFormInner({ allianceId, saved, onSaved }: { allianceId: string; saved: boolean; onSaved: () => void }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TActivityInput>(
    { allianceId },
    { resolver: zodResolver(ZActivityInput), defaultValues: { kind: "" as TActivityInput["kind"], title: "", heldOn: "", description: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  const t = useTranslations("operation.activity");
  const kindOptions = [{ value: "", label: t("choose") }, ...ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_LABELS[k] }))];
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="activity-form-h"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => logActivityAction(v))) {
          onSaved();
          router.refresh();
        }
      })}
    >
      <h3 id="activity-form-h">{t("heading")}</h3>
      <p className="muted small">{t("intro")}</p>
      <FormSummary summary={summary} details={details} />
      {saved && !summary && (
        <p className="alert ok" role="status">
          {t("saved")}
        </p>
      )}
      <div className="two">
        <SelectField label={t("kind")} options={kindOptions} error={e.kind?.message} {...register("kind")} />
        <TextField label={t("title")} error={e.title?.message} {...register("title")} />
        <TextField label={t("heldOn")} type="date" max={chinaTodayIso()} error={e.heldOn?.message} {...register("heldOn")} />
        <TextField label={t("participants")} type="text" inputMode="numeric" error={e.participants?.message} {...register("participants", optionalNumber)} />
      </div>
      <TextAreaField label={t("description")} rows={3} error={e.description?.message} {...register("description")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
