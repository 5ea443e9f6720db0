import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { buildFilingCertificate } from "../documents";

/** 备案证明 of a filed alliance, for anyone who may see the alliance; the code is checked on /public/verify. */
export async function filingCertificate(user: SessionUser, allianceId: string, baseUrl: string) {
  const a = await db().alliance.findFirst({ where: { AND: [{ id: allianceId }, allianceScope(user)] }, include: { filing: true, leadOrg: true } });
  if (!a?.filing) throw new AppError("NOT_FOUND");
  const bytes = await buildFilingCertificate({
    allianceName: a.name,
    leadUnit: a.leadOrg.name,
    filingNumber: a.filing.number,
    filedOn: a.filing.filedAt,
    verificationCode: a.filing.verificationCode,
    verifyUrl: `${baseUrl.replace(/\/$/, "")}/public/verify`,
  });
  return { bytes, fileName: `${a.name}备案证明.docx` };
}
