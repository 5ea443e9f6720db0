import { maskEmail, maskIdNumber, maskPhone } from "./mask";

// Personal data inside free text (log lines, error messages from the database or SMTP, old audit
// summaries). A match must not touch letters or digits on either side, so hashes, file keys, credit
// codes with letters and usernames like "u13812345678" stay intact.
const EDGE_L = "(?<![0-9A-Za-z])";
const EDGE_R = "(?![0-9A-Za-z])";
const PATTERNS: { re: RegExp; mask: (s: string) => string }[] = [
  { re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, mask: maskEmail },
  { re: new RegExp(`${EDGE_L}\\d{17}[\\dXx]${EDGE_R}`, "g"), mask: maskIdNumber },
  { re: new RegExp(`${EDGE_L}(?:(?:\\+|00)86[-\\s]?)?1[3-9]\\d{9}${EDGE_R}`, "g"), mask: maskPhone },
  // Landlines only with their area-code separator: a bare run of digits may be an amount or an id.
  { re: new RegExp(`${EDGE_L}(?:\\(0\\d{2,3}\\)|0\\d{2,3}-)\\s?\\d{7,8}${EDGE_R}`, "g"), mask: maskPhone },
];

/** The text with every phone number, email address and 18-digit ID number in it masked. */
export function redactPersonalData(text: string): string {
  return PATTERNS.reduce((out, p) => out.replace(p.re, (m) => p.mask(m)), text);
}
