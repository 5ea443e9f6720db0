import type { DocumentKind } from "../db/generated/enums";
import type { TFilingDraftFields } from "../validation/filing";
import type { FilingInput } from "../rules/types";

interface MembershipRow {
  role: "CHAIR" | "VICE_CHAIR" | "COUNCIL" | "MEMBER";
  chainPosition: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM" | null;
  outputValue2022: { toString(): string } | null;
  profitTax2022: { toString(): string } | null;
  resources: string | null;
  nationalTop10: boolean;
  provincialTop10: boolean;
  disciplineStrengths: string | null;
  disciplineLeader: string | null;
  contactEmail?: string | null;
  organization: { creditCode: string; name: string; type: "ENTERPRISE" | "UNIVERSITY" | "RESEARCH_INSTITUTE" | "SOCIAL_ORG" | "OTHER" };
}

interface AllianceRow {
  name: string;
  subField: string | null;
  agreementEffectiveOn: Date | null;
  technicalField: string | null;
  chairName: string | null;
  hostUnitName: string | null;
  address: string | null;
  postcode: string | null;
  contactName: string | null;
  phone: string | null;
  fax: string | null;
  innovationGoal: string | null;
  memberships: MembershipRow[];
}

const num = (v: { toString(): string } | null) => (v === null ? null : Number(v.toString()));

/** The stored filing as the form's values (the shape the draft schema accepts). */
export function toDraftFields(a: AllianceRow): TFilingDraftFields {
  return {
    name: a.name,
    subField: a.subField ?? "",
    agreementEffectiveOn: a.agreementEffectiveOn ? a.agreementEffectiveOn.toISOString().slice(0, 10) : "",
    technicalField: a.technicalField ?? "",
    chairName: a.chairName ?? "",
    hostUnitName: a.hostUnitName ?? "",
    address: a.address ?? "",
    postcode: a.postcode ?? "",
    contactName: a.contactName ?? "",
    phone: a.phone ?? "",
    fax: a.fax ?? "",
    innovationGoal: a.innovationGoal ?? "",
    members: a.memberships.map((m) => ({
      creditCode: m.organization.creditCode,
      name: m.organization.name,
      type: m.organization.type,
      role: m.role,
      chainPosition: m.chainPosition,
      outputValue2022: num(m.outputValue2022),
      profitTax2022: num(m.profitTax2022),
      resources: m.resources ?? "",
      nationalTop10: m.nationalTop10,
      provincialTop10: m.provincialTop10,
      disciplineStrengths: m.disciplineStrengths ?? "",
      disciplineLeader: m.disciplineLeader ?? "",
      contactEmail: m.contactEmail ?? "",
    })),
  };
}

/** The rules' view of a filing: the same function feeds the live panel and the server check. */
export function toRuleInput(
  fields: Pick<TFilingDraftFields, "name" | "subField" | "innovationGoal" | "members">,
  ctx: { kind: "ALLIANCE" | "CONSORTIUM"; industryCode: string; leadCreditCode: string; attachmentKinds: DocumentKind[]; creditCodeOverride?: boolean },
): FilingInput {
  const has = (k: DocumentKind) => ctx.attachmentKinds.includes(k);
  return {
    name: fields.name ?? "",
    kind: ctx.kind,
    industryCode: ctx.industryCode,
    subField: fields.subField ?? "",
    leadCreditCode: ctx.leadCreditCode,
    innovationGoal: fields.innovationGoal ?? "",
    members: (fields.members ?? []).map((m) => ({
      creditCode: m.creditCode,
      name: m.name,
      type: m.type,
      role: m.role,
      chainPosition: m.chainPosition ?? null,
      isLead: m.creditCode === ctx.leadCreditCode,
    })),
    attachments: { CHARTER: has("CHARTER"), AGREEMENT: has("AGREEMENT"), CONSTRUCTION_PLAN: has("CONSTRUCTION_PLAN") },
    creditCodeOverride: ctx.creditCodeOverride,
  };
}
