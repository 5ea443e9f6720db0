// npm run db:migrate: applies pending migrations to DATABASE_URL (a PostgreSQL server).
import { applyMigrations } from "../db/migrate";
import { env } from "../env";

async function main() {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("未设置 DATABASE_URL；内置数据库的迁移在 npm start 时自动执行。");
  const applied = await applyMigrations(url);
  console.log(applied.length ? `已应用迁移：${applied.join(", ")}` : "数据库已是最新。");
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
