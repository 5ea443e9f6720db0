// A stand-in for ClamAV's clamd (not installed on this machine): a real TCP server speaking the INSTREAM
// protocol ("zINSTREAM\0", chunks each prefixed by a 4-byte big-endian length, a zero length to end; answer
// "stream: OK\0" or "stream: <signature> FOUND\0"). It "detects" the EICAR test string anywhere in the stream,
// as clamd's Eicar-Signature does. Fault modes: hang (never answers), close (drops the connection midway),
// garbage (answers something that is not clamd's protocol).
import net from "node:net";
import type { AddressInfo } from "node:net";

// The EICAR anti-virus test file: harmless, and detected by every scanner by design.
export const EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

export type ClamdMode = "scan" | "hang" | "close" | "garbage";

export interface FakeClamd {
  host: string;
  port: number;
  mode: ClamdMode;
  /** Completed INSTREAM scans: bytes received and the answer given. */
  scans: { bytes: number; answer: string }[];
  close(): Promise<void>;
}

const STREAM_MAX = 25 * 1024 * 1024; // clamd's default StreamMaxLength

export async function startFakeClamd(): Promise<FakeClamd> {
  const sockets = new Set<net.Socket>();
  const state = { mode: "scan" as ClamdMode, scans: [] as FakeClamd["scans"] };

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    const mode = state.mode;
    let buf = Buffer.alloc(0);
    let command: string | null = null;
    const parts: Buffer[] = [];
    let received = 0;
    const answer = (text: string) => {
      state.scans.push({ bytes: received, answer: text });
      socket.end(`${text}\0`);
    };

    socket.on("data", (data: Buffer) => {
      if (mode === "hang") return;
      if (mode === "close") return socket.destroy();
      buf = Buffer.concat([buf, data]);
      if (command === null) {
        const end = buf.indexOf(0);
        if (end < 0) return;
        command = buf.subarray(0, end).toString("latin1");
        buf = buf.subarray(end + 1);
        if (command !== "zINSTREAM") return answer("UNKNOWN COMMAND");
      }
      while (buf.length >= 4) {
        const size = buf.readUInt32BE(0);
        if (size === 0) {
          if (mode === "garbage") return socket.end("HELLO FROM NOT-CLAMD\0");
          const all = Buffer.concat(parts);
          return answer(all.includes(EICAR) ? "stream: Eicar-Signature FOUND" : "stream: OK");
        }
        if (buf.length < 4 + size) return;
        parts.push(buf.subarray(4, 4 + size));
        received += size;
        buf = buf.subarray(4 + size);
        if (received > STREAM_MAX) return answer("INSTREAM size limit exceeded. ERROR");
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    host: "127.0.0.1",
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  });
}
