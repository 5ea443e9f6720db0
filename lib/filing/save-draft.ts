import "server-only";
import crypto from "node:crypto";
import type { Membership } from "../db/generated/client";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import { recordAudit } from "../audit/record";
import { actorOf, type SessionUser } from "../auth/session";
import type { z } from "../validation/zod";
import type { ZFilingDraftInput } from "../validation/filing";
import { EDITABLE_STATES, editableWhere } from "./editable";
import { toDraftFields } from "./to-form";
import { text } from "../i18n/text";

type Input = z.output<typeof ZFilingDraftInput>;
type Member = Input["members"][number];

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

// What a membership row stores of a listed member (name and type belong to the organisation, registered once).
const MEMBER_FIELDS = [
  "role",
  "chainPosition",
  "outputValue2022",
  "profitTax2022",
  "resources",
  "nationalTop10",
  "provincialTop10",
  "disciplineStrengths",
  "disciplineLeader",
  "contactEmail",
  "sortOrder",
] as const;
type MemberRow = { [K in (typeof MEMBER_FIELDS)[number]]: string | number | boolean | null };

function rowOf(m: Member, sortOrder: number): MemberRow {
  return {
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
    sortOrder,
  };
}

const num = (v: { toString(): string } | null) => (v === null ? null : Number(v.toString()));

function storedRow(m: Membership): MemberRow {
  return {
    role: m.role,
    chainPosition: m.chainPosition,
    outputValue2022: num(m.outputValue2022),
    profitTax2022: num(m.profitTax2022),
    resources: m.resources,
    nationalTop10: m.nationalTop10,
    provincialTop10: m.provincialTop10,
    disciplineStrengths: m.disciplineStrengths,
    disciplineLeader: m.disciplineLeader,
    contactEmail: m.contactEmail,
    sortOrder: m.sortOrder,
  };
}

/**
 * Saves the filer's draft as typed. Conditional on the version the form loaded: a save from a
 * second tab or a stale page is refused as a conflict instead of silently overwriting.
 * A save that would store nothing new (an autosave re-sending what is stored) writes nothing: no
 * version bump, no audit event; it answers with the current version. A real change costs a fixed
 * number of statements however many members are listed (set-based writes, only the changed rows).
 */
export async function saveDraft(user: SessionUser, input: Input) {
  const seen = new Map<string, number>();
  const duplicates: Record<string, string[]> = {};
  input.members.forEach((m, i) => {
    const first = seen.get(m.creditCode);
    if (first !== undefined) duplicates[`members.${i}.creditCode`] = [text("filing.duplicateOfRow", { row: first + 1 })];
    else seen.set(m.creditCode, i);
  });
  if (Object.keys(duplicates).length) throw new AppError("INVALID_INPUT", undefined, duplicates);

  // Read outside the transaction: inside it the read would see no steadier a picture (each statement of a
  // READ COMMITTED transaction has its own snapshot), and the version condition of the update below
  // refuses any save whose picture went stale meanwhile.
  const before = await db().alliance.findFirst({
    where: editableWhere(user, input.allianceId),
    include: { memberships: { where: { leftOn: null }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { organization: true } } },
  });
  if (!before) throw new AppError("NOT_FOUND");
  if (!EDITABLE_STATES.includes(before.state)) throw new AppError("FORBIDDEN", undefined, { _form: [text("filing.lockedDuringReview")] });

  const old = toDraftFields(before);
  const changed: string[] = [...FIELDS, "agreementEffectiveOn" as const].filter((f) => (old[f] ?? "") !== (input[f] ?? ""));
  const stored = new Map(before.memberships.map((m) => [m.organization.creditCode, storedRow(m)]));
  const listed = new Set(input.members.map((m) => m.creditCode));
  const added: string[] = [];
  const updated: { creditCode: string; fields: string[] }[] = [];
  const writes: { member: Member; row: MemberRow }[] = [];
  input.members.forEach((m, i) => {
    const row = rowOf(m, i);
    const was = stored.get(m.creditCode);
    const fields = was ? MEMBER_FIELDS.filter((f) => was[f] !== row[f]) : [];
    if (!was) added.push(m.creditCode);
    else if (fields.length) updated.push({ creditCode: m.creditCode, fields: [...fields] });
    if (!was || fields.length) writes.push({ member: m, row });
  });
  const removed = [...stored.keys()].filter((c) => !listed.has(c));
  if (added.length || removed.length || updated.length) changed.push("members");

  if (changed.length === 0 && before.version === input.version) return { version: before.version, savedAt: new Date().toISOString() };

  return db().$transaction(async (tx) => {
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

    // Organisations are known once by credit code: an existing one is reused as registered. Only codes
    // the draft did not list yet can be new.
    const unknown = input.members.filter((m) => !stored.has(m.creditCode));
    const newOrganizations = unknown.length
      ? (
          await tx.$queryRaw<{ creditCode: string }[]>`
            INSERT INTO "Organization" ("id", "creditCode", "name", "type", "updatedAt")
            SELECT u.id, u.code, u.name, u.type::"OrgType", now()
            FROM unnest(${unknown.map(() => crypto.randomUUID())}::text[], ${unknown.map((m) => m.creditCode)}::text[],
                        ${unknown.map((m) => m.name)}::text[], ${unknown.map((m) => m.type)}::text[]) AS u(id, code, name, type)
            ON CONFLICT ("creditCode") DO NOTHING
            RETURNING "creditCode"`
        ).map((r) => r.creditCode)
      : [];

    // Every row of the alliance whose organisation is no longer listed goes (also one that had left).
    await tx.$executeRaw`
      DELETE FROM "Membership" m USING "Organization" o
      WHERE m."allianceId" = ${before.id} AND o."id" = m."organizationId" AND NOT (o."creditCode" = ANY(${[...listed]}::text[]))`;

    if (writes.length) {
      const col = <K extends keyof MemberRow>(k: K) => writes.map((w) => w.row[k]);
      const written = await tx.$executeRaw`
        INSERT INTO "Membership" ("id", "allianceId", "organizationId", "role", "chainPosition", "outputValue2022", "profitTax2022",
          "resources", "nationalTop10", "provincialTop10", "disciplineStrengths", "disciplineLeader", "contactEmail", "sortOrder")
        SELECT u.id, ${before.id}, o."id", u.role::"AllianceRole", u.chain::"ChainPosition", u.output, u.profit,
          u.resources, u.national, u.provincial, u.strengths, u.leader, u.email, u.sort
        FROM unnest(
          ${writes.map(() => crypto.randomUUID())}::text[], ${writes.map((w) => w.member.creditCode)}::text[],
          ${col("role")}::text[], ${col("chainPosition")}::text[], ${col("outputValue2022")}::numeric[], ${col("profitTax2022")}::numeric[],
          ${col("resources")}::text[], ${col("nationalTop10")}::boolean[], ${col("provincialTop10")}::boolean[],
          ${col("disciplineStrengths")}::text[], ${col("disciplineLeader")}::text[], ${col("contactEmail")}::text[], ${col("sortOrder")}::int[]
        ) AS u(id, code, role, chain, output, profit, resources, national, provincial, strengths, leader, email, sort)
        JOIN "Organization" o ON o."creditCode" = u.code
        ON CONFLICT ("allianceId", "organizationId") DO UPDATE SET
          "role" = EXCLUDED."role", "chainPosition" = EXCLUDED."chainPosition", "outputValue2022" = EXCLUDED."outputValue2022",
          "profitTax2022" = EXCLUDED."profitTax2022", "resources" = EXCLUDED."resources", "nationalTop10" = EXCLUDED."nationalTop10",
          "provincialTop10" = EXCLUDED."provincialTop10", "disciplineStrengths" = EXCLUDED."disciplineStrengths",
          "disciplineLeader" = EXCLUDED."disciplineLeader", "contactEmail" = EXCLUDED."contactEmail", "sortOrder" = EXCLUDED."sortOrder"`;
      // A listed organisation not found would drop its member silently: refuse the whole save instead.
      if (written !== writes.length) throw new Error(`saveDraft: ${writes.length} member rows to write, ${written} written`);
    }

    await recordAudit(tx, actorOf(user), {
      action: "alliance.draft_saved",
      entityType: "Alliance",
      entityId: before.id,
      summary: { changed, members: input.members.length, newOrganizations, memberChanges: { added, removed, updated } },
    });
    return { version: input.version + 1, savedAt: new Date().toISOString() };
  });
}
