import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MigrationChecksumError, MIGRATIONS_DIR, applyMigrations, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: database.url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe("migration runner", () => {
  it("applies every migration once and records it in _prisma_migrations with its sha256", async () => {
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    const [first, second] = await Promise.all([applyMigrations(database.url), applyMigrations(database.url)]);
    // Two starts racing: the advisory lock lets exactly one of them apply each migration.
    expect([...first, ...second].sort()).toEqual(files.map((f) => f.name).sort());
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    const tables = await query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Alliance", "Membership", "AuditEvent", "Filing"]));
  });

  it("is idempotent: a second run applies nothing", async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readMigrations(dir)[0]!;
    fs.appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited after it was applied\n");
    await expect(applyMigrations(database.url, dir)).rejects.toBeInstanceOf(MigrationChecksumError);
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const bad = path.join(dir, "29990101000000_broken");
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";`);
    await expect(applyMigrations(database.url, dir)).rejects.toThrow(/NoSuchTable/);
    const half = await query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(half).toHaveLength(0);
    const rec = await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(rec).toHaveLength(0);
  });
});
