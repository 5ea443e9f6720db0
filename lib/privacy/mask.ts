// Masked display of personal data (个人信息去标识化展示, GB/T 35273-2020 6.2): lists, dashboards, exports,
// audit summaries and public pages show enough to recognise a value, not enough to use it. Full values
// appear only where the user works with them (the filer's own form, the reviewer's filing detail).
// Pure functions: used on the server, in pages and in tests.

const MOBILE = /^(?:(?:\+|00)?86[-\s]?)?(1[3-9]\d)(\d{4})(\d{4})$/;
const LANDLINE = /^\(?(0\d{2,3})\)?[-\s]?(\d{3,4})(\d{4})(?:[-转]\d{1,6})?$/;
const ID_CARD = /^(\d{3})\d{11}(\d{3}[\dXx])$|^(\d{3})\d{8}(\d{4})$/;

const stars = (n: number) => "*".repeat(Math.max(n, 0));

/** Mobile 138****5678, landline 0431-****6666; anything else keeps only its last four digits. */
export function maskPhone(value: string | null | undefined): string {
  const v = (value ?? "").replace(/\s+/g, "");
  if (!v) return "";
  const m = MOBILE.exec(v);
  if (m) return `${m[1]}****${m[3]}`;
  const l = LANDLINE.exec(v);
  if (l) return `${l[1]}-${stars(l[2]!.length)}${l[3]}`;
  return maskDigits(v);
}

/** z***@example.com: the domain stays (it tells which organisation), the mailbox does not. */
export function maskEmail(value: string | null | undefined): string {
  const v = (value ?? "").trim();
  const at = v.lastIndexOf("@");
  if (at < 1) return maskDigits(v);
  return `${v[0]}***${v.slice(at)}`;
}

/** 张*明, 李*, 欧阳**: the first and (from three characters) the last character stay. */
export function maskName(value: string | null | undefined): string {
  const chars = [...(value ?? "").trim()];
  if (chars.length === 0) return "";
  if (chars.length === 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${stars(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Resident ID (18 or 15 digits): 220**********1234 hides region detail and birth date; others keep the last four. */
export function maskIdNumber(value: string | null | undefined): string {
  const v = (value ?? "").trim();
  if (!v) return "";
  const m = ID_CARD.exec(v);
  if (m) return m[1] ? `${m[1]}${stars(11)}${m[2]}` : `${m[3]}${stars(8)}${m[4]}`;
  return maskDigits(v);
}

/** A contact typed by the public ("电话或邮箱"): whichever it is, masked as such. */
export function maskContact(value: string | null | undefined): string {
  const v = (value ?? "").trim();
  if (!v) return "";
  if (v.includes("@")) return maskEmail(v);
  if (MOBILE.test(v.replace(/\s+/g, "")) || LANDLINE.test(v.replace(/\s+/g, ""))) return maskPhone(v);
  return maskDigits(v);
}

/** Every digit but the last four becomes *, other characters stay; a value without digits keeps its first character. */
function maskDigits(v: string): string {
  const digits = v.replace(/\D/g, "").length;
  if (digits === 0) return v.length <= 1 ? stars(v.length) : `${v[0]}${stars(v.length - 1)}`;
  let seen = 0;
  return v.replace(/\d/g, (d) => (++seen <= digits - 4 ? "*" : d));
}
