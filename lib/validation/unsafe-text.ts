import { text } from "../i18n/text";

// Control characters have no place in anything a person types: PostgreSQL text cannot hold NUL (the
// insert fails), and XML 1.0 (every generated .docx) cannot hold the other C0 controls, so one stored
// member name would break 附件1. Tab, line feed and carriage return stay allowed (text areas send them).
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** What the user is told, in the current language. */
export function unsafeTextMessage(): string {
  return text("validation.unsafeText");
}

/** The dotted path of the first string (or object key) with a control character in a payload, or null. */
export function unsafeTextPath(value: unknown, at: string[] = []): string | null {
  if (typeof value === "string") return UNSAFE.test(value) ? at.join(".") || "_form" : null;
  if (!value || typeof value !== "object") return null;
  for (const [k, v] of Object.entries(value)) {
    if (UNSAFE.test(k)) return at.join(".") || "_form";
    const found = unsafeTextPath(v, [...at, k]);
    if (found !== null) return found;
  }
  return null;
}
