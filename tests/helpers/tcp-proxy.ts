// A real TCP proxy (node:net) between a client and the test database, so a test can make the database
// "go away" the way a crashed server or a broken network does: sockets reset in the middle of a
// transaction, then connections refused, then back again on the same address.
import net from "node:net";

export interface TcpProxy {
  /** The database URL with host and port pointing at the proxy. */
  url: string;
  /**
   * The next client→server packet containing `marker` is not forwarded: every open connection is reset
   * instead (both sides), as if the database process died just before that statement reached it.
   * "reset" sends TCP resets (a crashed host, a broken network); "close" ends the sockets cleanly, as a
   * server process that exits does. Resolves when the cut has happened.
   */
  cutBefore(marker: string, how?: "reset" | "close"): Promise<void>;
  /** Stops listening and resets every open connection: new connections are refused (ECONNREFUSED). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  /** How many forwarded client→server packets contained `marker` (e.g. a statement's text). */
  sent(marker: string): number;
  close(): Promise<void>;
}

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const targetHost = target.hostname;
  const targetPort = Number(target.port || 5432);
  const pairs = new Set<{ client: net.Socket; server: net.Socket }>();
  let cut: { marker: Buffer; how: "reset" | "close"; done: () => void } | undefined;
  const log: Buffer[] = [];
  let server: net.Server | undefined;
  let port = 0;

  const cutAll = (how: "reset" | "close") => {
    for (const pair of pairs) {
      for (const socket of [pair.client, pair.server]) {
        if (how === "reset") socket.resetAndDestroy();
        else socket.end(() => socket.destroy());
      }
    }
    pairs.clear();
  };

  const onConnection = (client: net.Socket) => {
    const upstream = net.connect(targetPort, targetHost);
    const pair = { client, server: upstream };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop);
    upstream.on("error", drop);
    client.on("close", drop);
    upstream.on("close", drop);
    client.on("data", (chunk: Buffer) => {
      if (cut && chunk.includes(cut.marker)) {
        const { how, done } = cut;
        cut = undefined;
        cutAll(how);
        done();
        return;
      }
      log.push(chunk);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer(onConnection);
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const s = server;
      server = undefined;
      s.close(() => resolve());
      cutAll("reset");
    });

  await listen();
  const url = new URL(targetUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  return {
    url: url.toString(),
    cutBefore: (marker, how = "reset") => new Promise<void>((resolve) => (cut = { marker: Buffer.from(marker, "utf8"), how, done: resolve })),
    down: stopListening,
    up: listen,
    sent: (marker) => log.filter((chunk) => chunk.includes(marker)).length,
    close: stopListening,
  };
}
