import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { buildAgreement, buildCharter, buildFilingForm, type AllianceDocData } from "../documents";
import { toDraftFields } from "./to-form";

export const GENERATED = {
  "annex1": { title: "申报（备案）表", build: buildFilingForm },
  "charter": { title: "章程", build: buildCharter },
  "agreement": { title: "合作协议书", build: buildAgreement },
} as const;
export type GeneratedKind = keyof typeof GENERATED;

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
  // The same mapping as the form's: one reading of the stored filing for every use.
  const f = toDraftFields(a);
  const data: AllianceDocData = {
    ...f,
    industryName: a.industry.name,
    industryShort: a.subField,
    kind: a.kind,
    agreementEffectiveOn: a.agreementEffectiveOn,
    chairUnit: chair?.organization.name ?? "",
  };
  const spec = GENERATED[kind];
  return { bytes: await spec.build(data), fileName: `${a.name}${spec.title}.docx` };
}
