// Vitest global setup: the migrations are applied once per run into a template, and every test file
// starts from a copy of it (tests/helpers/test-db.ts): on PostgreSQL `CREATE DATABASE … TEMPLATE`, on the
// embedded database PGlite's data-folder image, which also skips initdb (about 4 s of each file's start).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { startEmbeddedDatabase } from "../../lib/db/pglite-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL: the migrated template database's name. */
    templateDatabase: string;
    /** PGlite: the path of the migrated data-folder image. */
    templateImage: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `portal_tpl_${crypto.randomBytes(6).toString("hex")}`;
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    project.provide("templateDatabase", name);
    project.provide("templateImage", "");
    return () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  const embedded = await startEmbeddedDatabase("memory://");
  try {
    await applyMigrations(embedded.url);
    const image = Buffer.from(await (await embedded.dump()).arrayBuffer());
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-tpl-")), "migrated.tar");
    fs.writeFileSync(file, image);
    project.provide("templateImage", file);
    project.provide("templateDatabase", "");
    return async () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  } finally {
    await embedded.stop();
  }
}

async function adminQuery(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
