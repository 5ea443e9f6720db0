"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ZDissolutionVoteInput, type TDissolutionVoteInput } from "@/lib/validation/operation";
import { dissolutionResult } from "@/lib/rules/operation-rules";
import { recordDissolutionVoteAction } from "@/app/(portal)/alliances/[id]/council/actions";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { TextAreaField } from "./fields";

function liveCheck(councilSize: number, votesFor: number) {
  try {
    return dissolutionResult(councilSize, votesFor);
  } catch {
    return null; // not yet a valid tally (empty, negative, more votes than seats): the field errors say why
  }
}

/** 附件3 第十一条: the council's vote on the secretariat's proposal; the 4/5 check is shown while typing. */
export function DissolutionVoteForm({ allianceId, councilCount }: { allianceId: string; councilCount: number }) {
  const router = useRouter();
  const t = useTranslations("operation.voteForm");
  const [recorded, setRecorded] = useState<{ passed: boolean; message: string } | null>(null);
  const { register, handleSubmit, setError, control, reset, formState } = useRecordForm<TDissolutionVoteInput>(
    { allianceId },
    { resolver: zodResolver(ZDissolutionVoteInput), defaultValues: { votedOn: "", councilSize: councilCount, votesFor: 0, proposal: "" } },
  );
  const { run, summary, details } = useActionForm(setError);
  const [councilSize, votesFor] = useWatch({ control, name: ["councilSize", "votesFor"] });
  const check = liveCheck(councilSize, votesFor);
  const e = formState.errors;
  return (
    <form
      className="card"
      noValidate
      aria-labelledby="vote-form-h"
      onSubmit={handleSubmit(async (v) => {
        setRecorded(null);
        const out = await run(() => recordDissolutionVoteAction(v));
        if (out) {
          setRecorded(out);
          reset({ allianceId, votedOn: "", councilSize: councilCount, votesFor: 0, proposal: "" });
          router.refresh();
        }
      })}
    >
      <h3 id="vote-form-h">{t("heading")}</h3>
      <p className="muted small">{t("intro")}</p>
      <FormSummary summary={summary} details={details} />
      {recorded && (
        <p className={recorded.passed ? "alert ok" : "alert warn"} role="status">
          {t(recorded.passed ? "recordedPassed" : "recordedFailed", { message: recorded.message })}
        </p>
      )}
      <div className="two">
        <TextField label={t("votedOn")} type="date" error={e.votedOn?.message} {...register("votedOn")} />
        <TextField
          label={t("councilSize")}
          type="text"
          inputMode="numeric"
          hint={t("councilHint", { n: councilCount })}
          error={e.councilSize?.message}
          {...register("councilSize", { valueAsNumber: true })}
        />
        <TextField label={t("votesFor")} type="text" inputMode="numeric" error={e.votesFor?.message} {...register("votesFor", { valueAsNumber: true })} />
      </div>
      <p className={check ? (check.status === "pass" ? "alert ok" : "alert warn") : "alert info"} role="status" aria-live="polite" data-testid="vote-check">
        {check ? t("check", { message: check.message, clause: check.clause }) : t("checkPending")}
      </p>
      <TextAreaField label={t("proposal")} rows={3} hint={t("proposalHint")} error={e.proposal?.message} {...register("proposal")} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
