"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { ZSchemeInput, type TSchemeInput } from "@/lib/validation/assessment";
import { useActionForm } from "@/components/ui/use-action-form";
import { FormSummary } from "@/components/ui/form-summary";
import { TextField } from "@/components/ui/text-field";
import { createSchemeAction, updateSchemeAction } from "@/app/(portal)/assessment/actions";
import { Cell, SchemeRuleFields, ariaFor, errorAt } from "./scheme-rule-fields";

interface Props {
  initial: TSchemeInput;
  /** Present when editing a saved draft. */
  saved?: { id: string; version: number };
}

const num = { valueAsNumber: true } as const;
const BANDS = ["EXCELLENT", "GOOD", "PASS"] as const;

/** Sum of weights in hundredths, exact like the server's check (33.33 + 33.33 + 33.34 = 100). */
function weightSum(indicators: { weight?: number }[] | undefined): number {
  return (indicators ?? []).reduce((acc, i) => acc + (Number.isFinite(i.weight) ? Math.round((i.weight ?? 0) * 100) : 0), 0) / 100;
}

/** The year's scheme: title, due date, the indicator table and the grade bands (八（四）). */
export function SchemeEditor({ initial, saved }: Props) {
  const router = useRouter();
  const form = useForm<TSchemeInput>({ resolver: zodResolver(ZSchemeInput), defaultValues: initial, mode: "onTouched" });
  const { register, control, setValue, handleSubmit, setError, formState } = form;
  const indicators = useFieldArray({ control, name: "indicators" });
  const watched = useWatch({ control, name: "indicators" });
  const { run, summary, details, done } = useActionForm(setError);
  const e = formState.errors;
  const sum = weightSum(watched);
  const t = useTranslations("assessment");
  const ts = useTranslations("schemeEditor");

  const submit = handleSubmit(async (v) => {
    if (saved) {
      const version = await run(() => updateSchemeAction({ ...v, ...saved }));
      if (version !== undefined) router.refresh();
    } else {
      const id = await run(() => createSchemeAction(v));
      if (id) router.push(`/assessment/schemes/${id}`);
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <FormSummary summary={summary} details={details} />
      {done && saved && (
        <p className="alert ok" role="status">
          {ts("saved")}
        </p>
      )}
      <section className="card" aria-labelledby="basic-h">
        <h2 id="basic-h">{ts("basicHeading")}</h2>
        <div className="two">
          <TextField label={ts("year")} type="number" inputMode="numeric" error={e.year?.message} {...register("year", num)} />
          <TextField label={ts("title")} error={e.title?.message} {...register("title")} />
          <TextField label={ts("due")} type="date" hint={ts("dueHint")} error={e.reportDue?.message} {...register("reportDue")} />
          <TextField label={t("cutoffLabel")} type="date" hint={t("cutoffHint")} error={e.coverageCutoff?.message} {...register("coverageCutoff")} />
        </div>
      </section>

      <section className="card" aria-labelledby="ind-h">
        <h2 id="ind-h">{ts("indHeading")}</h2>
        <p className="muted small">{ts("indIntro")}</p>
        <p aria-live="polite" className={sum === 100 ? "badge green" : "badge amber"} data-testid="weight-sum">
          {ts("weightSum", { sum })}
        </p>
        {errorAt(e, "indicators") && (
          <div className="error-text" role="alert">
            {errorAt(e, "indicators")}
          </div>
        )}
        <div className="table-wrap">
          <table>
            <caption>{ts("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{ts("col.code")}</th>
                <th scope="col">{ts("col.name")}</th>
                <th scope="col">{ts("col.unit")}</th>
                <th scope="col">{ts("col.weight")}</th>
                <th scope="col">{ts("col.kind")}</th>
                <th scope="col">{ts("col.params")}</th>
                <th scope="col">{ts("col.source")}</th>
                <th scope="col">
                  <span className="muted">{ts("col.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {indicators.fields.map((field, i) => {
                const n = i + 1;
                const at = (k: string) => errorAt(e, `indicators.${i}.${k}`);
                const manual = watched?.[i]?.rule?.kind === "manual";
                return (
                  <tr key={field.id}>
                    <td>
                      <Cell id={`ind-${i}-code`} error={at("code")}>
                        <input
                          id={`ind-${i}-code`}
                          aria-label={ts("codeLabel", { n })}
                          style={{ width: "9.5em" }}
                          {...ariaFor(`ind-${i}-code`, at("code"))}
                          {...register(`indicators.${i}.code`)}
                        />
                      </Cell>
                    </td>
                    <td>
                      <Cell id={`ind-${i}-name`} error={at("name")}>
                        <input
                          id={`ind-${i}-name`}
                          aria-label={ts("nameLabel", { n })}
                          style={{ width: "7.5em" }}
                          {...ariaFor(`ind-${i}-name`, at("name"))}
                          {...register(`indicators.${i}.name`)}
                        />
                      </Cell>
                    </td>
                    <td>
                      <Cell id={`ind-${i}-unit`} error={at("unit")}>
                        <input
                          id={`ind-${i}-unit`}
                          aria-label={ts("unitLabel", { n })}
                          style={{ width: "4em" }}
                          {...ariaFor(`ind-${i}-unit`, at("unit"))}
                          {...register(`indicators.${i}.unit`)}
                        />
                      </Cell>
                    </td>
                    <td>
                      <Cell id={`ind-${i}-weight`} error={at("weight")}>
                        <input
                          id={`ind-${i}-weight`}
                          aria-label={ts("weightLabel", { n })}
                          type="number"
                          step="0.01"
                          min={0}
                          max={100}
                          style={{ width: "5em" }}
                          {...ariaFor(`ind-${i}-weight`, at("weight"))}
                          {...register(`indicators.${i}.weight`, num)}
                        />
                      </Cell>
                    </td>
                    <SchemeRuleFields index={i} control={control} register={register} setValue={setValue} errors={e} disabled={false} />
                    <td>
                      <Cell id={`ind-${i}-source`} error={at("source")}>
                        <select
                          id={`ind-${i}-source`}
                          style={{ width: "9em" }}
                          aria-label={ts("sourceLabel", { n })}
                          disabled={manual}
                          {...ariaFor(`ind-${i}-source`, at("source"))}
                          {...register(`indicators.${i}.source`, { setValueAs: (v: unknown) => (v ? v : undefined) })}
                        >
                          <option value="">{ts("sources.alliance")}</option>
                          <option value="activities">{ts("sources.activities")}</option>
                          <option value="projects">{ts("sources.projects")}</option>
                        </select>
                      </Cell>
                    </td>
                    <td>
                      {indicators.fields.length > 1 && (
                        <button type="button" className="secondary small" onClick={() => indicators.remove(i)} aria-label={ts("removeLabel", { n })}>
                          {ts("remove")}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              // The default unit is part of the scheme the alliances read. i18n-data
              indicators.append({ code: `IND_${indicators.fields.length + 1}`, name: "", unit: "项", weight: 0, rule: { kind: "linear", target: 1 } })
            }
          >
            {ts("add")}
          </button>
        </p>
      </section>

      <section className="card" aria-labelledby="bands-h">
        <h2 id="bands-h">{ts("bandsHeading")}</h2>
        <p className="muted small">{ts("bandsIntro")}</p>
        <div className="two">
          {BANDS.map((b) => (
            <TextField
              key={b}
              label={ts(`bands.${b}`)}
              type="number"
              step="0.01"
              min={0}
              max={100}
              error={errorAt(e, `gradeBands.${b}`)}
              {...register(`gradeBands.${b}`, num)}
            />
          ))}
        </div>
      </section>

      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {saved ? ts("saveChanges") : ts("create")}
        </button>
      </div>
    </form>
  );
}
