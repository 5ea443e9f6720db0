// The embedded database: its data folder as PGlite's own tarball (dumpDataDir), loaded into a new folder
// on restore (loadDataDir). pg_dump cannot be used: the Debian client (15) refuses PGlite's newer server.
// PGlite opens a folder from one process only, so the portal must be stopped for either.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { text } from "../i18n/text";
import { BackupError } from "./errors";
import { readFacts, type DatabaseFacts, type Sql } from "./facts";

const sqlOf =
  (db: PGlite): Sql =>
  async (text, params) =>
    (await db.query<Record<string, unknown>>(text, params)).rows;

function assertNotInUse(dataDir: string): void {
  // PGlite keeps postmaster.pid while a process has the folder open and removes it on a clean close.
  if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new BackupError(text("console.database.pgliteInUse", { dir: dataDir }));
  }
}

export async function withPglite<T>(dataDir: string, fn: (sql: Sql, db: PGlite) => Promise<T>): Promise<T> {
  const dir = path.resolve(dataDir);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) throw new BackupError(text("console.database.notPglite", { dir }));
  assertNotInUse(dir);
  const db = await PGlite.create(dir);
  try {
    return await fn(sqlOf(db), db);
  } finally {
    await db.close();
  }
}

export function dumpPglite(dataDir: string, outFile: string): Promise<DatabaseFacts> {
  return withPglite(dataDir, async (sql, db) => {
    const facts = await readFacts(sql);
    // Uncompressed: the archive around it is gzipped once.
    const tarball = await db.dumpDataDir("none");
    await fs.promises.writeFile(outFile, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    return facts;
  });
}

export function assertEmptyPgliteDir(dataDir: string): void {
  const dir = path.resolve(dataDir);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new BackupError(text("console.restore.pgliteDirNotEmpty", { dir }));
  }
}

/** Loads the tarball into the (empty or missing) folder; a failed load removes what it wrote. */
export async function restorePglite(dataDir: string, dumpFile: string): Promise<void> {
  const dir = path.resolve(dataDir);
  assertEmptyPgliteDir(dir);
  const existed = fs.existsSync(dir);
  try {
    const db = await PGlite.create(dir, { loadDataDir: new Blob([await fs.promises.readFile(dumpFile)], { type: "application/x-tar" }) });
    await db.close();
  } catch (err) {
    if (existed) for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    else fs.rmSync(dir, { recursive: true, force: true });
    throw new BackupError(text("console.restore.pgliteLoadFailed", { message: err instanceof Error ? err.message : String(err) }));
  }
}
