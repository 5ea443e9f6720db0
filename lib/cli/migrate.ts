// npm run db:migrate: applies pending migrations to DATABASE_URL (a PostgreSQL server).
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { applyMigrations } from "../db/migrate";
import { env } from "../env";

async function main() {
  const url = env().DATABASE_URL;
  if (!url) throw new Error(text("console.migrate.noDatabaseUrl"));
  const applied = await applyMigrations(url);
  console.log(applied.length ? text("console.migrate.applied", { names: applied.join(", ") }) : text("console.migrate.upToDate"));
}

void inConsoleLanguage(() =>
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }),
);
