// Virus scanning of uploads through ClamAV's clamd (INSTREAM over TCP). Fails closed: a file is stored only
// after clamd has said "OK". Without CLAMD_HOST no scan runs (docs/SCALING.md, README configuration).
import net from "node:net";
import { env } from "../env";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { logError, logInfo } from "../log";

export type ScanVerdict = { status: "clean" } | { status: "infected"; signature: string } | { status: "unavailable"; reason: string };

/** What the user is told, in the current language (read on each use). */
export const SCAN_MESSAGES = {
  infected: (signature: string) => text("uploads.infected", { signature }),
  get unavailable(): string {
    return text("uploads.scanUnavailable");
  },
};

const CHUNK = 64 * 1024;
const MAX_REPLY = 4096;

/**
 * Streams the bytes to clamd: "zINSTREAM\0", then chunks each prefixed with its length as 4 bytes big-endian,
 * then a zero length. clamd answers "stream: OK\0" or "stream: <signature> FOUND\0"; anything else, a refused
 * or dropped connection, or no answer within timeoutMs is "unavailable".
 */
export function scanWithClamd(bytes: Buffer, opts: { host: string; port: number; timeoutMs: number }): Promise<ScanVerdict> {
  return new Promise((resolve) => {
    let reply = Buffer.alloc(0);
    let done = false;
    const socket = net.connect({ host: opts.host, port: opts.port });
    const finish = (verdict: ScanVerdict) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(verdict);
    };
    const timer = setTimeout(() => finish({ status: "unavailable", reason: `no answer within ${opts.timeoutMs} ms` }), opts.timeoutMs);
    const complete = () => {
      const end = reply.indexOf(0);
      return end < 0 ? null : reply.subarray(0, end).toString("utf8").trim();
    };

    socket.on("data", (data: Buffer) => {
      reply = Buffer.concat([reply, data]);
      const answer = complete();
      if (answer !== null) finish(parseReply(answer));
      else if (reply.length > MAX_REPLY) finish({ status: "unavailable", reason: "reply too long" });
    });
    // clamd may answer and close before it has read everything (e.g. its size limit): use the answer if there is one.
    socket.on("error", (err) => {
      const answer = complete();
      finish(answer !== null ? parseReply(answer) : { status: "unavailable", reason: err.message });
    });
    socket.on("close", () => finish({ status: "unavailable", reason: "connection closed before a complete answer" }));
    socket.on("connect", () => {
      void (async () => {
        await write(Buffer.from("zINSTREAM\0", "latin1"));
        for (let at = 0; at < bytes.length && !done; at += CHUNK) {
          const chunk = bytes.subarray(at, at + CHUNK);
          const size = Buffer.alloc(4);
          size.writeUInt32BE(chunk.length, 0);
          await write(Buffer.concat([size, chunk]));
        }
        await write(Buffer.alloc(4));
      })();
    });

    /** Resolves once the socket can take more (or the scan has ended), so a 20 MB file is never queued whole. */
    function write(data: Buffer): Promise<void> {
      if (done || socket.destroyed) return Promise.resolve();
      if (socket.write(data)) return Promise.resolve();
      return new Promise((ok) => {
        const go = () => {
          socket.off("drain", go);
          socket.off("close", go);
          ok();
        };
        socket.on("drain", go);
        socket.on("close", go);
      });
    }
  });
}

function parseReply(answer: string): ScanVerdict {
  if (answer === "stream: OK") return { status: "clean" };
  const found = /^stream: (.+) FOUND$/.exec(answer);
  if (found) return { status: "infected", signature: found[1]!.replace(/[^\w.:/()-]/g, "").slice(0, 100) || text("uploads.unnamedMalware") };
  return { status: "unavailable", reason: `unexpected answer: ${JSON.stringify(answer.slice(0, 100))}` };
}

/** Refuses the upload unless clamd (when configured) says it is clean; nothing is stored before this passes. */
export async function scanUploadOrThrow(bytes: Buffer, context: { userId: string; sha256: string }): Promise<void> {
  const { CLAMD_HOST: host, CLAMD_PORT: port, CLAMD_TIMEOUT_MS: timeoutMs } = env();
  if (!host) return;
  const verdict = await scanWithClamd(bytes, { host, port, timeoutMs });
  if (verdict.status === "clean") return;
  if (verdict.status === "infected") {
    logInfo("upload refused: virus found", { ...context, signature: verdict.signature });
    throw new AppError("INVALID_INPUT", "INFECTED", { file: [SCAN_MESSAGES.infected(verdict.signature)] });
  }
  logError("upload refused: virus scan unavailable", verdict.reason);
  throw new AppError("INTERNAL", "SCAN_UNAVAILABLE", { file: [SCAN_MESSAGES.unavailable] });
}
