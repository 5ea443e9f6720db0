"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ZMeetingCreateInput, type TMeetingCreateInput } from "@/lib/validation/review";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { createMeetingAction } from "@/app/(portal)/meetings/actions";

interface Candidate {
  id: string;
  name: string;
  industry: string;
  lead: string;
  versionNo: number;
  since: string;
}

export function MeetingForm({ candidates }: { candidates: Candidate[] }) {
  const router = useRouter();
  const t = useTranslations("meetings.form");
  const { register, handleSubmit, setError, formState } = useForm<TMeetingCreateInput>({
    resolver: zodResolver(ZMeetingCreateInput),
    // The default topic is the official one printed on the (Chinese) meeting packet.
    defaultValues: { sessionNo: "", title: "重点产业科技创新联盟备案审议" /* i18n-data */, heldOn: "", allianceIds: candidates.map((c) => c.id) },
  });
  const { run, summary, details } = useActionForm(setError);
  const e = formState.errors;
  return (
    <form
      className="stack card"
      noValidate
      onSubmit={handleSubmit(async (v) => {
        const id = await run(() => createMeetingAction(v));
        if (id) router.push(`/meetings/${id}`);
      })}
    >
      <FormSummary summary={summary} details={details} />
      <TextField label={t("session")} hint={t("sessionHint")} error={e.sessionNo?.message} {...register("sessionNo")} />
      <TextField label={t("topic")} error={e.title?.message} {...register("title")} />
      <TextField label={t("planned")} type="date" hint={t("plannedHint")} error={e.heldOn?.message} {...register("heldOn")} />
      <fieldset className="field">
        <legend>{t("agenda")}</legend>
        {candidates.length === 0 && <p className="muted">{t("noCandidates")}</p>}
        {candidates.map((c) => (
          <label key={c.id} className="block">
            <input type="checkbox" value={c.id} {...register("allianceIds")} /> {c.name}
            {t("gap")}
            <span className="muted small">{t("candidate", { industry: c.industry, lead: c.lead, version: c.versionNo, since: c.since })}</span>
          </label>
        ))}
        {e.allianceIds && (
          <div className="error" role="alert">
            {e.allianceIds.message ?? e.allianceIds.root?.message}
          </div>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting || candidates.length === 0}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
