// npm run db:seed: loads the demo data into DATABASE_URL when it has no users yet.
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { inLocale } from "../i18n/server-text";
import { createPrisma } from "../db/create-prisma";
import { applyMigrations } from "../db/migrate";
import { seedDemoIfEmpty } from "../db/seed-demo";
import { env } from "../env";
import { ensureAuthSecret } from "./auth-secret";

async function main() {
  ensureAuthSecret();
  const url = env().DATABASE_URL;
  if (!url) throw new Error(text("console.seed.noDatabaseUrl"));
  await applyMigrations(url);
  const prisma = createPrisma(url, 2);
  try {
    // The demo data is stored in Chinese whatever the console's language.
    const seeded = await inLocale("zh-CN", () => seedDemoIfEmpty(prisma));
    console.log(seeded ? text("console.seed.loaded") : text("console.seed.notLoaded"));
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
