// npm run migration:new -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema as of
// the last commit to the current prisma/schema.prisma. Prisma's diff needs a live database through
// its adapter, so an in-memory PGlite server is started for it: nothing outside this machine is used.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { startEmbeddedDatabase } from "../db/pglite-server";
import { readMigrations } from "../db/migrate";

async function main() {
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
  if (!name) throw new Error(text("console.usage", { usage: "npm run migration:new -- <name>" }));
  const hasPrevious = readMigrations().length > 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "schema-"));
  let from = ["--from-empty"];
  if (hasPrevious) {
    const prev = path.join(tmp, "previous.prisma");
    fs.writeFileSync(prev, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
    from = ["--from-schema-datamodel", prev];
  }
  const db = await startEmbeddedDatabase("memory://");
  try {
    // Async on purpose: this process serves the PGlite database the child connects to.
    const { stdout: sql } = await promisify(execFile)(
      "npx",
      ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: db.url }, maxBuffer: 64 * 1024 * 1024 },
    );
    if (/^-- This is an empty migration\.?\s*$/m.test(sql) || !sql.trim()) {
      console.log(text("console.migrate.noChanges"));
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(text("console.migrate.generated", { file: `${dir}/migration.sql` }));
  } finally {
    await db.stop();
  }
}

void inConsoleLanguage(() =>
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }),
);
