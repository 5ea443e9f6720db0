import "server-only";
import { env } from "../env";
import { usablePublicBase } from "./public-address";

/**
 * A production start without a public address says so loudly, once, in the server log: certificates
 * then print only their verification code (never localhost), and emails carry no links. Refusing to
 * start would take the whole portal down for one line on one document; staff also see a notice
 * beside the certificate download until it is set.
 */
export function warnWithoutPublicAddress(): void {
  const e = env();
  if (e.NODE_ENV !== "production" || usablePublicBase(e.PUBLIC_BASE_URL ?? e.NEXTAUTH_URL)) return;
  const line = "=".repeat(78);
  console.error(
    [
      line,
      "未设置公开访问地址：PUBLIC_BASE_URL（或 NEXTAUTH_URL）为空或指向本机。",
      "备案证明将不印核验网址和二维码，只印验证码。请设置 PUBLIC_BASE_URL=https://… 后重启。",
      "No public address: set PUBLIC_BASE_URL to the portal's public https address and restart.",
      line,
    ].join("\n"),
  );
}
