"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { TTransitionInput } from "@/lib/validation/review";
import { findTransition } from "@/lib/workflow";
import { useActionForm } from "@/components/ui/use-action-form";
import { useRecordForm } from "@/components/ui/use-record-form";
import { FormSummary } from "@/components/ui/form-summary";
import { transitionAction } from "@/app/(portal)/alliances/[id]/actions";

type Decision = TTransitionInput["transition"];

// The opinion box of each review stage; its heading is review.panel.legend.<stage>.
const BOX = { DIVISION: true, FORM: true } as const;
type Stage = keyof typeof BOX;
const isStage = (s: string): s is Stage => Object.prototype.hasOwnProperty.call(BOX, s);

/**
 * The decision a reviewer may take now. Buttons come from the workflow table (the same check the
 * server repeats); the page passes only the transitions this user may fire in this state.
 */
export function ReviewPanel({ allianceId, version, transitions }: { allianceId: string; version: number; transitions: Decision[] }) {
  const router = useRouter();
  const t = useTranslations("review.panel");
  const [pending, setPending] = useState<Decision | null>(null);
  const { register, handleSubmit, setError, formState, watch } = useRecordForm<TTransitionInput>(
    { allianceId, version },
    { defaultValues: { opinion: "", internal: false, transition: transitions[0] } },
  );
  const { run, summary, details } = useActionForm(setError);
  const stage = transitions[0]?.split("_")[0] ?? "";
  const box = isStage(stage) ? stage : null;
  const opinion = watch("opinion") ?? "";
  const submit = (transition: Decision) =>
    handleSubmit(async (v) => {
      setPending(transition);
      const ok = await run(() => transitionAction({ ...v, transition }));
      setPending(null);
      if (ok) router.refresh();
    });
  return (
    <section className="card review-panel no-print" aria-labelledby="review-h" data-testid="review-panel">
      <h2 id="review-h">{box ? t(`legend.${box}`) : t("filingHeading")}</h2>
      <form className="stack" noValidate onSubmit={(e) => e.preventDefault()}>
        <FormSummary summary={summary} details={details} />
        {box && (
          <>
            <div className="field">
              <label htmlFor="opinion">{t("opinion")}</label>
              <textarea
                id="opinion"
                rows={5}
                aria-invalid={formState.errors.opinion ? true : undefined}
                aria-describedby="opinion-hint"
                {...register("opinion")}
              />
              <div className="hint" id="opinion-hint">
                {t("opinionHint", { count: String(Array.from(opinion.trim()).length) })}
              </div>
              {formState.errors.opinion && (
                <div className="error" role="alert">
                  {formState.errors.opinion.message}
                </div>
              )}
            </div>
            <label className="check">
              <input type="checkbox" {...register("internal")} /> {t("internal")}
            </label>
          </>
        )}
        {!box && <p className="muted">{t("filingNote")}</p>}
        <div className="actions">
          {transitions.map((name) => (
            <button
              key={name}
              type="button"
              className={name.endsWith("_REJECT") ? "danger" : name.endsWith("_RETURN") ? "secondary" : undefined}
              disabled={pending !== null}
              onClick={() => void submit(name)()}
            >
              {pending === name ? t("submitting") : findTransition(name)!.label}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}
