import crypto from "node:crypto";
import pg from "pg";
import fs from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrisma } from "@/lib/db/create-prisma";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { useDatabase } from "@/lib/db/client";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An empty database of its own (no migrations: for the migration runner's own tests): a fresh in-memory
 * PGlite by default, or a new database on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
export function createTestDatabase(): Promise<TestDatabase> {
  return newDatabase(false);
}

/**
 * A migrated database of its own: a copy of the template the global setup migrated once per run
 * (tests/helpers/global-setup.ts), as isolated as a fresh one.
 */
export function createMigratedDatabase(): Promise<TestDatabase> {
  return newDatabase(true);
}

async function newDatabase(migrated: boolean): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const image = migrated ? inject("templateImage") : "";
    if (migrated && !image) throw new Error("no migrated template: run the tests through vitest.config.ts (globalSetup)");
    const embedded = await startEmbeddedDatabase("memory://", 0, image ? { loadDataDir: new Blob([fs.readFileSync(image)]) } : {});
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const template = migrated ? inject("templateDatabase") : "";
  if (migrated && !template) throw new Error("no migrated template: run the tests through vitest.config.ts (globalSetup)");
  const name = `portal_test_${crypto.randomBytes(6).toString("hex")}`;
  await createDatabase(server, template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Registers hooks: a migrated database for this file (a copy of the run's template), wired into the data layer's db(). */
export function useTestDatabase(): { prisma: () => PrismaClient; url: () => string } {
  let database: TestDatabase | undefined;
  let client: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createMigratedDatabase();
    client = createPrisma(database.url, 4);
    useDatabase(client);
  });
  afterAll(async () => {
    useDatabase(undefined);
    await client?.$disconnect();
    await database?.drop();
  });
  return {
    prisma: () => {
      if (!client) throw new Error("test database not ready");
      return client;
    },
    url: () => database!.url,
  };
}

// Copies of one template made at the same moment can meet PostgreSQL's "source database is being accessed
// by other users" (55006) while another copy starts; it clears within moments.
async function createDatabase(server: string, sql: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    try {
      await admin.query(sql);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== "55006" || attempt >= 20) throw err;
    } finally {
      await admin.end();
    }
    await new Promise((r) => setTimeout(r, 100 + attempt * 50));
  }
}
