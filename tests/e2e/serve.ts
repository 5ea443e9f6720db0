// Starts the portal for the browser tests (playwright.config.ts webServer): port 3100 and a fresh
// database seeded with the demo data on every run. Its address and data key go to SERVER_FILE, where
// specs read them to make accounts and data of their own.
//  - default: an in-memory embedded PGlite database served from this process;
//  - E2E_DATABASE_URL=postgres://user:pw@host:5432/postgres: a new database e2e_<random> on that
//    PostgreSQL server, dropped again when the server stops (set E2E_KEEP_DB=1 to keep it).
// lib/env.ts reads process.env once, so everything is set before lib/cli/start is imported.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { SERVER_FILE, type E2eServer } from "./server-file";

// E2E_PORT lets a second run (e.g. a developer beside CI) use another port.
const PORT = process.env.E2E_PORT ?? "3100";

async function createDatabase(serverUrl: string): Promise<string> {
  const name = `e2e_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  console.log(`[e2e] 测试数据库：${name}（${url.host}）`);
  if (process.env.E2E_KEEP_DB !== "1") {
    // process.exit() runs only synchronous 'exit' listeners: drop the database from a child process.
    process.on("exit", () => {
      const script = `
        const pg = require("pg");
        const c = new pg.Client({ connectionString: process.argv[1] });
        c.connect()
          .then(() => c.query('DROP DATABASE IF EXISTS "${name}" WITH (FORCE)'))
          .catch((e) => { console.error("[e2e] 删除测试数据库失败：", e.message); })
          .finally(() => c.end().catch(() => undefined));
      `;
      spawnSync(process.execPath, ["-e", script, serverUrl], { stdio: "inherit", timeout: 15_000 });
    });
  }
  return url.toString();
}

async function main() {
  process.env.PORT = PORT;
  // One server process (E2E_WEB_CONCURRENCY for more): the specs load most pages once or twice, and on CI's two cores a
  // second process doubles every page's cold start for the browsers' share of the CPU. workers.spec.ts runs the same
  // build as a two-process cluster beside it.
  process.env.WEB_CONCURRENCY = process.env.E2E_WEB_CONCURRENCY ?? "1";
  process.env.NEXTAUTH_URL = `http://localhost:${PORT}`;
  process.env.SEED_DEMO = "1";
  // Storage states saved by the setup project are used for the whole run: a session must not expire
  // between setup and the last spec however long the run (the idle timeout itself is tested in Vitest).
  process.env.SESSION_IDLE_MINUTES = "240";
  // A data key of this run's own, so the specs can enrol accounts of their own (tests/e2e/accounts.ts).
  process.env.DATA_KEY = crypto.randomBytes(24).toString("hex");
  const server = process.env.E2E_DATABASE_URL;
  if (server) {
    process.env.DATABASE_URL = await createDatabase(server);
  } else {
    // A fresh in-memory embedded database served from this process (never one named by the caller's
    // environment), whose address the specs need to make data of their own.
    const { startEmbeddedDatabase } = await import("../../lib/db/pglite-server");
    process.env.DATABASE_URL = (await startEmbeddedDatabase("memory://")).url;
  }
  const info: E2eServer = { databaseUrl: process.env.DATABASE_URL, dataKey: process.env.DATA_KEY };
  fs.mkdirSync(path.dirname(SERVER_FILE), { recursive: true });
  fs.writeFileSync(SERVER_FILE, JSON.stringify(info), { mode: 0o600 });
  await import("../../lib/cli/start");
}

main().catch((err: unknown) => {
  console.error("[e2e] 启动测试服务器失败：", err instanceof Error ? err.message : err);
  process.exit(1);
});
