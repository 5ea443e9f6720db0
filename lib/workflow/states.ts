// States and roles of the filing workflow (七 组建程序, 八 运行管理).
// Prisma is imported for types only, so the module also runs in the browser (buttons, badges);
// `satisfies` keeps the lists identical to the enums in prisma/schema.prisma.
import type { AllianceState } from "../db/generated/enums";
import { ROLES } from "../auth/roles";
import { labelsOf } from "../i18n/labels";

export const STATES = [
  "DRAFT",
  "DIVISION_REVIEW",
  "FORM_REVIEW",
  "MEETING",
  "FILING",
  "FILED",
  "RETURNED",
  "REJECTED",
  "REVOKED",
  "DISSOLVED",
] as const satisfies readonly AllianceState[];
export type State = (typeof STATES)[number];

// The labels users see everywhere else: one catalogue for pages and refusal reasons.
export const STATE_LABELS: Record<State, string> = labelsOf("states", STATES);

export { ROLES };
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = labelsOf("roles", ROLES);

/** Nothing leaves these states: a rejected application is re-filed as a new one, not revived. */
export const TERMINAL_STATES: readonly State[] = ["REJECTED", "REVOKED", "DISSOLVED"];

export function isTerminal(state: State): boolean {
  return TERMINAL_STATES.includes(state);
}

/** Runtime guard for values read from forms, URLs or the database. */
export function isState(value: unknown): value is State {
  return typeof value === "string" && (STATES as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
