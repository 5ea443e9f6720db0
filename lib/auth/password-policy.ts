import { text } from "../i18n/text";
import { COMMON_PASSWORDS } from "./common-passwords";

// GB/T 22239-2019 (MLPS 2.0) 8.1.4.1 a): passwords must be complex and changed periodically.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "TOO_FEW_CLASSES" | "COMMON" | "CONTAINS_USERNAME";

/** A password problem in the current language (catalogue: passwordPolicy.*). */
export function passwordProblemMessage(p: PasswordProblem): string {
  return text(`passwordPolicy.${p}`, { min: PASSWORD_MIN, max: PASSWORD_MAX, classes: PASSWORD_MIN_CLASSES });
}

/** The same, as a table read when used (a getter per problem). */
export const PASSWORD_PROBLEM_MESSAGES = Object.defineProperties({} as Record<PasswordProblem, string>, {
  TOO_SHORT: { enumerable: true, get: () => passwordProblemMessage("TOO_SHORT") },
  TOO_LONG: { enumerable: true, get: () => passwordProblemMessage("TOO_LONG") },
  TOO_FEW_CLASSES: { enumerable: true, get: () => passwordProblemMessage("TOO_FEW_CLASSES") },
  COMMON: { enumerable: true, get: () => passwordProblemMessage("COMMON") },
  CONTAINS_USERNAME: { enumerable: true, get: () => passwordProblemMessage("CONTAINS_USERNAME") },
});

export function passwordProblems(password: string, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) problems.push("TOO_SHORT");
  if (length > PASSWORD_MAX) problems.push("TOO_LONG");
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PASSWORD_MIN_CLASSES) problems.push("TOO_FEW_CLASSES");
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(lowered.replace(/[^a-z0-9]/g, ""))) problems.push("COMMON");
  if (username && username.length >= 3 && lowered.includes(username.toLowerCase())) problems.push("CONTAINS_USERNAME");
  return problems;
}
