import { text } from "../i18n/text";
import { AUDIT_ACTIONS, type TAuditAction } from "./events";

// The name of every audit action in the reader's language (audit.actionNames in the catalogue), and the groups
// the audit log's action filter offers. Read per use: a getter per action, so one table serves every language.
// Keys are typed: a new action without a name in the catalogue fails the type check.
export const ACTION_LABELS: Record<TAuditAction, string> = (() => {
  const out = {} as Record<TAuditAction, string>;
  for (const action of AUDIT_ACTIONS) Object.defineProperty(out, action, { enumerable: true, get: () => text(`audit.actionNames.${action}`) });
  return out;
})();

const GROUPS = [
  { key: "account", prefixes: ["auth.", "user."] },
  { key: "filing", prefixes: ["call.", "intent.", "alliance.", "document."] },
  { key: "filed", prefixes: ["meeting.", "objection."] },
  { key: "assessment", prefixes: ["scheme.", "report.", "assessment.", "revocation.", "reminders."] },
  { key: "operation", prefixes: ["membership.", "member.", "council.", "charter.", "dissolution.", "activity.", "project."] },
  { key: "system", prefixes: ["system.", "settings.", "calendar.", "dashboard.", "audit."] },
] as const;

/** The action filter's groups, in the order an auditor looks for things; every action is in exactly one. */
export const ACTION_GROUPS = GROUPS.map((g) => ({
  ...g,
  get label() {
    return text(`audit.actionGroups.${g.key}`);
  },
}));

export type ActionGroupKey = (typeof GROUPS)[number]["key"];

export function actionsOfGroup(key: ActionGroupKey, all: readonly TAuditAction[]): TAuditAction[] {
  const g = ACTION_GROUPS.find((x) => x.key === key)!;
  return all.filter((a) => g.prefixes.some((p) => a.startsWith(p)));
}

export function actionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABELS, action) ? ACTION_LABELS[action as TAuditAction] : action;
}
