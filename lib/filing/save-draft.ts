import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import type { z } from "../validation/zod";
import type { ZFilingDraftInput } from "../validation/filing";
import { EDITABLE_STATES, editableWhere } from "./editable";
import { toDraftFields } from "./to-form";

type Input = z.output<typeof ZFilingDraftInput>;

const FIELDS = [
  "name",
  "subField",
  "technicalField",
  "chairName",
  "hostUnitName",
  "address",
  "postcode",
  "contactName",
  "phone",
  "fax",
  "innovationGoal",
] as const;

/**
 * Saves the filer's draft as typed. Conditional on the version the form loaded: a save from a
 * second tab or a stale page is refused as a conflict instead of silently overwriting.
 */
export async function saveDraft(user: SessionUser, input: Input) {
  const seen = new Map<string, number>();
  const duplicates: Record<string, string[]> = {};
  input.members.forEach((m, i) => {
    const first = seen.get(m.creditCode);
    if (first !== undefined) duplicates[`members.${i}.creditCode`] = [`与第 ${first + 1} 行的单位重复`];
    else seen.set(m.creditCode, i);
  });
  if (Object.keys(duplicates).length) throw new AppError("INVALID_INPUT", undefined, duplicates);

  return db().$transaction(async (tx) => {
    const before = await tx.alliance.findFirst({
      where: editableWhere(user, input.allianceId),
      include: { memberships: { where: { leftOn: null }, include: { organization: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (!EDITABLE_STATES.includes(before.state)) throw new AppError("FORBIDDEN", undefined, { _form: ["申报已提交，审核期间不能修改"] });

    const data = {
      ...Object.fromEntries(FIELDS.map((f) => [f, input[f] || null])),
      name: input.name,
      agreementEffectiveOn: input.agreementEffectiveOn ? new Date(`${input.agreementEffectiveOn}T00:00:00Z`) : null,
    };
    const { count } = await tx.alliance.updateMany({
      where: { id: before.id, version: input.version, state: { in: EDITABLE_STATES } },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT");

    // Organisations are known once by credit code: an existing one is reused as registered.
    const codes = input.members.map((m) => m.creditCode);
    const known = await tx.organization.findMany({ where: { creditCode: { in: codes } } });
    const missing = input.members.filter((m) => !known.some((o) => o.creditCode === m.creditCode));
    if (missing.length) {
      await tx.organization.createMany({ data: missing.map((m) => ({ creditCode: m.creditCode, name: m.name, type: m.type })), skipDuplicates: true });
    }
    const orgs = await tx.organization.findMany({ where: { creditCode: { in: codes } }, select: { id: true, creditCode: true } });
    const orgId = new Map(orgs.map((o) => [o.creditCode, o.id]));
    await tx.membership.deleteMany({ where: { allianceId: before.id, organizationId: { notIn: [...orgId.values()] } } });
    for (const [i, m] of input.members.entries()) {
      const row = {
        role: m.role,
        chainPosition: m.type === "ENTERPRISE" ? m.chainPosition : null,
        outputValue2022: m.outputValue2022,
        profitTax2022: m.profitTax2022,
        resources: m.resources || null,
        nationalTop10: m.nationalTop10,
        provincialTop10: m.provincialTop10,
        disciplineStrengths: m.disciplineStrengths || null,
        disciplineLeader: m.disciplineLeader || null,
        contactEmail: m.contactEmail || null,
        sortOrder: i,
      };
      const organizationId = orgId.get(m.creditCode)!;
      await tx.membership.upsert({
        where: { allianceId_organizationId: { allianceId: before.id, organizationId } },
        create: { allianceId: before.id, organizationId, ...row },
        update: row,
      });
    }

    const old = toDraftFields(before);
    const changed = [...FIELDS, "agreementEffectiveOn" as const].filter((f) => (old[f] ?? "") !== (input[f] ?? ""));
    if (JSON.stringify(old.members) !== JSON.stringify(input.members)) changed.push("members" as never);
    await recordAudit(tx, actorOf(user), {
      action: "alliance.draft_saved",
      entityType: "Alliance",
      entityId: before.id,
      summary: { changed, members: input.members.length, newOrganizations: missing.map((m) => m.creditCode) },
    });
    return { version: input.version + 1, savedAt: new Date().toISOString() };
  });
}
