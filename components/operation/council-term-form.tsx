"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
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
      <h3 id="term-form-h">登记第 {nextTermNo} 届理事会任期</h3>
      <p className="muted small">理事会每届任期三年，换届时由全体成员选举产生（附件2 第十三条（二））。新一届任期须晚于上一届的起始日期。</p>
      <FormSummary summary={summary} details={details} />
      {done && (
        <p className="alert ok" role="status">
          已登记新一届理事会任期。
        </p>
      )}
      <div className="two">
        <TextField
          label="本届任期起始日期 *"
          type="date"
          error={e.startsOn?.message}
          hint={endsOn ? `任期至 ${endsOn}（三年）` : "任期届满日自动计算"}
          {...register("startsOn")}
        />
        <TextField label="换届选举日期" type="date" error={e.electedOn?.message} {...register("electedOn")} />
        <TextField
          label="理事会席位数 *"
          type="text"
          inputMode="numeric"
          error={e.seats?.message}
          hint={`当前在册理事单位 ${councilCount} 家，成员单位 ${memberCount} 家`}
          {...register("seats", { valueAsNumber: true })}
        />
      </div>
      {r5 && r5.status === "warn" && (
        <p className="alert warn" role="status">
          {r5.message}（{r5.clause}，仅作提示，不影响登记）
        </p>
      )}
      <TextAreaField label="备注" rows={2} error={e.note?.message} {...register("note")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          登记任期
        </button>
      </div>
    </form>
  );
}
