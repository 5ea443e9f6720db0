"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ZMeetingDecisionInput, type TMeetingDecisionInput } from "@/lib/validation/review";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { recordDecisionAction } from "@/app/(portal)/meetings/actions";

/** Records what the meeting decided on one filing (七（三）厅务会审议). */
export function DecisionForm({
  meetingId,
  allianceId,
  allianceName,
  version,
  heldOn,
  plannedOn,
  today,
}: {
  meetingId: string;
  allianceId: string;
  allianceName: string;
  version: number;
  heldOn: string;
  /** The planned date while it is still ahead: the form says it and pre-fills today instead. */
  plannedOn: string | null;
  today: string;
}) {
  const t = useTranslations("meetings");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useRecordForm<TMeetingDecisionInput>(
    { meetingId, allianceId, version },
    { resolver: zodResolver(ZMeetingDecisionInput), defaultValues: { outcome: "APPROVE", note: "", heldOn } },
  );
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  const safe = allianceId.slice(0, 8);
  return (
    <form
      className="card stack no-print"
      noValidate
      aria-label={t("decision.heading", { name: allianceName })}
      data-testid={`decide-${allianceName}`}
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => recordDecisionAction(v))) router.refresh();
      })}
    >
      <h2>{t("decision.heading", { name: allianceName })}</h2>
      <FormSummary summary={summary} details={details} />
      <TextField
        label={t("decision.heldOn")}
        type="date"
        id={`held-${safe}`}
        max={today}
        hint={plannedOn ? t("plannedInFuture", { planned: plannedOn }) : t("dateHint")}
        error={e.heldOn?.message}
        {...register("heldOn")}
      />
      <fieldset className="field">
        <legend>{t("decision.outcome")}</legend>
        <label>
          <input type="radio" value="APPROVE" {...register("outcome")} /> {t("decision.approve")}
        </label>{" "}
        <label>
          <input type="radio" value="DEFER" {...register("outcome")} /> {t("decision.defer")}
        </label>{" "}
        <label>
          <input type="radio" value="REJECT" {...register("outcome")} /> {t("decision.reject")}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={`note-${safe}`}>{t("decision.note")}</label>
        <textarea id={`note-${safe}`} rows={2} aria-invalid={e.note ? true : undefined} {...register("note")} />
        {e.note && (
          <div className="error" role="alert">
            {e.note.message}
          </div>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("decision.submit")}
        </button>
      </div>
    </form>
  );
}
