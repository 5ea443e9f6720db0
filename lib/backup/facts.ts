// What a backup records about its database and a restore checks again: server version, applied
// migrations, rows per table and the audit chain's head, read in one snapshot.
import type { Manifest } from "./manifest";

/** One SQL statement with $n parameters, answered with its rows (pg and PGlite both fit). */
export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export type DatabaseFacts = Pick<Manifest, "migrations" | "counts" | "auditChain"> & { serverVersion: string };

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function readFacts(sql: Sql): Promise<DatabaseFacts> {
  const [version] = await sql("SELECT current_setting('server_version') AS v");
  const migrations = await sql(
    `SELECT "migration_name" AS name, "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"`,
  );
  const tables = await sql(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    // Table names come from the catalogue, quoted as identifiers.
    const [row] = await sql(`SELECT count(*) AS n FROM "public".${quoteIdent(String(name))}`);
    counts[String(name)] = Number(row!.n);
  }
  const [chain] = await sql(`SELECT count(*) AS n, coalesce(max("seq"), 0) AS head FROM "AuditEvent"`);
  const [head] = await sql(`SELECT "hash" FROM "AuditEvent" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1`);
  return {
    serverVersion: String(version!.v),
    migrations: migrations.map((m) => ({ name: String(m.name), checksum: String(m.checksum) })),
    counts,
    auditChain: { count: Number(chain!.n), headSeq: Number(chain!.head), headHash: String(head?.hash ?? "0".repeat(64)) },
  };
}
