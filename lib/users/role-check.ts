import type { Role } from "../db/generated/enums";
import { AppError } from "../errors/app-error";
import { roleCombinationProblem } from "../auth/roles";
import { text } from "../i18n/text";

const PROBLEMS = ["NO_ROLE", "DUTY_CONFLICT", "ADMIN_WITH_BUSINESS", "FILER_WITH_OTHER", "FILER_NEEDS_ORG", "REVIEWER_NEEDS_DIVISION"] as const;

/** Each problem's sentence in the current language, read when used (a getter per problem). */
export const ROLE_COMBINATION_MESSAGES: Record<string, string> = Object.defineProperties(
  {},
  Object.fromEntries(PROBLEMS.map((p) => [p, { enumerable: true, get: () => text(`userRules.combination.${p}`) }])),
);

export function assertRoleCombination(roles: Role[], organizationId: string | null, divisionId: string | null): void {
  const problem = roleCombinationProblem(roles, organizationId, divisionId);
  if (problem) throw new AppError(problem === "DUTY_CONFLICT" ? "DUTY_CONFLICT" : "INVALID_INPUT", problem, { roles: [ROLE_COMBINATION_MESSAGES[problem]!] });
}
