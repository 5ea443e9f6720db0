// npm start: the whole portal from a fresh clone. Without DATABASE_URL it serves an embedded
// PGlite database from data/pglite (nothing to install); it applies migrations, loads demo data
// into an empty database, builds the app when the sources changed, and runs Next.js.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { env } from "../env";
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";
import { ensureAuthSecret } from "./auth-secret";
import { applyMigrations } from "../db/migrate";
import { createPrisma } from "../db/create-prisma";
import { seedDemoIfEmpty } from "../db/seed-demo";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/pglite-server";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CLUSTER = path.join(ROOT, "lib", "cli", "next-cluster.cjs");
const BUILD_INPUTS = ["app", "components", "lib", "public", "types", "next.config.js", "package-lock.json", "tsconfig.json"];

function log(msg: string) {
  console.log(`[portal] ${msg}`);
}

function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(`${path.relative(ROOT, p)}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(ROOT, input));
  return hash.digest("hex");
}

function run(cmd: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: childEnv });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

async function main() {
  const dev = process.argv.includes("--dev");
  const started = Date.now();
  const secret = ensureAuthSecret(ROOT);
  const e = env();
  let embedded: EmbeddedDatabase | undefined;
  let url = e.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase(e.PGLITE_DATA_DIR);
    url = embedded.url;
    log(text("console.start.embedded", { dir: e.PGLITE_DATA_DIR }));
  } else {
    log(text("console.start.postgres"));
  }
  const applied = await applyMigrations(url);
  if (applied.length) log(text("console.migrate.applied", { names: applied.join(", ") }));
  if (e.SEED_DEMO === "1") {
    const prisma = createPrisma(url, 2);
    // The demo data is stored in Chinese whatever the console's language.
    if (await inLocale("zh-CN", () => seedDemoIfEmpty(prisma))) log(text("console.start.seeded"));
    await prisma.$disconnect();
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) {
    const dist = path.join(ROOT, e.NEXT_DIST_DIR);
    const stamp = path.join(dist, "portal-fingerprint");
    const fingerprint = sourceFingerprint();
    const built = fs.existsSync(path.join(dist, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === fingerprint;
    if (!built) {
      log(text("console.start.building"));
      await run(process.execPath, [NEXT_BIN, "build"], { ...childEnv, NODE_ENV: "production" });
      fs.writeFileSync(stamp, fingerprint);
    }
  }
  // The server gets the peer-address hook (lib/cli/peer-address.cjs): the connecting address of every request, the
  // one fact the per-address limits and audit records can build on (lib/http/client-address.ts).
  const nodeOptions = [
    process.env.NODE_OPTIONS,
    `--require ${JSON.stringify(path.join(ROOT, "lib", "cli", "peer-address.cjs"))}`,
    // Per process (each cluster worker inherits NODE_OPTIONS), so the limit bounds every server process.
    e.HEAP_LIMIT_MB > 0 && !dev ? `--max-old-space-size=${e.HEAP_LIMIT_MB}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  // One server process per core by default (issue 16); the development server is always one.
  const workers = dev ? 1 : (e.WEB_CONCURRENCY ?? os.availableParallelism());
  const child: ChildProcess = spawn(process.execPath, [CLUSTER, e.HOST, String(e.PORT), dev ? "dev" : "start"], {
    stdio: "inherit",
    env: { ...childEnv, NODE_ENV: dev ? "development" : "production", NODE_OPTIONS: nodeOptions, WEB_CONCURRENCY: String(workers) },
  });
  log(text("console.start.started", { port: String(e.PORT), workers: String(workers), seconds: ((Date.now() - started) / 1000).toFixed(1) }));

  const stop = async (code: number) => {
    if (embedded) await embedded.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      child.kill(sig);
    });
  }
  child.on("exit", (code) => void stop(code ?? 0));
}

void inConsoleLanguage(() =>
  main().catch((err: unknown) => {
    console.error(`[portal] ${text("console.start.failed")}`, err instanceof Error ? err.message : err);
    process.exit(1);
  }),
);
