import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrisma } from "@/lib/db/create-prisma";
import { applyMigrations } from "@/lib/db/migrate";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { useDatabase } from "@/lib/db/client";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file: a fresh in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedDatabase("memory://");
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `portal_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
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

/** Registers hooks: a migrated database for this file, wired into the data layer's db(). */
export function useTestDatabase(): { prisma: () => PrismaClient; url: () => string } {
  let database: TestDatabase | undefined;
  let client: PrismaClient | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await applyMigrations(database.url);
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
