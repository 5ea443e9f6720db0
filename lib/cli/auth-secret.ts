// The JWT signing secret (which also seals TOTP secrets unless DATA_KEY is set): NEXTAUTH_SECRET, or a
// per-installation secret kept beside the data, never committed. Set into the environment before anything
// reads lib/env.ts, so the seed, the launcher and the Next server agree on it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, resetEnvCache } from "../env";

export function ensureAuthSecret(root = process.cwd()): string {
  let secret = env().NEXTAUTH_SECRET;
  if (!secret) {
    const file = path.join(root, "data", ".auth-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    secret = fs.readFileSync(file, "utf8").trim();
    process.env.NEXTAUTH_SECRET = secret;
    resetEnvCache();
  }
  return secret;
}
