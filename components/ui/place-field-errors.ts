import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Puts a server's refusals at their fields (keys are the dotted paths zod reported, which are the form's
 * own paths since the server parses the same schema) and returns the form-level ones (`_form`) for the
 * summary. One routine for every form, so a message never lands in one place on one form and another on
 * the next.
 */
export function placeFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  separator: string,
): string[] {
  const formLevel: string[] = [];
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (field === "_form") formLevel.push(...messages);
    else setError(field as Path<T>, { type: "server", message: messages.join(separator) });
  }
  return formLevel;
}
