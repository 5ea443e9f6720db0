import "server-only";
import { db } from "../db/client";
import { AppError } from "../errors/app-error";
import type { SessionUser } from "../auth/session";
import { allianceScope } from "../authz/alliance-scope";
import { buildFilingCertificate } from "../documents";
import { sha256 } from "../documents/pdf/converter";
import { usablePublicBase } from "../documents/public-address";
import { env } from "../env";

/**
 * The address the certificate prints: PUBLIC_BASE_URL, else NEXTAUTH_URL, and null when neither is
 * one a reader could open (unset, or localhost as `npm start` defaults to). Then the certificate
 * prints neither address nor QR code, and the page tells staff what the deployment must set.
 */
export function configuredPublicBase(): string | null {
  return usablePublicBase(env().PUBLIC_BASE_URL ?? env().NEXTAUTH_URL);
}

/**
 * 备案证明 of a filed alliance, for anyone who may see the alliance; the code is checked on
 * /public/verify. `publicBaseUrl` comes from the configuration, never from the request's Host.
 */
export async function filingCertificate(user: SessionUser, allianceId: string, publicBaseUrl: string | null) {
  const a = await db().alliance.findFirst({ where: { AND: [{ id: allianceId }, allianceScope(user)] }, include: { filing: true, leadOrg: true } });
  if (!a?.filing) throw new AppError("NOT_FOUND");
  const bytes = await buildFilingCertificate({
    allianceName: a.name,
    leadUnit: a.leadOrg.name,
    filingNumber: a.filing.number,
    filedOn: a.filing.filedAt,
    verificationCode: a.filing.verificationCode,
    publicBaseUrl,
  });
  const key = sha256(
    `certificate:${a.filing.number}:${a.filing.filedAt.toISOString()}:${a.filing.verificationCode}:${a.name}:${a.leadOrg.name}:${publicBaseUrl ?? ""}`,
  );
  return { bytes, fileName: `${a.name}备案证明.docx`, key };
}
