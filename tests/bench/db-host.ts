// A process of its own that serves the benchmark's PGlite database on 127.0.0.1, as `npm start` does from
// its launcher: the portal, the seed and the ceiling server all reach it over the PostgreSQL protocol, and
// the load generator never shares an event loop with the database. Prints {"url": …} once listening.
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";

async function main() {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: db-host.ts <data dir>");
  const db = await startEmbeddedDatabase(dir);
  process.stdout.write(`${JSON.stringify({ url: db.url })}\n`);
  const stop = () => {
    db.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error("[bench] 数据库进程启动失败：", err);
  process.exit(1);
});
