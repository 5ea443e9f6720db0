// Where a backup comes from and a restore goes: the PostgreSQL server named by a URL, or the embedded
// PGlite folder; plus the stored files' folder (null: a database-only backup).
import { text } from "../i18n/text";
import { BackupError } from "./errors";
import type { DatabaseFacts, Sql } from "./facts";
import { assertEmptyPgliteDir, dumpPglite, restorePglite, withPglite } from "./pglite";
import { assertEmptyPostgres, dumpPostgres, restorePostgres, withPostgres } from "./postgres";

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function describeTarget(t: DatabaseTarget): string {
  if (t.kind === "pglite") return text("console.database.pglite", { dir: t.dataDir });
  const u = new URL(t.url);
  return text("console.database.postgres", { host: u.hostname, port: u.port || "5432", path: u.pathname });
}

export function dumpDatabase(t: DatabaseTarget, outFile: string): Promise<DatabaseFacts> {
  const dump = t.kind === "postgres" ? dumpPostgres(t.url, outFile) : dumpPglite(t.dataDir, outFile);
  return dump.catch((err: unknown) => {
    // No migrations table: nothing the portal made lives there.
    if (err instanceof Error && /_prisma_migrations/.test(err.message))
      throw new BackupError(text("console.backup.notInitialised", { target: describeTarget(t) }));
    throw err;
  });
}

export async function assertEmptyDatabase(t: DatabaseTarget): Promise<void> {
  if (t.kind === "postgres") await assertEmptyPostgres(t.url);
  else assertEmptyPgliteDir(t.dataDir);
}

export function restoreDatabase(t: DatabaseTarget, dumpFile: string): Promise<void> {
  return t.kind === "postgres" ? restorePostgres(t.url, dumpFile) : restorePglite(t.dataDir, dumpFile);
}

export function withDatabase<T>(t: DatabaseTarget, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return t.kind === "postgres" ? withPostgres(t.url, fn) : withPglite(t.dataDir, (sql) => fn(sql));
}
