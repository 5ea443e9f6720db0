// Unified social credit code (统一社会信用代码), GB 32100-2015. Pure: shared by forms, server and seed.
import { text } from "../i18n/text";

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_LENGTH = 18;

export type CreditCodeProblem = "EMPTY" | "LENGTH" | "CHARSET" | "CHECKSUM";

export type CreditCodeResult = { ok: true; code: string } | { ok: false; problem: CreditCodeProblem; code: string };

/** Trim, drop all whitespace (incl. the ideographic space), full-width letters/digits → half-width, uppercase. */
export function normalizeCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .toUpperCase();
}

/** Check character for the first 17 characters; null when the input is not 17 characters of the set. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET.charAt(check);
}

export function checkCreditCode(raw: string): CreditCodeResult {
  const code = normalizeCreditCode(raw);
  if (code.length === 0) return { ok: false, problem: "EMPTY", code };
  if (code.length !== CREDIT_CODE_LENGTH) return { ok: false, problem: "LENGTH", code };
  // A bad 18th character (even one outside the set, e.g. "Z") is a wrong check character. The expected one is
  // never returned: shown to a user it would turn a mistyped code into another unit's valid one.
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === null) return { ok: false, problem: "CHARSET", code };
  if (code.charAt(17) !== expected) return { ok: false, problem: "CHECKSUM", code };
  return { ok: true, code };
}

/** R4 (六(一)1): a valid code whose administrative-division code (characters 3-8) is in Jilin (22xxxx). */
export function isJilinCreditCode(code: string): boolean {
  const result = checkCreditCode(code);
  return result.ok && result.code.slice(2, 8).startsWith("22");
}

const CATEGORY_KEYS: Record<string, "enterprise" | "publicInstitution" | "socialGroup" | "privateNonEnterprise" | "foundation"> = {
  "91": "enterprise",
  "12": "publicInstitution",
  "51": "socialGroup",
  "52": "privateNonEnterprise",
  "53": "foundation",
};

/** Label (current language) for the registration department + category (characters 1-2). */
export function creditCodeCategory(code: string): string {
  return text(`rules.creditCategory.${CATEGORY_KEYS[normalizeCreditCode(code).slice(0, 2)] ?? "other"}`);
}

/** The first character outside the set, for the CHARSET message. */
export function firstInvalidChar(code: string): string | null {
  for (const c of code) if (!CREDIT_CODE_CHARSET.includes(c)) return c;
  return null;
}

const MESSAGE_KEYS = ["EMPTY", "LENGTH", "CHARSET", "CHECKSUM", "NOT_JILIN"] as const;

/**
 * User messages (rules.creditCode in the catalogue), in the current language. Placeholders as written: {n} current
 * length, {char} offending character. The CHECKSUM message says the code is wrong and where to check it, never which
 * check character would make it valid. Use formatCreditCodeProblem() to fill them from a result.
 */
export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem | "NOT_JILIN", string> = Object.defineProperties(
  {} as Record<CreditCodeProblem | "NOT_JILIN", string>,
  Object.fromEntries(MESSAGE_KEYS.map((key) => [key, { enumerable: true, get: () => formatCreditCodeMessage(key, { n: "{n}", char: "{char}" }) }])),
);

export function formatCreditCodeMessage(key: CreditCodeProblem | "NOT_JILIN", values: { n?: number | string; char?: string } = {}): string {
  return text(`rules.creditCode.${key}`, { n: String(values.n ?? ""), char: values.char ?? "" });
}

/** Message for a failed check, with the length or the bad character filled in. */
export function formatCreditCodeProblem(result: Extract<CreditCodeResult, { ok: false }>): string {
  return formatCreditCodeMessage(result.problem, {
    n: [...result.code].length,
    char: firstInvalidChar(result.code) ?? "",
  });
}
