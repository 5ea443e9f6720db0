import crypto from "node:crypto";
import { Secret, TOTP } from "otpauth";
import type { Role } from "../db/generated/enums";
import { env } from "../env";
import { ROLES } from "./roles";

// Two-factor sign-in (RFC 6238, 30 s steps, 6 digits, SHA-1 as authenticator apps expect) for everyone
// who reviews or administers: MLPS 2.0 level 3 (GB/T 22239-2019 8.1.4.1 d) asks for two authentication
// factors for administrative users. Enterprise filers sign in with a password.
export const TOTP_ROLES: readonly Role[] = ROLES.filter((r) => r !== "ENTERPRISE_FILER");
// The issuer name authenticator apps show beside the code, fixed in every enrolled phone (and named in
// login.errors.TOTP_REQUIRED): data, the same in every language.
export const TOTP_ISSUER = "吉林省科技创新联盟备案平台"; // i18n-data
const PERIOD_MS = 30_000;

export function requiresTotp(roles: readonly Role[]): boolean {
  return roles.some((r) => TOTP_ROLES.includes(r));
}

function totpFor(base32: string, label = ""): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(base32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(base32: string, username: string): string {
  return totpFor(base32, username).toString();
}

export function currentStep(now = Date.now()): number {
  return Math.floor(now / PERIOD_MS);
}

/** The code for a given step (demo tooling and tests; users read codes from their authenticator). */
export function totpCode(base32: string, step = currentStep()): string {
  return totpFor(base32).generate({ timestamp: step * PERIOD_MS });
}

/**
 * The time step a code belongs to, within one step of now either way (clock drift), or null.
 * Only steps after `lastStep` count: a code, once accepted, is never accepted again (replay).
 */
export function matchTotp(base32: string, code: string, lastStep: number | null, now = Date.now()): { step: number } | { replay: true } | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpFor(base32);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = currentStep(now) + delta;
  if (lastStep !== null && step <= lastStep) return { replay: true };
  return { step };
}

// Secrets are sealed at rest (AES-256-GCM) so a database dump alone does not yield working codes.
function sealKey(): Buffer {
  const e = env();
  const material = e.DATA_KEY ?? e.NEXTAUTH_SECRET ?? (e.NODE_ENV === "test" ? "test-only-data-key-not-for-production" : null);
  if (!material) throw new Error("DATA_KEY or NEXTAUTH_SECRET is not set: the TOTP secrets cannot be sealed");
  return crypto.createHash("sha256").update(`totp-seal\0${material}`).digest();
}

export function sealSecret(base32: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", sealKey(), iv);
  const ct = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString("base64url")}`;
}

export function openSecret(sealed: string): string {
  if (!sealed.startsWith("v1.")) throw new Error("unknown TOTP seal format");
  const raw = Buffer.from(sealed.slice(3), "base64url");
  const decipher = crypto.createDecipheriv("aes-256-gcm", sealKey(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
