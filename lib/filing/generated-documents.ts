import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { buildAgreement, buildCharter, buildFilingForm, type AllianceDocData, type ReviewBoxData } from "../documents";
import { sha256 } from "../documents/pdf/converter";
import { toDraftFields } from "./to-form";

export const GENERATED = {
  annex1: { title: "申报（备案）表", build: buildFilingForm }, // i18n-data: the official document's name
  charter: { title: "章程", build: buildCharter }, // i18n-data
  agreement: { title: "合作协议书", build: buildAgreement }, // i18n-data
} as const;
export type GeneratedKind = keyof typeof GENERATED;

/**
 * 附件1-3 filled with the alliance's current data: a starting point the filer signs and uploads, and
 * for reviewers and the institute the form with boxes 四 and 五 filled from the recorded opinions.
 * Whoever may see the alliance may have its documents (allianceScope), nobody else.
 */
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
    reviews: kind === "annex1" ? await reviewBoxes(user, a.id) : undefined,
  };
  const spec = GENERATED[kind];
  return { bytes: await spec.build(data), fileName: `${a.name}${spec.title}.docx`, key: sha256(`${kind}:${JSON.stringify(data)}`) };
}

/**
 * 附件1 四 (division) and 五 (organisational form): each stage's latest passing opinion, with its unit
 * and date. A filer never sees an opinion marked internal: the box then keeps its unit and date and
 * says the text is kept by the department.
 */
async function reviewBoxes(user: SessionUser, allianceId: string): Promise<AllianceDocData["reviews"]> {
  const opinions = await db().reviewOpinion.findMany({
    where: { allianceId, decision: "PASS", stage: { in: ["DIVISION", "FORM"] } },
    orderBy: { createdAt: "desc" },
    select: { stage: true, opinion: true, reviewUnit: true, internal: true, createdAt: true },
  });
  const staff = !user.roles.every((r) => r === "ENTERPRISE_FILER");
  const box = (stage: "DIVISION" | "FORM"): ReviewBoxData | undefined => {
    const o = opinions.find((x) => x.stage === stage);
    if (!o) return undefined;
    const text = o.internal && !staff ? INTERNAL_OPINION : o.opinion.trim() || AGREED;
    return { opinion: text, unit: o.reviewUnit, date: o.createdAt };
  };
  return { division: box("DIVISION"), form: box("FORM") };
}

// Written into box 四/五 of 附件1, which stays Chinese.
const INTERNAL_OPINION = "审核通过（审核意见由审核部门存档）。"; // i18n-data
const AGREED = "审核通过。"; // i18n-data
