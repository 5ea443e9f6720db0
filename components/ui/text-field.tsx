"use client";

import { forwardRef, useId, type InputHTMLAttributes } from "react";

/** `describedBy`: ids of further descriptions (e.g. a reviewer's note beside the field). */
type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string; describedBy?: string };

/** A labelled input whose error is announced and tied to it (aria-describedby). */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField({ label, error, hint, describedBy, id, type = "text", ...rest }, ref) {
  const auto = useId();
  const inputId = id ?? auto;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={ref}
        id={inputId}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId, describedBy].filter(Boolean).join(" ") || undefined}
        {...rest}
      />
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <div className="error" id={errorId} role="alert">
          {error}
        </div>
      )}
    </div>
  );
});
