// npx tsx lib/cli/sweep-files.ts: removes stored files that no record names and that are older than an hour
// (leftovers of uploads interrupted between storing the file and writing its record). Safe to run at any
// time and on any one instance. Needs DATABASE_URL: the embedded PGlite database is opened by the portal's
// process only.
import { createPrisma } from "../db/create-prisma";
import { env } from "../env";
import { storeFromEnv } from "../storage/select-store";
import { sweepOrphanFiles } from "../storage/sweep";

async function main() {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("未设置 DATABASE_URL：请指向门户使用的 PostgreSQL 数据库。内置数据库（PGlite）只能由门户进程打开，不能用此命令清理。");
  const prisma = createPrisma(url, 2);
  try {
    const r = await sweepOrphanFiles(prisma, storeFromEnv());
    console.log(`已检查 ${r.checked} 个超过 1 小时的存储文件，删除无记录引用的文件 ${r.removed} 个、未写完的临时文件 ${r.partials} 个。`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
