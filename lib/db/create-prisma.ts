import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { watchQueries } from "./query-count";

export function createPrisma(connectionString: string, max = 10): PrismaClient {
  // Our own pool (the adapter would build the same one) so each connection passes the query counter.
  const pool = new pg.Pool({ connectionString, max });
  pool.on("connect", watchQueries);
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
