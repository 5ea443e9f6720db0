import type { AllianceState } from "./generated/enums";
import type { Tx } from "./client";
import { recordAudit, type AuditActor } from "../audit/record";
import { TRANSITIONS, type TransitionName } from "../workflow/transitions";
import { DEPARTMENT_UNIT } from "../review/facts";

// The steps a seeded filing went through to reach its state, so its timeline, opinions and meeting
// packet look like those of a real one. Opinions are demo wording. Each step carries the date of its
// filing's story (issue 14 item 17), not the seeding day: a filed alliance was submitted, reviewed,
// decided and filed in the weeks before its filing date; one still in review reached its stage on the
// day its queue age says, and the steps before it happened in the weeks before that.
const PATHS: Partial<Record<AllianceState, TransitionName[]>> = {
  RETURNED: ["DIVISION_RETURN"],
  REJECTED: ["DIVISION_REJECT"],
  FORM_REVIEW: ["DIVISION_PASS"],
  MEETING: ["DIVISION_PASS", "FORM_PASS"],
  FILING: ["DIVISION_PASS", "FORM_PASS", "MEETING_APPROVE"],
  FILED: ["DIVISION_PASS", "FORM_PASS", "MEETING_APPROVE", "FILE"],
  REVOKED: ["DIVISION_PASS", "FORM_PASS", "MEETING_APPROVE", "FILE", "REVOKE"],
};

const OPINIONS: Partial<Record<TransitionName, { stage: "DIVISION" | "FORM"; decision: "PASS" | "RETURN" | "REJECT"; text: string }>> = {
  DIVISION_PASS: { stage: "DIVISION", decision: "PASS", text: "该联盟围绕我省重点产业链组建，组建必要性充分，技术创新目标明确，同意提交组织形式审核。" },
  DIVISION_RETURN: { stage: "DIVISION", decision: "RETURN", text: "请补充下游应用企业的合作基础说明，并核对成员单位2022年产值数据。" },
  DIVISION_REJECT: { stage: "DIVISION", decision: "REJECT", text: "与已备案联盟方向重复，不予通过。" },
  FORM_PASS: { stage: "FORM", decision: "PASS", text: "成员构成、理事会组成和章程符合组织形式要求。" },
};

type Step = "SUBMIT" | TransitionName;
const DAY = 86_400_000;
/** Days from the step before to this one: a division takes about ten days, a meeting waits for its session; the officer files some three weeks after the 厅务会 (the demo filing dates then keep the meetings off the October and May holidays). */
const DAYS_BEFORE: Partial<Record<Step, number>> = {
  DIVISION_PASS: 10,
  DIVISION_RETURN: 9,
  DIVISION_REJECT: 12,
  FORM_PASS: 7,
  MEETING_APPROVE: 12,
  FILE: 20,
};
/** The time of day (Beijing) each earlier step is taken at, so a timeline reads like office hours. */
const CLOCK: Partial<Record<Step, [number, number]>> = {
  SUBMIT: [10, 20],
  DIVISION_PASS: [15, 40],
  DIVISION_RETURN: [16, 5],
  DIVISION_REJECT: [16, 30],
  FORM_PASS: [11, 5],
  MEETING_APPROVE: [9, 30],
};
/** A state the demo seeds without an age (its stage reached "today") is given one, so no step falls on the seeding day. */
const DAYS_AGO_IF_UNDATED: Partial<Record<AllianceState, number>> = { FILING: 2, REJECTED: 9, DIVISION_REVIEW: 5, RETURNED: 4, FORM_REVIEW: 3, MEETING: 6 };

/** The same China calendar day as `d`, at hh:mm Beijing time. */
function onChinaDay(d: Date, [hh, mm]: [number, number]): Date {
  const china = new Date(d.getTime() + 8 * 3_600_000);
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), hh - 8, mm));
}

/** The Friday before, if `d` falls on a weekend in China: offices submit and decide on working days. */
function weekday(d: Date): Date {
  const dow = new Date(d.getTime() + 8 * 3_600_000).getUTCDay();
  return dow === 6 ? new Date(d.getTime() - DAY) : dow === 0 ? new Date(d.getTime() - 2 * DAY) : d;
}

function chinaDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The dates of a filing's steps, read backwards from the one the story fixes: the filing date for a filed
 * (or later revoked) alliance, the day it entered its current stage otherwise. Pure, for the seed and its test.
 */
export function storyDates(
  state: AllianceState,
  anchor: { filedAt?: Date | null; revokedAt?: Date | null; stateSince: Date },
  now = new Date(),
): { step: Step; at: Date }[] {
  const steps: Step[] = ["SUBMIT", ...(PATHS[state] ?? [])];
  const out = new Map<Step, Date>();
  let last = steps.length - 1;
  if (steps[last] === "REVOKE") {
    out.set("REVOKE", anchor.revokedAt ?? anchor.stateSince);
    last -= 1;
  }
  if (steps[last] === "FILE" && anchor.filedAt) out.set("FILE", anchor.filedAt);
  else {
    // The stage was reached when the queue says; a state seeded without an age is given one.
    const undated = chinaDay(anchor.stateSince) === chinaDay(now);
    out.set(steps[last]!, undated ? new Date(now.getTime() - (DAYS_AGO_IF_UNDATED[state] ?? 3) * DAY) : anchor.stateSince);
  }
  for (let i = last; i > 0; i--) {
    const next = out.get(steps[i]!)!;
    out.set(steps[i - 1]!, onChinaDay(weekday(new Date(next.getTime() - (DAYS_BEFORE[steps[i]!] ?? 7) * DAY)), CLOCK[steps[i - 1]!] ?? [10, 0]));
  }
  return steps.map((step) => ({ step, at: out.get(step)! }));
}

export interface SeededActors {
  filer: AuditActor & { actorId: string };
  reviewer: AuditActor & { actorId: string };
  secretary: AuditActor & { actorId: string };
  officer: AuditActor & { actorId: string };
  center: AuditActor & { actorId: string };
}

export async function seedHistory(
  tx: Tx,
  a: { id: string; state: AllianceState; versionId: string; divisionName: string; filingNumber?: string },
  who: SeededActors,
  now = new Date(),
): Promise<void> {
  const stored = await tx.alliance.findUniqueOrThrow({
    where: { id: a.id },
    select: { stateSince: true, filing: { select: { filedAt: true, revokedAt: true } } },
  });
  const dates = storyDates(a.state, { stateSince: stored.stateSince, filedAt: stored.filing?.filedAt, revokedAt: stored.filing?.revokedAt }, now);
  const at = (step: Step) => dates.find((d) => d.step === step)!.at;
  const lastStep = dates[dates.length - 1]!.at;
  // The alliance and its version say the same: submitted on the story's day, in its stage since its last step.
  await tx.alliance.update({ where: { id: a.id }, data: { submittedAt: at("SUBMIT"), stateSince: lastStep, updatedAt: lastStep } });
  await tx.applicationVersion.update({ where: { id: a.versionId }, data: { submittedAt: at("SUBMIT") } });

  await recordAudit(
    tx,
    who.filer,
    {
      action: "alliance.submitted",
      entityType: "Alliance",
      entityId: a.id,
      summary: { versionNo: 1, state: "DIVISION_REVIEW", transition: "SUBMIT" },
    },
    { at: at("SUBMIT") },
  );
  let from: AllianceState = "DIVISION_REVIEW";
  for (const name of PATHS[a.state] ?? []) {
    const def = TRANSITIONS.find((t) => t.name === name)!;
    const to: AllianceState = def.to === "RETURNED_FROM" ? "DIVISION_REVIEW" : def.to;
    const actor = name.startsWith("DIVISION") ? who.reviewer : name === "FILE" ? who.officer : name === "REVOKE" ? who.center : who.secretary;
    const when = at(name);
    const op = OPINIONS[name];
    const opinion = op
      ? await tx.reviewOpinion.create({
          data: {
            allianceId: a.id,
            versionId: a.versionId,
            stage: op.stage,
            decision: op.decision,
            opinion: op.text,
            reviewUnit: op.stage === "DIVISION" ? a.divisionName : DEPARTMENT_UNIT,
            reviewerId: actor.actorId,
            createdAt: when,
          },
        })
      : null;
    // The 厅务会 that approved it sat that month (the demo numbers its sessions by month).
    const china = new Date(when.getTime() + 8 * 3_600_000);
    const extra =
      name === "MEETING_APPROVE"
        ? { sessionNo: `${china.getUTCFullYear()}年第${china.getUTCMonth() + 1}次`, note: "同意予以备案" }
        : name === "FILE" && a.filingNumber
          ? { number: a.filingNumber }
          : {};
    await recordAudit(
      tx,
      actor,
      {
        action: "alliance.transitioned",
        entityType: "Alliance",
        entityId: a.id,
        summary: { transition: name, label: def.label, from, to, versionNo: 1, ...(opinion ? { opinionId: opinion.id } : {}), ...extra },
      },
      { at: when },
    );
    from = to;
  }
}
