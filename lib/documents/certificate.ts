// 备案证明: a one-page certificate for a filed alliance (七(三)), with a verification code and, where
// the portal has a public address, a QR code that opens the verification page with the code filled in.
import { ImageRun, Paragraph, type Table } from "docx";
import QRCode from "qrcode";
import { CERTIFICATE_TEMPLATE as C } from "../../templates/certificate";
import { fill } from "./fill";
import { formatDateCN } from "./format";
import { SIZE, TEXT_WIDTH, body, govDocument, line, title, toBuffer } from "./gbt9704";
import { usablePublicBase, verifyLink } from "./public-address";
import { STYLE } from "./styles";
import { cell, row, table } from "./table";
import type { CertificateData } from "./types";

/** 25 mm square at 96 px an inch: large enough for a phone at arm's length. */
const QR_PX = 94;
const QR_COLUMN = 1900;

export async function buildFilingCertificate(c: CertificateData): Promise<Buffer> {
  const values = {
    allianceName: c.allianceName.trim(),
    leadUnit: c.leadUnit.trim(),
    filingNumber: c.filingNumber.trim(),
    filedOn: formatDateCN(c.filedOn),
    verificationCode: c.verificationCode.trim(),
  };
  const doc = govDocument({
    title: C.title,
    children: [
      title(C.title),
      // The statement is running text on the grid; number and date lines are figures, off it.
      ...C.body.map((p, i) => body(fill(p, values), { grid: i === 0 || i === C.body.length - 1 })),
      body(""),
      line(C.issuer, { align: "right", indentLeft: 0 }),
      line(fill(C.date, values), { align: "right" }),
      body(""),
      await verificationBlock(values.verificationCode, usablePublicBase(c.publicBaseUrl)),
    ],
  });
  return toBuffer(doc);
}

/** 验证码 and where to check it, in 4号; with a public address, the QR code in a column to the right. */
async function verificationBlock(code: string, base: string | null): Promise<Table> {
  const small = { size: SIZE.si };
  if (!base)
    return table([TEXT_WIDTH], [row([cell(`${fill(C.code, { verificationCode: code })}\n${C.verifyInPortal}`, TEXT_WIDTH, small)])], { borderless: true });
  const png = await QRCode.toBuffer(verifyLink(base, code), { type: "png", errorCorrectionLevel: "M", margin: 1, scale: 6 });
  const qr = new Paragraph({
    style: STYLE.noGrid,
    children: [
      new ImageRun({
        type: "png",
        data: png,
        transformation: { width: QR_PX, height: QR_PX },
        altText: { name: "验证二维码", description: verifyLink(base, code), title: "验证二维码" },
      }),
    ],
  });
  const text = `${fill(C.code, { verificationCode: code })}\n${fill(C.verifyAt, { verifyPage: `${base}/public/verify` })}`;
  return table([TEXT_WIDTH - QR_COLUMN, QR_COLUMN], [row([cell(text, TEXT_WIDTH - QR_COLUMN, small), cell([qr], QR_COLUMN)])], { borderless: true });
}
