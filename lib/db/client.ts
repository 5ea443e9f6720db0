import "server-only";
import type { PrismaClient } from "./generated/client";
import { createPrisma } from "./create-prisma";
import { env } from "../env";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { __prisma?: PrismaClient; __prismaRead?: PrismaClient };

/** The portal's one client. DATABASE_URL is set by the launcher (embedded PGlite) or the operator. */
export function db(): PrismaClient {
  if (!globalForDb.__prisma) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`.");
    globalForDb.__prisma = createPrisma(url, env().DB_POOL_MAX);
  }
  return globalForDb.__prisma;
}

/**
 * For dashboards and statistics only: a read replica when DATABASE_READ_URL is set (docs/SCALING.md), the
 * primary otherwise. A replica may lag by a moment, so nothing that decides or writes reads through this.
 */
export function readDb(): PrismaClient {
  const url = env().DATABASE_READ_URL;
  if (!url) return db();
  globalForDb.__prismaRead ??= createPrisma(url, env().DB_POOL_MAX);
  return globalForDb.__prismaRead;
}

/** Tests point the data layer at their own database. */
export function useDatabase(client: PrismaClient | undefined, readClient?: PrismaClient): void {
  globalForDb.__prisma = client;
  globalForDb.__prismaRead = readClient;
}
