import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { ExchangeQueue } from "./pglite-queue";

export interface EmbeddedDatabase {
  url: string;
  /** The data folder as an uncompressed tar image (PGlite's dumpDataDir), loadable by `loadDataDir`. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Start from this data-folder image (an in-memory copy) instead of an empty cluster: skips initdb. */
  loadDataDir?: Blob;
}

/**
 * Serves an embedded PGlite database (real PostgreSQL compiled to WASM) on 127.0.0.1, so the
 * portal always speaks the PostgreSQL wire protocol and only DATABASE_URL differs between the
 * embedded default and a real server. PGlite is single-process: only the caller may open dataDir.
 * dataDir "memory://" keeps everything in memory (tests).
 */
export async function startEmbeddedDatabase(dataDir: string, port = 0, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) fs.mkdirSync(path.resolve(dataDir), { recursive: true });
  const db = await PGlite.create({ dataDir: inMemory ? dataDir : path.resolve(dataDir), loadDataDir: options.loadDataDir });
  const chosenPort = port || (await freePort());
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: chosenPort, maxConnections: 64 });
  // The library's queue interleaves connections' protocol messages outside transaction blocks (pglite-queue.ts);
  // every connection handler is built with the server's queue, so it is replaced before the first connection.
  (server as unknown as { queryQueue: ExchangeQueue }).queryQueue = new ExchangeQueue(db);
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${chosenPort}/postgres?sslmode=disable`,
    dump: async () => (await db.dumpDataDir("none")) as Blob,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}
