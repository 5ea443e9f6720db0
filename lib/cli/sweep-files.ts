// npx tsx lib/cli/sweep-files.ts: removes stored files that no record names and that are older than an hour
// (leftovers of uploads interrupted between storing the file and writing its record). Safe to run at any
// time and on any one instance. Needs DATABASE_URL: the embedded PGlite database is opened by the portal's
// process only.
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { createPrisma } from "../db/create-prisma";
import { env } from "../env";
import { storeFromEnv } from "../storage/select-store";
import { sweepOrphanFiles } from "../storage/sweep";

async function main() {
  const url = env().DATABASE_URL;
  if (!url) throw new Error(text("console.sweepFiles.noDatabaseUrl"));
  const prisma = createPrisma(url, 2);
  try {
    const r = await sweepOrphanFiles(prisma, storeFromEnv());
    console.log(text("console.sweepFiles.done", { checked: String(r.checked), removed: String(r.removed), partials: String(r.partials) }));
  } finally {
    await prisma.$disconnect();
  }
}

void inConsoleLanguage(() =>
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }),
);
