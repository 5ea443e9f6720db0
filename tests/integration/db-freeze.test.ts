import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrisma } from "@/lib/db/create-prisma";
import type { PrismaClient } from "@/lib/db/generated/client";
import { unexpectedErrorCode } from "@/lib/errors/db-unavailable";
import { errorResponse } from "@/lib/http/responses";
import { useTestDatabase } from "../helpers/test-db";

// Issue 15 (8): with the database frozen for 20 s, pages answered 200 after about 22 s. A frozen database is one
// that holds its connections open and says nothing: a proxy here stops forwarding either way, and a listener
// accepts connections and never answers. Requests must fail within the configured bound as DB_UNAVAILABLE.

const t = useTestDatabase();
const QUERY_MS = 1500;
const CONNECT_MS = 1000;

/** Forwards to the database until frozen; frozen, it holds every byte (both ways) until thawed. */
function freezingProxy(target: URL) {
  let frozen = false;
  const held: (() => void)[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    const pipe = (from: net.Socket, to: net.Socket) =>
      from.on("data", (chunk) => {
        if (frozen) held.push(() => to.write(chunk));
        else to.write(chunk);
      });
    pipe(client, upstream);
    pipe(upstream, client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  return {
    server,
    freeze: () => (frozen = true),
    thaw: () => {
      frozen = false;
      for (const go of held.splice(0)) go();
    },
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

let proxy: ReturnType<typeof freezingProxy>;
let viaProxy: PrismaClient;
let silent: net.Server;

beforeAll(async () => {
  const target = new URL(t.url());
  proxy = freezingProxy(target);
  await new Promise<void>((r) => proxy.server.listen(0, "127.0.0.1", r));
  const url = new URL(t.url());
  url.port = String((proxy.server.address() as net.AddressInfo).port);
  url.hostname = "127.0.0.1";
  viaProxy = createPrisma(url.toString(), 2, { queryMs: QUERY_MS, connectMs: CONNECT_MS });
  // A listener that accepts and never speaks: a new connection's handshake never completes.
  silent = net.createServer(() => undefined);
  await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
});

afterAll(async () => {
  proxy.thaw();
  await viaProxy.$disconnect().catch(() => undefined);
  proxy.close();
  silent.close();
});

async function timed(p: Promise<unknown>) {
  const start = Date.now();
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  return { err, ms: Date.now() - start };
}

describe("a frozen database is answered within a bound, as DB_UNAVAILABLE (503)", () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  afterAll(() => logged.mockRestore());

  it("a query on an open connection whose database stopped answering", async () => {
    expect(await viaProxy.user.count()).toBeGreaterThanOrEqual(0);
    proxy.freeze();
    const { err, ms } = await timed(viaProxy.user.count());
    expect(err).not.toBeNull();
    expect(unexpectedErrorCode(err)).toBe("DB_UNAVAILABLE");
    expect(ms).toBeLessThan(QUERY_MS + 2000);
    const res = errorResponse(err);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, code: "DB_UNAVAILABLE" });
    // Thawed, the same client answers again (the late answer is consumed in order, never handed to another query).
    proxy.thaw();
    await new Promise((r) => setTimeout(r, 200));
    expect(typeof (await viaProxy.user.count())).toBe("number");
  }, 30_000);

  it("a new connection to a database that accepts and never answers", async () => {
    const url = new URL(t.url());
    url.hostname = "127.0.0.1";
    url.port = String((silent.address() as net.AddressInfo).port);
    const client = createPrisma(url.toString(), 1, { queryMs: QUERY_MS, connectMs: CONNECT_MS });
    const { err, ms } = await timed(client.user.count());
    expect(unexpectedErrorCode(err)).toBe("DB_UNAVAILABLE");
    expect(ms).toBeLessThan(CONNECT_MS + 2000);
    await client.$disconnect().catch(() => undefined);
  }, 30_000);
});
