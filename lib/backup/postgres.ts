// PostgreSQL server: pg_dump (custom format) in the same snapshot as the facts, pg_restore into an
// empty database in one transaction. The Debian client tools must be installed and not older than the
// server (postgresql-client-15 for a 15 server).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { text } from "../i18n/text";
import { BackupError } from "./errors";
import { readFacts, type DatabaseFacts, type Sql } from "./facts";

// libpq accepts only its own URI parameters; Prisma's (schema, connection_limit, …) would make it refuse.
const LIBPQ_PARAMS = new Set([
  "sslmode",
  "sslrootcert",
  "sslcert",
  "sslkey",
  "connect_timeout",
  "application_name",
  "options",
  "target_session_attrs",
  "host",
  "port",
]);

/**
 * Runs `fn` with the URL for the client tools. The password never goes on a command line (other users
 * can read those): it is put in a passfile of our own (mode 0600, removed afterwards) named by the URL.
 */
async function withToolUrl<T>(url: string, fn: (dbname: string) => Promise<T>): Promise<T> {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  for (const key of [...u.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) u.searchParams.delete(key);
  if (!password) return fn(u.toString());
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "portal-pgpass-"));
  try {
    const file = path.join(dir, "pgpass");
    await fs.promises.writeFile(file, `*:*:*:*:${password.replace(/\\/g, "\\\\").replace(/:/g, "\\:")}\n`, { mode: 0o600 });
    u.searchParams.set("passfile", file);
    return await fn(u.toString());
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

function run(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", (err: NodeJS.ErrnoException) => reject(err.code === "ENOENT" ? new BackupError(text("console.database.toolMissing", { tool })) : err));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new BackupError(text("console.database.toolFailed", { tool, code: String(code), stderr: stderr.trim().slice(0, 2000) }))),
    );
  });
}

const sqlOf =
  (client: pg.Client): Sql =>
  async (text, params) =>
    (await client.query(text, params)).rows as Record<string, unknown>[];

async function withClient<T>(url: string, fn: (sql: Sql, client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect().catch((err: Error) => {
    throw new BackupError(text("console.database.cannotConnect", { message: err.message }));
  });
  try {
    return await fn(sqlOf(client), client);
  } finally {
    await client.end();
  }
}

/**
 * Dumps the database while the portal keeps running: the facts are read in a repeatable-read
 * transaction whose snapshot pg_dump imports, so the counts describe exactly what the dump holds.
 */
export function dumpPostgres(url: string, outFile: string): Promise<DatabaseFacts> {
  return withClient(url, async (sql, client) => {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const [snap] = await sql("SELECT pg_export_snapshot() AS id");
    const facts = await readFacts(sql);
    await withToolUrl(url, (dbname) =>
      run("pg_dump", ["--format=custom", "--no-owner", "--no-acl", `--snapshot=${String(snap!.id)}`, `--file=${outFile}`, `--dbname=${dbname}`]),
    );
    await client.query("COMMIT");
    return facts;
  });
}

/** Refuses a database that already holds anything of its own (tables, types, functions in public). */
export function assertEmptyPostgres(url: string): Promise<void> {
  return withClient(url, async (sql) => {
    const rows = await sql(`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
      UNION ALL SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
      UNION ALL SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
      LIMIT 6`);
    if (rows.length) {
      const names = rows
        .slice(0, 5)
        .map((r) => String(r.name))
        .join(text("console.listSeparator"));
      throw new BackupError(text("console.restore.postgresNotEmpty", { names }));
    }
  });
}

/** All or nothing: one transaction, stopped at the first error, so a failed restore leaves the database empty. */
export async function restorePostgres(url: string, dumpFile: string): Promise<void> {
  await withToolUrl(url, (dbname) => run("pg_restore", ["--no-owner", "--no-acl", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, dumpFile]));
}

export function withPostgres<T>(url: string, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return withClient(url, (sql) => fn(sql));
}
