"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { placeFieldErrors } from "./place-field-errors";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * Runs a server action from a form and puts its refusals where they belong: field errors at their
 * fields, everything else in the summary. The form's values are left as typed.
 */
export function useActionForm<T extends FieldValues>(setError: UseFormSetError<T>) {
  const t = useTranslations("errors");
  const tu = useTranslations("ui");
  const [summary, setSummary] = useState<string | null>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [done, setDone] = useState(false);

  async function run<R>(call: () => Promise<ActionResult<R>>): Promise<R | undefined> {
    setSummary(null);
    setDetails([]);
    setDone(false);
    let result: ActionResult<R>;
    try {
      result = await call();
    } catch {
      setSummary(t("INTERNAL"));
      return undefined;
    }
    if (result.ok) {
      setDone(true);
      return result.data;
    }
    setDetails(placeFieldErrors(setError, result.fieldErrors, tu("fieldErrorSeparator")));
    setSummary(t(result.code));
    return undefined;
  }

  return { run, summary, details, done };
}
