"use client";

import { useForm, type FieldValues, type UseFormProps, type UseFormReturn } from "react-hook-form";

/**
 * useForm for a form that acts on one record given by the page: its id, its version, the year it belongs to.
 * react-hook-form keeps its default values for the life of the component, and React keeps the component when the page
 * renders again with another record (a year chosen by a search parameter) or a newer version (router.refresh() after
 * an action), so a plain useForm would send the record it was first shown with. Seen: the scoring page, opened on the
 * latest year and switched to 2023, published 2026's results. Here the record's fields are always the latest render's:
 * they are put over the values the form submits (what the user typed is kept).
 */
export function useRecordForm<T extends FieldValues, C = unknown, O extends FieldValues = T>(
  record: Partial<T>,
  options: UseFormProps<T, C, O> = {},
): UseFormReturn<T, C, O> {
  const form = useForm<T, C, O>({ ...options, defaultValues: { ...options.defaultValues, ...record } as UseFormProps<T, C, O>["defaultValues"] });
  const handleSubmit: UseFormReturn<T, C, O>["handleSubmit"] = (onValid, onInvalid) =>
    form.handleSubmit((values, event) => onValid({ ...values, ...record } as O, event), onInvalid);
  return { ...form, handleSubmit };
}
