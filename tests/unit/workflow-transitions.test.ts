import { describe, it, expect } from "vitest";
import {
  ROLES,
  STATES,
  STATE_LABELS,
  TRANSITIONS,
  availableTransitions,
  checkTransition,
  isTerminal,
  type Role,
  type State,
  type TransitionContext,
  type TransitionName,
} from "../../lib/workflow";

// Written out by hand on purpose: the expectations must not be derived from the module under test.
const ALL_STATES: State[] = ["DRAFT", "DIVISION_REVIEW", "FORM_REVIEW", "MEETING", "FILING", "FILED", "RETURNED", "REJECTED", "REVOKED", "DISSOLVED"];
const ALL_ROLES: Role[] = [
  "ENTERPRISE_FILER",
  "DIVISION_REVIEWER",
  "DEPARTMENT_SECRETARY",
  "INSTITUTE_OFFICER",
  "SERVICE_CENTER",
  "SYSTEM_ADMIN",
  "SECURITY_ADMIN",
  "AUDIT_ADMIN",
];
const ALL_TRANSITIONS: TransitionName[] = [
  "SUBMIT",
  "RESUBMIT",
  "DIVISION_PASS",
  "DIVISION_RETURN",
  "DIVISION_REJECT",
  "FORM_PASS",
  "FORM_RETURN",
  "FORM_REJECT",
  "MEETING_APPROVE",
  "MEETING_REJECT",
  "MEETING_DEFER",
  "FILE",
  "REVOKE",
  "DISSOLVE",
];

/** "STATE|TRANSITION|ROLE" → expected target state, straight from the brief (七（二）（三）, 八（四）, 附件3 第十一条). */
const ALLOWED = new Map<string, State>([
  ["DRAFT|SUBMIT|ENTERPRISE_FILER", "DIVISION_REVIEW"],
  ["RETURNED|RESUBMIT|ENTERPRISE_FILER", "DIVISION_REVIEW"],
  ["DIVISION_REVIEW|DIVISION_PASS|DIVISION_REVIEWER", "FORM_REVIEW"],
  ["DIVISION_REVIEW|DIVISION_RETURN|DIVISION_REVIEWER", "RETURNED"],
  ["DIVISION_REVIEW|DIVISION_REJECT|DIVISION_REVIEWER", "REJECTED"],
  ["FORM_REVIEW|FORM_PASS|DEPARTMENT_SECRETARY", "MEETING"],
  ["FORM_REVIEW|FORM_RETURN|DEPARTMENT_SECRETARY", "RETURNED"],
  ["FORM_REVIEW|FORM_REJECT|DEPARTMENT_SECRETARY", "REJECTED"],
  ["MEETING|MEETING_APPROVE|DEPARTMENT_SECRETARY", "FILING"],
  ["MEETING|MEETING_REJECT|DEPARTMENT_SECRETARY", "REJECTED"],
  ["MEETING|MEETING_DEFER|DEPARTMENT_SECRETARY", "MEETING"],
  ["FILING|FILE|INSTITUTE_OFFICER", "FILED"],
  ["FILED|REVOKE|SERVICE_CENTER", "REVOKED"],
  ["FILED|DISSOLVE|SERVICE_CENTER", "DISSOLVED"],
]);
/** "STATE|TRANSITION" pairs where the transition starts at all (by any role). */
const STARTS = new Set([...ALLOWED.keys()].map((k) => k.split("|").slice(0, 2).join("|")));

const PERMISSIVE: TransitionContext = {
  ownsIndustry: true,
  ownsAlliance: true,
  opinion: "成员单位材料不完整，请补充",
  consecutiveFailingYears: true,
  dissolutionVotePassed: true,
};
const CHINESE = /[\u4e00-\u9fff]/;

describe("workflow module shape", () => {
  it("exports exactly the Prisma enum values and the 14 transitions", () => {
    expect([...STATES].sort()).toEqual([...ALL_STATES].sort());
    expect([...ROLES].sort()).toEqual([...ALL_ROLES].sort());
    expect(TRANSITIONS.map((t) => t.name).sort()).toEqual([...ALL_TRANSITIONS].sort());
    for (const t of TRANSITIONS) {
      expect(t.label).toMatch(CHINESE);
      expect(t.clause.length).toBeGreaterThan(0);
    }
  });
});

describe("every (state, transition, role) triple", () => {
  it("is allowed exactly when the hand-written allow-list says so, otherwise refused with a reason", () => {
    let tested = 0;
    for (const state of ALL_STATES) {
      for (const transition of ALL_TRANSITIONS) {
        for (const role of ALL_ROLES) {
          tested++;
          const key = `${state}|${transition}|${role}`;
          const result = checkTransition({ state, transition, roles: [role], context: PERMISSIVE });
          const expectedTo = ALLOWED.get(key);
          if (expectedTo !== undefined) {
            expect(result, key).toEqual({ ok: true, to: expectedTo });
          } else {
            expect(result.ok, key).toBe(false);
            if (result.ok) continue;
            expect(result.code, key).toBe(STARTS.has(`${state}|${transition}`) ? "WRONG_ROLE" : "WRONG_STATE");
            expect(result.reason, key).toMatch(CHINESE);
          }
        }
      }
    }
    console.log(`workflow: ${tested} (state, transition, role) triples tested`);
    expect(tested).toBe(10 * 14 * 8);
  });

  it("names the state and the transition in a wrong-state reason, and the roles in a wrong-role reason", () => {
    const wrongState = checkTransition({ state: "FORM_REVIEW", transition: "DIVISION_PASS", roles: ["DIVISION_REVIEWER"], context: PERMISSIVE });
    expect(wrongState.ok === false && wrongState.reason).toContain("当前状态为“组织形式审核中”，不能执行“处室审核通过”");
    const wrongRole = checkTransition({ state: "FILING", transition: "FILE", roles: ["SYSTEM_ADMIN"], context: PERMISSIVE });
    expect(wrongRole).toMatchObject({ ok: false, code: "WRONG_ROLE" });
    expect(wrongRole.ok === false && wrongRole.reason).toContain("系统管理员");
    expect(wrongRole.ok === false && wrongRole.reason).toContain("予以备案");
  });

  it("refuses a user with no roles and an unknown transition name", () => {
    expect(checkTransition({ state: "DRAFT", transition: "SUBMIT", roles: [], context: PERMISSIVE })).toMatchObject({ ok: false, code: "WRONG_ROLE" });
    const unknown = checkTransition({ state: "DRAFT", transition: "APPROVE_ALL" as TransitionName, roles: ["ENTERPRISE_FILER"], context: PERMISSIVE });
    expect(unknown).toMatchObject({ ok: false, code: "UNKNOWN_TRANSITION" });
    expect(unknown.ok === false && unknown.reason).toMatch(CHINESE);
  });
});

describe("guards", () => {
  it("refuses a division reviewer outside the alliance's industry and a filer of another alliance", () => {
    const reviewer = checkTransition({
      state: "DIVISION_REVIEW",
      transition: "DIVISION_PASS",
      roles: ["DIVISION_REVIEWER"],
      context: { ...PERMISSIVE, ownsIndustry: false },
    });
    expect(reviewer).toMatchObject({ ok: false, code: "NOT_OWNER" });
    expect(reviewer.ok === false && reviewer.reason).toMatch(CHINESE);
    const filer = checkTransition({ state: "DRAFT", transition: "SUBMIT", roles: ["ENTERPRISE_FILER"], context: { ...PERMISSIVE, ownsAlliance: undefined } });
    expect(filer).toMatchObject({ ok: false, code: "NOT_OWNER" });
    // Without any context the ownership facts are unknown, so the answer is no.
    expect(checkTransition({ state: "RETURNED", transition: "RESUBMIT", roles: ["ENTERPRISE_FILER"] })).toMatchObject({ ok: false, code: "NOT_OWNER" });
  });

  it("requires an opinion of at least 5 characters for review decisions, returns and rejections", () => {
    const cases: [State, TransitionName, Role][] = [
      ["DIVISION_REVIEW", "DIVISION_PASS", "DIVISION_REVIEWER"],
      ["FORM_REVIEW", "FORM_PASS", "DEPARTMENT_SECRETARY"],
      ["DIVISION_REVIEW", "DIVISION_RETURN", "DIVISION_REVIEWER"],
      ["DIVISION_REVIEW", "DIVISION_REJECT", "DIVISION_REVIEWER"],
      ["FORM_REVIEW", "FORM_RETURN", "DEPARTMENT_SECRETARY"],
      ["FORM_REVIEW", "FORM_REJECT", "DEPARTMENT_SECRETARY"],
      ["MEETING", "MEETING_REJECT", "DEPARTMENT_SECRETARY"],
    ];
    for (const [state, transition, role] of cases) {
      for (const opinion of [undefined, null, "", "   ", "  不通过  ", "材料缺"]) {
        const r = checkTransition({ state, transition, roles: [role], context: { ...PERMISSIVE, opinion } });
        expect(r, `${transition} ${String(opinion)}`).toMatchObject({ ok: false, code: "OPINION_REQUIRED" });
        expect(r.ok === false && r.reason).toMatch(CHINESE);
      }
      expect(checkTransition({ state, transition, roles: [role], context: { ...PERMISSIVE, opinion: " 缺少合作协议 " } }).ok).toBe(true);
    }
    // The meeting's approval and the filing itself need none (the meeting minutes are the record).
    expect(
      checkTransition({ state: "MEETING", transition: "MEETING_APPROVE", roles: ["DEPARTMENT_SECRETARY"], context: { ...PERMISSIVE, opinion: "" } }).ok,
    ).toBe(true);
    expect(checkTransition({ state: "FILING", transition: "FILE", roles: ["INSTITUTE_OFFICER"], context: { ...PERMISSIVE, opinion: "" } }).ok).toBe(true);
  });

  it("checks ownership before the opinion", () => {
    const r = checkTransition({ state: "DIVISION_REVIEW", transition: "DIVISION_RETURN", roles: ["DIVISION_REVIEWER"], context: { opinion: "" } });
    expect(r).toMatchObject({ ok: false, code: "NOT_OWNER" });
  });

  it("revokes a filing only after two consecutive failing years (八（四）)", () => {
    for (const consecutiveFailingYears of [false, undefined]) {
      const r = checkTransition({ state: "FILED", transition: "REVOKE", roles: ["SERVICE_CENTER"], context: { ...PERMISSIVE, consecutiveFailingYears } });
      expect(r).toMatchObject({ ok: false, code: "CONDITION_NOT_MET" });
      expect(r.ok === false && r.reason).toContain("连续两年");
    }
  });

  it("dissolves only after a passed council vote (附件3 第十一条)", () => {
    const r = checkTransition({ state: "FILED", transition: "DISSOLVE", roles: ["SERVICE_CENTER"], context: { ...PERMISSIVE, dissolutionVotePassed: false } });
    expect(r).toMatchObject({ ok: false, code: "CONDITION_NOT_MET" });
    expect(r.ok === false && r.reason).toContain("理事会");
  });
});

describe("targets", () => {
  const resubmit = (returnedFrom: State | undefined) =>
    checkTransition({ state: "RETURNED", transition: "RESUBMIT", roles: ["ENTERPRISE_FILER"], context: { ...PERMISSIVE, returnedFrom } });

  it("resubmits to the stage that returned the application, division review by default", () => {
    expect(resubmit("FORM_REVIEW")).toEqual({ ok: true, to: "FORM_REVIEW" });
    expect(resubmit("DIVISION_REVIEW")).toEqual({ ok: true, to: "DIVISION_REVIEW" });
    expect(resubmit(undefined)).toEqual({ ok: true, to: "DIVISION_REVIEW" });
  });

  it("refuses to resubmit to a stage that cannot return an application", () => {
    for (const s of ["FILED", "MEETING", "DRAFT", "RETURNED"] as const) {
      expect(resubmit(s), s).toMatchObject({ ok: false, code: "CONDITION_NOT_MET" });
    }
  });

  it("keeps a deferred application in MEETING for the next meeting", () => {
    expect(checkTransition({ state: "MEETING", transition: "MEETING_DEFER", roles: ["DEPARTMENT_SECRETARY"] })).toEqual({ ok: true, to: "MEETING" });
  });
});

describe("terminal states and available transitions", () => {
  it("allows nothing from REJECTED, REVOKED and DISSOLVED", () => {
    for (const state of ALL_STATES) {
      expect(isTerminal(state), state).toBe(["REJECTED", "REVOKED", "DISSOLVED"].includes(state));
    }
    for (const state of ["REJECTED", "REVOKED", "DISSOLVED"] as const) {
      expect(availableTransitions(state, ALL_ROLES, PERMISSIVE), state).toEqual([]);
      for (const transition of ALL_TRANSITIONS) {
        expect(checkTransition({ state, transition, roles: ALL_ROLES, context: PERMISSIVE }).ok).toBe(false);
      }
    }
  });

  it("lists the buttons a user may press now", () => {
    expect(availableTransitions("DRAFT", ["ENTERPRISE_FILER"], PERMISSIVE)).toEqual(["SUBMIT"]);
    expect(availableTransitions("DRAFT", ["ENTERPRISE_FILER"], { ownsAlliance: false })).toEqual([]);
    expect(availableTransitions("DIVISION_REVIEW", ["DIVISION_REVIEWER"], { ownsIndustry: true }).sort()).toEqual([
      "DIVISION_PASS",
      "DIVISION_REJECT",
      "DIVISION_RETURN",
    ]);
    expect(availableTransitions("DIVISION_REVIEW", ["DIVISION_REVIEWER"], { ownsIndustry: false })).toEqual([]);
    expect(availableTransitions("MEETING", ["DEPARTMENT_SECRETARY"]).sort()).toEqual(["MEETING_APPROVE", "MEETING_DEFER", "MEETING_REJECT"]);
    expect(availableTransitions("FILED", ["SERVICE_CENTER"], { consecutiveFailingYears: true })).toEqual(["REVOKE"]);
    expect(availableTransitions("FILED", ["SERVICE_CENTER"], PERMISSIVE).sort()).toEqual(["DISSOLVE", "REVOKE"]);
    expect(availableTransitions("FILING", ["SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"], PERMISSIVE)).toEqual([]);
  });

  it("has a Chinese label for every state", () => {
    for (const state of ALL_STATES) expect(STATE_LABELS[state]).toMatch(CHINESE);
  });
});
