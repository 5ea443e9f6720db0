// 备案证明: a one-page certificate for a filed alliance (七(三)), with a verification code.
import { CERTIFICATE_TEMPLATE as C } from "../../templates/certificate";
import { fill } from "./fill";
import { formatDateCN } from "./format";
import { SIZE, body, govDocument, line, title, toBuffer } from "./gbt9704";
import type { CertificateData } from "./types";

export async function buildFilingCertificate(c: CertificateData): Promise<Buffer> {
  const values = {
    allianceName: c.allianceName.trim(),
    leadUnit: c.leadUnit.trim(),
    filingNumber: c.filingNumber.trim(),
    filedOn: formatDateCN(c.filedOn),
    verificationCode: c.verificationCode.trim(),
    verifyUrl: c.verifyUrl.trim(),
  };
  const doc = govDocument({
    title: C.title,
    children: [
      title(C.title),
      ...C.body.map((p) => body(fill(p, values))),
      body(""),
      body(""),
      line(C.issuer, { indentLeft: 4800 }),
      line(fill(C.date, values), { indentLeft: 5200 }),
      body(""),
      body(""),
      line(fill(C.verification, values), { size: SIZE.si }),
    ],
  });
  return toBuffer(doc);
}
