import crypto from "node:crypto";
import { promisify } from "node:util";
import { env } from "../env";

// scrypt is memory-hard and ships with Node: no native dependency to download.
// N=2^15, r=8 uses 32 MiB per hash, in line with OWASP's scrypt guidance.
const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number, opts: crypto.ScryptOptions) => Promise<Buffer>;
const PARAMS = { r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LEN = 32;

/**
 * OWASP's N = 2^15 everywhere but under the unit/integration test runner, which may lower it with
 * TEST_SCRYPT_LOG2N (never below 2^10) so that its several hundred sign-ins do not spend minutes hashing.
 * A stored hash carries its own N, so verification is the same code whatever the cost it was made with.
 */
export function scryptCost(e: { NODE_ENV?: string; VITEST?: string; TEST_SCRYPT_LOG2N?: string } = env()): number {
  const log2n = Number(e.TEST_SCRYPT_LOG2N);
  if (e.NODE_ENV === "test" && e.VITEST && Number.isInteger(log2n)) return 2 ** Math.min(15, Math.max(10, log2n));
  return 2 ** 15;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const N = scryptCost();
  const key = await scrypt(password, salt, KEY_LEN, { ...PARAMS, N });
  return `scrypt$${N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, "base64");
  const actual = await scrypt(password, Buffer.from(saltB64, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

// Spent on unknown usernames so response time does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  await verifyPassword(password, await dummyHash);
}
