// Runs the embedded database in a process of its own, the way `npm start` does (lib/cli/start.ts): PGlite
// on a data folder served over a local port, stopped on SIGTERM by closing the server and the database.
// Tests start it, kill it (SIGTERM, or SIGKILL for a crash) and start it again on the same folder.
//   tsx tests/helpers/pglite-process.ts <dataDir>   → prints "READY <url>"
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmbeddedDatabase } from "../../lib/db/pglite-server";

export interface PgliteProcess {
  url: string;
  /** Sends the signal and waits for the process to exit. */
  stop(signal: "SIGTERM" | "SIGKILL"): Promise<void>;
}

export function startPgliteProcess(dataDir: string): Promise<PgliteProcess> {
  // node itself with tsx as a loader (not the tsx CLI, which runs a second process): the signal reaches the
  // process that holds the database, and SIGKILL leaves no orphan still holding the folder.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve("tests/helpers/pglite-process.ts"), dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("exit", (code) => reject(new Error(`embedded database process exited early (${code})`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const m = /READY (\S+)/.exec(out);
      if (!m) return;
      resolve({
        url: m[1]!,
        async stop(signal) {
          child.kill(signal);
          await exited;
        },
      });
    });
  });
}

async function main(dataDir: string) {
  const embedded = await startEmbeddedDatabase(dataDir);
  process.on("SIGTERM", () => {
    void embedded.stop().finally(() => process.exit(0));
  });
  console.log(`READY ${embedded.url}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) void main(process.argv[2]!);
