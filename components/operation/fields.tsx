"use client";

import { forwardRef, useId, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

// The textarea and select twins of components/ui/text-field: label, hint and announced error tied to the control.
function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

type AreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string; hint?: string };

export const TextAreaField = forwardRef<HTMLTextAreaElement, AreaProps>(function TextAreaField({ label, error, hint, id, rows = 3, ...rest }, ref) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <textarea ref={ref} id={fieldId} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...rest} />
      {hint && (
        <div className="hint" id={`${fieldId}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="error" id={`${fieldId}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
});

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  error?: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
};

export const SelectField = forwardRef<HTMLSelectElement, SelectProps>(function SelectField({ label, error, hint, id, options, ...rest }, ref) {
  const auto = useId();
  const fieldId = id ?? auto;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <select ref={ref} id={fieldId} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <div className="hint" id={`${fieldId}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="error" id={`${fieldId}-error`} role="alert">
          {error}
        </div>
      )}
    </div>
  );
});

/** react-hook-form: an empty number box is "not given", not NaN. */
export const optionalNumber = { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v)) };
