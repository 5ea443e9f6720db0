// The one table of allowed workflow transitions and the check every action runs before it writes.
// Checks run in a fixed order so the refusal a user sees is the most basic one:
//   1. UNKNOWN_TRANSITION  the name is not in the table (e.g. a forged form field)
//   2. WRONG_STATE         the transition does not start from the current state
//   3. WRONG_ROLE          none of the user's roles may fire it
//   4. NOT_OWNER           a reviewer outside the alliance's industry, a filer of another alliance
//   5. OPINION_REQUIRED    review decisions carry the 附件1 四、五 opinion; returns and rejections must say why
//   6. CONDITION_NOT_MET   the policy condition of the transition (八（四）, 附件3 第十一条, resubmission target)
import { currentLocale, text } from "../i18n/text";
import { ROLE_LABELS, STATE_LABELS, type Role, type State } from "./states";

export type TransitionName =
  | "SUBMIT"
  | "RESUBMIT"
  | "DIVISION_PASS"
  | "DIVISION_RETURN"
  | "DIVISION_REJECT"
  | "FORM_PASS"
  | "FORM_RETURN"
  | "FORM_REJECT"
  | "MEETING_APPROVE"
  | "MEETING_REJECT"
  | "MEETING_DEFER"
  | "FILE"
  | "REVOKE"
  | "DISSOLVE";

/** Facts about the actor and the alliance that the caller looked up; absent means "no". */
export interface TransitionContext {
  /** The reviewer's division owns the alliance's industry. */
  ownsIndustry?: boolean;
  /** The filer belongs to the alliance's lead enterprise. */
  ownsAlliance?: boolean;
  /** Reviewer's opinion; required (≥ 5 characters after trimming) for review decisions, returns and rejections. */
  opinion?: string | null;
  /** For RESUBMIT: the review stage that returned the application; defaults to DIVISION_REVIEW. */
  returnedFrom?: State | null;
  /** 八（四）: the last two annual assessments both failed. */
  consecutiveFailingYears?: boolean;
  /** 附件3 第十一条: the council voted dissolution with at least 4/5 in favour. */
  dissolutionVotePassed?: boolean;
}

export interface TransitionDef {
  name: TransitionName;
  from: readonly State[];
  /** "RETURNED_FROM": back to the stage that returned the application (context.returnedFrom). */
  to: State | "RETURNED_FROM";
  roles: readonly Role[];
  /** The policy clause, cited as written in the policy. */
  clause: string;
  /** The button's and the history's name for the transition, in the current language. */
  readonly label: string;
  opinionRequired: boolean;
}

/** A transition whose label is read from the catalogue each time it is used. */
function def(d: Omit<TransitionDef, "label">): TransitionDef {
  return Object.defineProperty({ ...d }, "label", { enumerable: true, get: () => text(`workflow.transition.${d.name}`) }) as TransitionDef;
}

// Admin roles (系统/安全/审计管理员) appear nowhere: they run the system, never decide a filing.
const TABLE: readonly Omit<TransitionDef, "label">[] = [
  { name: "SUBMIT", from: ["DRAFT"], to: "DIVISION_REVIEW", roles: ["ENTERPRISE_FILER"], clause: "七（二）", opinionRequired: false }, // i18n-data
  {
    name: "RESUBMIT",
    from: ["RETURNED"],
    to: "RETURNED_FROM",
    roles: ["ENTERPRISE_FILER"],
    clause: "七（二）、七（三）", // i18n-data
    opinionRequired: false,
  },
  {
    name: "DIVISION_PASS",
    from: ["DIVISION_REVIEW"],
    to: "FORM_REVIEW",
    roles: ["DIVISION_REVIEWER"],
    clause: "七（三）；附件1 四", // i18n-data
    opinionRequired: true,
  },
  {
    name: "DIVISION_RETURN",
    from: ["DIVISION_REVIEW"],
    to: "RETURNED",
    roles: ["DIVISION_REVIEWER"],
    clause: "七（三）；附件1 四", // i18n-data
    opinionRequired: true,
  },
  {
    name: "DIVISION_REJECT",
    from: ["DIVISION_REVIEW"],
    to: "REJECTED",
    roles: ["DIVISION_REVIEWER"],
    clause: "七（三）；附件1 四", // i18n-data
    opinionRequired: true,
  },
  {
    name: "FORM_PASS",
    from: ["FORM_REVIEW"],
    to: "MEETING",
    roles: ["DEPARTMENT_SECRETARY"],
    clause: "七（三）；附件1 五", // i18n-data
    opinionRequired: true,
  },
  {
    name: "FORM_RETURN",
    from: ["FORM_REVIEW"],
    to: "RETURNED",
    roles: ["DEPARTMENT_SECRETARY"],
    clause: "七（三）；附件1 五", // i18n-data
    opinionRequired: true,
  },
  {
    name: "FORM_REJECT",
    from: ["FORM_REVIEW"],
    to: "REJECTED",
    roles: ["DEPARTMENT_SECRETARY"],
    clause: "七（三）；附件1 五", // i18n-data
    opinionRequired: true,
  },
  {
    name: "MEETING_APPROVE",
    from: ["MEETING"],
    to: "FILING",
    roles: ["DEPARTMENT_SECRETARY"],
    clause: "七（三）厅务会审议", // i18n-data
    opinionRequired: false,
  },
  {
    name: "MEETING_REJECT",
    from: ["MEETING"],
    to: "REJECTED",
    roles: ["DEPARTMENT_SECRETARY"],
    clause: "七（三）厅务会审议", // i18n-data
    opinionRequired: true,
  },
  {
    name: "MEETING_DEFER",
    from: ["MEETING"],
    to: "MEETING",
    roles: ["DEPARTMENT_SECRETARY"],
    clause: "七（三）厅务会审议", // i18n-data
    opinionRequired: false,
  },
  { name: "FILE", from: ["FILING"], to: "FILED", roles: ["INSTITUTE_OFFICER"], clause: "七（三）备案", opinionRequired: false }, // i18n-data
  { name: "REVOKE", from: ["FILED"], to: "REVOKED", roles: ["SERVICE_CENTER"], clause: "八（四）", opinionRequired: false }, // i18n-data
  { name: "DISSOLVE", from: ["FILED"], to: "DISSOLVED", roles: ["SERVICE_CENTER"], clause: "附件3 第十一条", opinionRequired: false }, // i18n-data
];

export const TRANSITIONS: readonly TransitionDef[] = TABLE.map(def);

/** Stages a RESUBMIT may go back to: exactly the `from` states of transitions that lead to RETURNED. */
export const RETURNING_STAGES: readonly State[] = TRANSITIONS.filter((t) => t.to === "RETURNED").flatMap((t) => t.from);

export const MIN_OPINION_LENGTH = 5;

export type RefusalCode = "UNKNOWN_TRANSITION" | "WRONG_STATE" | "WRONG_ROLE" | "NOT_OWNER" | "OPINION_REQUIRED" | "CONDITION_NOT_MET";
export type TransitionResult = { ok: true; to: State } | { ok: false; code: RefusalCode; reason: string };

export interface TransitionInput {
  state: State;
  transition: TransitionName;
  roles: readonly Role[];
  context?: TransitionContext;
}

export function findTransition(name: string): TransitionDef | undefined {
  return TRANSITIONS.find((t) => t.name === name);
}

/**
 * A recorded decision's name for the reader (audit sentences, the filing's timeline): the label stored in
 * Chinese when it was taken, as it was; in another language, the transition's name in that language.
 */
export function recordedTransitionLabel(recorded: { label?: string; transition?: string }): string {
  const stored = recorded.label ?? "";
  if (currentLocale() === "zh-CN" || !recorded.transition) return stored;
  return findTransition(recorded.transition)?.label ?? stored;
}

const stateLabel = (s: State): string => STATE_LABELS[s] ?? String(s);
const roleLabel = (r: Role): string => ROLE_LABELS[r] ?? String(r);

/** Ownership is per role: a reviewer must own the industry, a filer the alliance; other roles act department-wide. */
function ownershipRefusal(role: Role, t: TransitionDef, ctx: TransitionContext): string | null {
  if (role === "DIVISION_REVIEWER" && ctx.ownsIndustry !== true) {
    return text("workflow.refusal.notOwnIndustry", { action: t.label });
  }
  if (role === "ENTERPRISE_FILER" && ctx.ownsAlliance !== true) {
    return text("workflow.refusal.notOwnAlliance", { action: t.label });
  }
  return null;
}

function evaluate(input: TransitionInput, skipOpinion: boolean): TransitionResult {
  const { state, transition, roles } = input;
  const ctx = input.context ?? {};
  const t = findTransition(transition);
  if (!t) return { ok: false, code: "UNKNOWN_TRANSITION", reason: text("workflow.refusal.unknown", { action: String(transition) }) };

  if (!t.from.includes(state)) {
    const allowed = t.from.map((s) => text("workflow.refusal.quoted", { name: stateLabel(s) })).join(text("workflow.refusal.listSeparator"));
    return { ok: false, code: "WRONG_STATE", reason: text("workflow.refusal.wrongState", { state: stateLabel(state), action: t.label, allowed }) };
  }

  const acting = roles.filter((r) => t.roles.includes(r));
  if (acting.length === 0) {
    const needed = t.roles.map(roleLabel).join(text("workflow.refusal.orSeparator"));
    const have = roles.length > 0 ? roles.map(roleLabel).join(text("workflow.refusal.listSeparator")) : text("workflow.refusal.noRole");
    return { ok: false, code: "WRONG_ROLE", reason: text("workflow.refusal.wrongRole", { action: t.label, needed, have }) };
  }

  // A user holding several matching roles may act if any one of them passes its ownership guard.
  const ownerRefusals = acting.map((r) => ownershipRefusal(r, t, ctx));
  const firstRefusal = ownerRefusals[0];
  if (ownerRefusals.every((x) => x !== null) && firstRefusal) {
    return { ok: false, code: "NOT_OWNER", reason: firstRefusal };
  }

  if (t.opinionRequired && !skipOpinion && Array.from((ctx.opinion ?? "").trim()).length < MIN_OPINION_LENGTH) {
    return { ok: false, code: "OPINION_REQUIRED", reason: text("workflow.refusal.opinionRequired", { action: t.label, min: MIN_OPINION_LENGTH }) };
  }

  if (t.name === "REVOKE" && ctx.consecutiveFailingYears !== true) {
    return { ok: false, code: "CONDITION_NOT_MET", reason: text("workflow.refusal.revokeCondition") };
  }
  if (t.name === "DISSOLVE" && ctx.dissolutionVotePassed !== true) {
    return { ok: false, code: "CONDITION_NOT_MET", reason: text("workflow.refusal.dissolveCondition") };
  }

  if (t.to === "RETURNED_FROM") {
    const back = ctx.returnedFrom ?? "DIVISION_REVIEW";
    if (!RETURNING_STAGES.includes(back)) {
      return { ok: false, code: "CONDITION_NOT_MET", reason: text("workflow.refusal.notReturningStage", { stage: stateLabel(back), action: t.label }) };
    }
    return { ok: true, to: back };
  }
  return { ok: true, to: t.to };
}

/** Whether `roles` may fire `transition` from `state` now, and where it leads; see the check order above. */
export function checkTransition(input: TransitionInput): TransitionResult {
  return evaluate(input, false);
}

/**
 * Transitions the user may fire now, for showing buttons. The opinion is not checked here because
 * it is typed after the button is pressed; every other guard applies, so a missing fact hides the button.
 */
export function availableTransitions(state: State, roles: readonly Role[], context?: TransitionContext): TransitionName[] {
  return TRANSITIONS.filter((t) => evaluate({ state, transition: t.name, roles, context }, true).ok).map((t) => t.name);
}
