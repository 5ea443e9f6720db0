// Accounts of a spec's own: a copy of a demo account (same roles, unit and division) under a new name,
// with its own password and, for staff, its own enrolled authenticator. Specs that sign in through the
// form, sign out, lock or reset an account use one of these, so the demo accounts' saved sessions
// (auth.setup.ts), which other specs share, are never ended by them.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { newTotpSecret, sealSecret } from "../../lib/auth/totp";
import { resetEnvCache } from "../../lib/env";
import { SERVER_FILE, type E2eServer } from "./server-file";

export interface Account {
  username: string;
  password: string;
  displayName: string;
  /** Base32 TOTP secret for staff accounts; null for enterprise filers. */
  totpSecret: string | null;
}

function server(): E2eServer {
  return JSON.parse(fs.readFileSync(SERVER_FILE, "utf8")) as E2eServer;
}

export async function withDatabase<R>(fn: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: server().databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new account like the demo account `like`; `label` ends up in its name, for screenshots and the audit log. */
export async function createAccount(like: string, label = like): Promise<Account> {
  // The server seals secrets with this run's data key; sealing here must use the same one.
  process.env.DATA_KEY = server().dataKey;
  resetEnvCache();
  const username = `e2e_${label}_${crypto.randomBytes(3).toString("hex")}`.slice(0, 32);
  const password = `E2e#${crypto.randomBytes(6).toString("hex")}Jl`;
  const passwordHash = await hashPassword(password);
  return withDatabase(async (client) => {
    const demo = await client.query<{ roles: string[]; displayName: string }>(`SELECT roles::text[] AS roles, "displayName" FROM "User" WHERE username = $1`, [
      like,
    ]);
    if (!demo.rows[0]) throw new Error(`no demo account ${like}`);
    const staff = demo.rows[0].roles.some((r) => r !== "ENTERPRISE_FILER");
    const totpSecret = staff ? newTotpSecret() : null;
    const displayName = `${demo.rows[0].displayName}（测试${label}）`;
    await client.query(
      `INSERT INTO "User" (id, username, "displayName", "passwordHash", roles, "organizationId", "divisionId", "totpSecret", "totpEnabledAt", "updatedAt")
       SELECT $1, $2, $3, $4, roles, "organizationId", "divisionId", $5, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END, now()
       FROM "User" WHERE username = $6`,
      [crypto.randomUUID(), username, displayName, passwordHash, totpSecret ? sealSecret(totpSecret) : null, like],
    );
    return { username, password, displayName, totpSecret };
  });
}

/**
 * A copy of a demo alliance (with its member list) under a new name, for a spec that changes a filing: the
 * demo records other specs read stay as they are.
 */
export async function copyAlliance(name: string, newName: string): Promise<string> {
  const id = crypto.randomUUID();
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    try {
      const copied = await client.query(
        `INSERT INTO "Alliance" SELECT (jsonb_populate_record(NULL::"Alliance", to_jsonb(a) || jsonb_build_object('id', $1::text, 'name', $2::text))).* FROM "Alliance" a WHERE a.name = $3`,
        [id, newName, name],
      );
      if (copied.rowCount !== 1) throw new Error(`no single demo alliance named ${name}`);
      await client.query(
        `INSERT INTO "Membership" SELECT (jsonb_populate_record(NULL::"Membership", to_jsonb(m) || jsonb_build_object('id', gen_random_uuid()::text, 'allianceId', $1::text))).* FROM "Membership" m WHERE m."allianceId" = (SELECT id FROM "Alliance" WHERE name = $2)`,
        [id, name],
      );
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    }
  });
  return id;
}
