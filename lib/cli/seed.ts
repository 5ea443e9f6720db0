// npm run db:seed: loads the demo data into DATABASE_URL when it has no users yet.
import { createPrisma } from "../db/create-prisma";
import { applyMigrations } from "../db/migrate";
import { seedDemoIfEmpty } from "../db/seed-demo";
import { env } from "../env";
import { ensureAuthSecret } from "./auth-secret";

async function main() {
  ensureAuthSecret();
  const url = env().DATABASE_URL;
  if (!url) throw new Error("未设置 DATABASE_URL；内置数据库在 npm start 时自动加载演示数据。");
  await applyMigrations(url);
  const prisma = createPrisma(url, 2);
  try {
    console.log((await seedDemoIfEmpty(prisma)) ? "已加载演示数据。" : "数据库已有用户，未加载演示数据。");
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
