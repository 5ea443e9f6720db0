import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { buildAgreement, buildCharter, buildFilingForm, type AllianceDocData } from "../documents";

export const GENERATED = {
  "annex1": { title: "申报（备案）表", build: buildFilingForm },
  "charter": { title: "章程", build: buildCharter },
  "agreement": { title: "合作协议书", build: buildAgreement },
} as const;
export type GeneratedKind = keyof typeof GENERATED;

const num = (v: { toString(): string } | null) => (v === null ? null : Number(v.toString()));

/** 附件1-3 filled with the alliance's current data: a starting point the filer signs and uploads. */
export async function generateDocument(user: SessionUser, allianceId: string, kind: GeneratedKind) {
  const a = await db().alliance.findFirst({
    where: { AND: [{ id: allianceId }, allianceScope(user)] },
    include: {
      industry: true,
      memberships: { where: { leftOn: null }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], include: { organization: true } },
    },
  });
  if (!a) throw new AppError("NOT_FOUND");
  const chair = a.memberships.find((m) => m.role === "CHAIR");
  const data: AllianceDocData = {
    name: a.name,
    industryName: a.industry.name,
    industryShort: a.subField,
    kind: a.kind,
    agreementEffectiveOn: a.agreementEffectiveOn,
    technicalField: a.technicalField ?? "",
    chairName: a.chairName ?? "",
    chairUnit: chair?.organization.name ?? "",
    hostUnitName: a.hostUnitName ?? "",
    address: a.address ?? "",
    postcode: a.postcode ?? "",
    contactName: a.contactName ?? "",
    phone: a.phone ?? "",
    fax: a.fax ?? "",
    innovationGoal: a.innovationGoal ?? "",
    members: a.memberships.map((m) => ({
      name: m.organization.name,
      type: m.organization.type,
      role: m.role,
      outputValue2022: num(m.outputValue2022),
      profitTax2022: num(m.profitTax2022),
      resources: m.resources,
      nationalTop10: m.nationalTop10,
      provincialTop10: m.provincialTop10,
      disciplineStrengths: m.disciplineStrengths,
      disciplineLeader: m.disciplineLeader,
    })),
  };
  const spec = GENERATED[kind];
  return { bytes: await spec.build(data), fileName: `${a.name}${spec.title}.docx` };
}
