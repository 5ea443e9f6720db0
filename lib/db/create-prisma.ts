import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { watchQueries } from "./query-count";

export function createPrisma(connectionString: string, max = 10): PrismaClient {
  // Our own pool (the adapter would build the same one) so each connection passes the query counter.
  const pool = new pg.Pool({ connectionString, max });
  pool.on("connect", watchQueries);
  releaseDeadConnections(pool);
  // maxWait: how long a transaction may queue for a connection before it is refused. Prisma's 2 s is short for
  // the embedded database, where one backend serves every transaction in turn: at 50 simultaneous autosaves
  // the benchmark saw saves refused that 10 s lets through (docs/BENCHMARK.md).
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

/**
 * @prisma/adapter-pg 6.19 never hands back a connection that dies inside an interactive transaction
 * (database restarted, network cut): its ROLLBACK fails on the dead socket and the release after it
 * never runs. After DB_POOL_MAX such failures every request would wait forever for a connection.
 * So a checked-out connection whose socket dies is released here with the error (the pool destroys
 * it and opens a fresh one on demand); the adapter's own release, should it still come, does nothing.
 * Proven by tests/integration/db-faults.test.ts.
 */
function releaseDeadConnections(pool: pg.Pool): void {
  const watched = new Map<pg.PoolClient, (err: Error) => void>();
  pool.on("acquire", (client) => {
    const onDead = (err: Error) => {
      watched.delete(client);
      client.release(err);
      client.release = () => undefined;
    };
    watched.set(client, onDead);
    client.once("error", onDead);
  });
  pool.on("release", (_err, client) => {
    const onDead = watched.get(client);
    if (!onDead) return;
    client.off("error", onDead);
    watched.delete(client);
  });
}
