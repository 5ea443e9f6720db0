"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ZCalendarDayInput, CALENDAR_DAY_KINDS, type TCalendarDayInput } from "@/lib/validation/calendar";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { removeCalendarDayAction, setCalendarDayAction } from "@/app/(portal)/admin/calendar/actions";

/** Records one day as a holiday or a 调休 working day; the server refuses a kind that would change nothing. */
export function CalendarDayForm({ year }: { year: number }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<TCalendarDayInput>({
    resolver: zodResolver(ZCalendarDayInput),
    defaultValues: { date: `${year}-01-01`, kind: "HOLIDAY", name: "" },
  });
  const { run, summary, details, done } = useActionForm(setError);
  return (
    <form
      className="card stack"
      noValidate
      data-testid="calendar-form"
      onSubmit={handleSubmit(async (v) => {
        if (await run(() => setCalendarDayAction(v))) router.refresh();
      })}
    >
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          {t("saved")}
        </p>
      )}
      <TextField label={t("date")} type="date" error={formState.errors.date?.message} {...register("date")} />
      <fieldset className="field">
        <legend>{t("kind")}</legend>
        {CALENDAR_DAY_KINDS.map((k) => (
          <label key={k} className="inline">
            <input type="radio" value={k} {...register("kind")} /> {t(k)}
          </label>
        ))}
        {formState.errors.kind?.message && (
          <div className="error-text" role="alert">
            {formState.errors.kind.message}
          </div>
        )}
      </fieldset>
      <TextField label={t("name")} hint={t("nameHint")} maxLength={30} error={formState.errors.name?.message} {...register("name")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}

export function RemoveCalendarDayButton({ date }: { date: string }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  return (
    <button
      type="button"
      className="secondary small"
      onClick={() => {
        void removeCalendarDayAction({ date }).then((r) => {
          if (r.ok) router.refresh();
        });
      }}
    >
      {t("remove")} {date}
    </button>
  );
}
