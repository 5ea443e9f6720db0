import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { watchQueries } from "./query-count";
import { env } from "../env";

export function createPrisma(connectionString: string, max = 10, timeouts: { queryMs?: number; connectMs?: number } = {}): PrismaClient {
  // Our own pool (the adapter would build the same one) so each connection passes the query counter.
  // Bounded waits (issue 15): a frozen database (a stopped process, a network that drops packets) left pages
  // waiting 22 s and the editor saving forever. A connection's handshake and a query's answer are waited for a
  // few seconds, then the request fails as DB_UNAVAILABLE (503, "系统暂时无法连接数据库…"). A timed-out query that
  // was already sent keeps its place on its connection (pg answers the next only after it), so answers never mix.
  const e = env();
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: timeouts.connectMs ?? e.DB_CONNECT_TIMEOUT_MS,
    query_timeout: timeouts.queryMs ?? e.DB_QUERY_TIMEOUT_MS,
  });
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
