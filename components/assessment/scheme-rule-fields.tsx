"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import type { TSchemeInput } from "@/lib/validation/assessment";

interface Props {
  index: number;
  control: Control<TSchemeInput>;
  register: UseFormRegister<TSchemeInput>;
  setValue: UseFormSetValue<TSchemeInput>;
  errors: FieldErrors<TSchemeInput>;
  disabled: boolean;
}

const RULES = ["linear", "steps", "manual"] as const;
type Kind = (typeof RULES)[number];

const num = { valueAsNumber: true } as const;

/** The scoring rule of one indicator: its kind, then the target (linear) or the steps table (steps). */
export function SchemeRuleFields({ index, control, register, setValue, errors, disabled }: Props) {
  const t = useTranslations("schemeRule");
  const kind = useWatch({ control, name: `indicators.${index}.rule.kind` }) as Kind;
  const n = index + 1;
  const change = (next: Kind) => {
    // Each kind has its own parameters; switching starts them afresh rather than keeping stale ones.
    const rule =
      next === "linear"
        ? { kind: next, target: 1 }
        : next === "steps"
          ? {
              kind: next,
              steps: [
                { min: 1, score: 60 },
                { min: 2, score: 100 },
              ],
            }
          : { kind: next };
    setValue(`indicators.${index}.rule`, rule, { shouldDirty: true });
    if (next === "manual") setValue(`indicators.${index}.source`, undefined, { shouldDirty: true });
  };
  return (
    <>
      <td>
        <select aria-label={t("kindLabel", { n })} style={{ width: "8em" }} value={kind} disabled={disabled} onChange={(e) => change(e.target.value as Kind)}>
          {RULES.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {kind === "linear" && (
          <Cell error={errorAt(errors, `indicators.${index}.rule.target`)} id={`ind-${index}-target`}>
            <label className="small" htmlFor={`ind-${index}-target`}>
              <span className="sr-only">{t("indicatorN", { n })}</span>
              {t("target")}
            </label>
            <input
              style={small}
              id={`ind-${index}-target`}
              {...ariaFor(`ind-${index}-target`, errorAt(errors, `indicators.${index}.rule.target`))}
              type="number"
              step="any"
              min={0}
              disabled={disabled}
              {...register(`indicators.${index}.rule.target`, num)}
            />
          </Cell>
        )}
        {kind === "steps" && <Steps index={index} control={control} register={register} errors={errors} disabled={disabled} />}
        {kind === "manual" && <span className="muted small">{t("manual")}</span>}
      </td>
    </>
  );
}

const small = { width: "4.5em" } as const;

function Steps({ index, control, register, errors, disabled }: Omit<Props, "setValue">) {
  const t = useTranslations("schemeRule");
  const steps = useFieldArray({ control, name: `indicators.${index}.rule.steps` });
  const n = index + 1;
  const listError = errorAt(errors, `indicators.${index}.rule.steps`);
  return (
    <div>
      <span className="small muted" id={`ind-${index}-steps-h`}>
        {t("stepsHint")}
      </span>
      <ol aria-labelledby={`ind-${index}-steps-h`} style={{ margin: 0, paddingLeft: "1.4em" }}>
        {steps.fields.map((s, j) => {
          const minErr = errorAt(errors, `indicators.${index}.rule.steps.${j}.min`);
          const scoreErr = errorAt(errors, `indicators.${index}.rule.steps.${j}.score`);
          const ids = { min: `ind-${index}-s${j}-min`, score: `ind-${index}-s${j}-score` };
          return (
            <li key={s.id} style={{ whiteSpace: "nowrap", marginBottom: 4 }}>
              ≥{" "}
              <input
                id={ids.min}
                aria-label={t("stepMin", { n, j: j + 1 })}
                type="number"
                step="any"
                min={0}
                style={small}
                disabled={disabled}
                {...ariaFor(ids.min, minErr)}
                {...register(`indicators.${index}.rule.steps.${j}.min`, num)}
              />{" "}
              {t("scores")}{" "}
              <input
                id={ids.score}
                aria-label={t("stepScore", { n, j: j + 1 })}
                type="number"
                step="any"
                min={0}
                max={100}
                style={small}
                disabled={disabled}
                {...ariaFor(ids.score, scoreErr)}
                {...register(`indicators.${index}.rule.steps.${j}.score`, num)}
              />{" "}
              {t("points")}
              {!disabled && steps.fields.length > 1 && (
                <>
                  {" "}
                  <button type="button" className="secondary small" aria-label={t("removeStep", { n, j: j + 1 })} onClick={() => steps.remove(j)}>
                    ×
                  </button>
                </>
              )}
              {minErr && (
                <div className="error-text small" id={`${ids.min}-error`} role="alert" style={{ whiteSpace: "normal" }}>
                  {minErr}
                </div>
              )}
              {scoreErr && (
                <div className="error-text small" id={`${ids.score}-error`} role="alert" style={{ whiteSpace: "normal" }}>
                  {scoreErr}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {listError && (
        <div className="error-text small" role="alert">
          {listError}
        </div>
      )}
      {!disabled && (
        <button type="button" className="secondary small" onClick={() => steps.append({ min: 0, score: 100 })}>
          {t("addStep")}
        </button>
      )}
    </div>
  );
}

/** The message react-hook-form holds at a dotted path (field-array roots included), if any. */
export function errorAt(errors: unknown, path: string): string | undefined {
  let node: unknown = errors;
  for (const key of path.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  if (!node || typeof node !== "object") return undefined;
  const e = node as { message?: unknown; root?: { message?: unknown } };
  const message = typeof e.message === "string" ? e.message : e.root?.message;
  return typeof message === "string" ? message : undefined;
}

/** Ties an input to the error shown below it (the Cell's message has id `${id}-error`). */
export function ariaFor(id: string, error: string | undefined) {
  return error ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

/** An input with its error directly below it. */
export function Cell({ error, id, children }: { error?: string; id: string; children: ReactNode }) {
  return (
    <div className="field">
      {children}
      {error && (
        <div className="error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
