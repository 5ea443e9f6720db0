import type { AllianceState } from "./generated/enums";
import type { Tx } from "./client";
import { recordAudit, type AuditActor } from "../audit/record";
import { TRANSITIONS, type TransitionName } from "../workflow/transitions";
import { DEPARTMENT_UNIT } from "../review/facts";

// The steps a seeded filing went through to reach its state, so its timeline, opinions and meeting
// packet look like those of a real one. Opinions are demo wording.
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
): Promise<void> {
  await recordAudit(tx, who.filer, {
    action: "alliance.submitted",
    entityType: "Alliance",
    entityId: a.id,
    summary: { versionNo: 1, state: "DIVISION_REVIEW", transition: "SUBMIT" },
  });
  let from: AllianceState = "DIVISION_REVIEW";
  for (const name of PATHS[a.state] ?? []) {
    const def = TRANSITIONS.find((t) => t.name === name)!;
    const to: AllianceState = def.to === "RETURNED_FROM" ? "DIVISION_REVIEW" : def.to;
    const actor = name.startsWith("DIVISION") ? who.reviewer : name === "FILE" ? who.officer : name === "REVOKE" ? who.center : who.secretary;
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
          },
        })
      : null;
    const extra =
      name === "MEETING_APPROVE" ? { sessionNo: "2026年第15次", note: "同意予以备案" } : name === "FILE" && a.filingNumber ? { number: a.filingNumber } : {};
    await recordAudit(tx, actor, {
      action: "alliance.transitioned",
      entityType: "Alliance",
      entityId: a.id,
      summary: { transition: name, label: def.label, from, to, versionNo: 1, ...(opinion ? { opinionId: opinion.id } : {}), ...extra },
    });
    from = to;
  }
}
