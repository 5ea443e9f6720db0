import { COMMON_PASSWORDS } from "./common-passwords";

// GB/T 22239-2019 (MLPS 2.0) 8.1.4.1 a): passwords must be complex and changed periodically.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;
export const PASSWORD_MIN_CLASSES = 3;

export type PasswordProblem = "TOO_SHORT" | "TOO_LONG" | "TOO_FEW_CLASSES" | "COMMON" | "CONTAINS_USERNAME";

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `密码至少 ${PASSWORD_MIN} 位`,
  TOO_LONG: `密码最多 ${PASSWORD_MAX} 位`,
  TOO_FEW_CLASSES: `密码须包含大写字母、小写字母、数字、符号中的至少 ${PASSWORD_MIN_CLASSES} 类`,
  COMMON: "该密码过于常见，容易被猜中，请换一个",
  CONTAINS_USERNAME: "密码不能包含用户名",
};

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
