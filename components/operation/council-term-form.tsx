"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ZCouncilTermInput, isValidIsoDate, type TCouncilTermInput } from "@/lib/validation/operation";
import { councilTermEnds } from "@/lib/rules/operation-rules";
import { councilSeatsResult } from "@/lib/operation/council-rules";
import { recordCouncilTermAction } from "@/app/(portal)/alliances/[id]/council/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "./fields";

/** 附件2 第十三条（二）: record the next three-year term; the end date and the R5 advice update as the filer types. */
export function CouncilTermForm({
  allianceId,
  nextTermNo,
  councilCount,
  memberCount,
}: {
  allianceId: string;
  nextTermNo: number;
  councilCount: number;
  memberCount: number;
}) {
  const router = useRouter();
  const t = useTranslations("operation.termForm");
  const { register, handleSubmit, setError, control, reset, formState } = useRecordForm<TCouncilTermInput>(
    { allianceId },
    { resolver: zodResolver(ZCouncilTermInput), defaultValues: { startsOn: "", electedOn: "", seats: councilCount, note: "" } },
  );
  const { run, summary, details, done } = useActionForm(setError);
  const [startsOn, seats] = useWatch({ control, name: ["startsOn", "seats"] });
  const endsOn =
    startsOn && isValidIsoDate(startsOn)
      ? councilTermEnds(new Date(`${startsOn}T00:00:00Z`))
          .toISOString()
          .slice(0, 10)
      : null;
  const r5 = Number.isInteger(seats) && seats > 0 ? councilSeatsResult(seats, memberCount) : null;
  const e = formState.errors;
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="term-form-h"
      onSubmit={handleSubmit(async (v) => {
        const termNo = await run(() => recordCouncilTermAction(v));
        if (termNo) {
          reset({ allianceId, startsOn: "", electedOn: "", seats: councilCount, note: "" });
          router.refresh();
        }
      })}
    >
      <h3 id="term-form-h">{t("heading", { n: nextTermNo })}</h3>
      <p className="muted small">{t("intro")}</p>
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          {t("saved")}
        </p>
      )}
      <div className="two">
        <TextField
          label={t("startsOn")}
          type="date"
          error={e.startsOn?.message}
          hint={endsOn ? t("endsOn", { date: endsOn }) : t("endsAuto")}
          {...register("startsOn")}
        />
        <TextField label={t("electedOn")} type="date" error={e.electedOn?.message} {...register("electedOn")} />
        <TextField
          label={t("seats")}
          type="text"
          inputMode="numeric"
          error={e.seats?.message}
          hint={t("seatsHint", { council: councilCount, members: memberCount })}
          {...register("seats", { valueAsNumber: true })}
        />
      </div>
      {r5 && r5.status === "warn" && (
        <p className="alert warn" role="status">
          {t("advice", { message: r5.message, clause: r5.clause })}
        </p>
      )}
      <TextAreaField label={t("note")} rows={2} error={e.note?.message} {...register("note")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
