import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, request } from "@playwright/test";
import { SERVER_FILE, storageStatePath, type E2eServer } from "./server-file";

// Issue 16: in production the portal serves from one process per core behind the one port (lib/cli/next-cluster.cjs),
// and a signed-in user is served by whichever process takes the connection: sessions, like everything a user depends
// on, live in the database and the signed cookie, not in a process. The browser suite's own server runs one process
// (its specs load each page once or twice, and on two cores a second process only doubles every page's cold start),
// so this spec starts the same build as a two-process cluster on another port, on the suite's database, with the
// launcher's environment, and signs nothing in anew: the filer's cookie from the setup project must work on both.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://localhost:${PORT}`;
const ROOT = process.cwd();

function readProc(pid: number, file: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}
const pids = () =>
  fs
    .readdirSync("/proc")
    .filter((n) => /^\d+$/.test(n))
    .map(Number);
/** ppid and CPU time (utime + stime, clock ticks) from /proc/<pid>/stat; the name field may hold spaces. */
function stat(pid: number): { ppid: number; cpu: number } | null {
  const s = readProc(pid, "stat");
  const rest = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return rest.length > 13 ? { ppid: Number(rest[1]), cpu: Number(rest[11]) + Number(rest[12]) } : null;
}

let cluster: ChildProcess | undefined;

test.afterAll(() => {
  if (cluster?.pid) process.kill(-cluster.pid, "SIGTERM");
});

test("the build serves from two processes on one port, each with the signed-in session", async () => {
  test.setTimeout(180_000);
  const server = JSON.parse(fs.readFileSync(SERVER_FILE, "utf8")) as E2eServer;
  const secret = process.env.NEXTAUTH_SECRET ?? fs.readFileSync(path.join(ROOT, "data", ".auth-secret"), "utf8").trim();
  // As lib/cli/start.ts starts it: production mode, the peer-address hook, the shared secrets, the database.
  cluster = spawn(process.execPath, [path.join(ROOT, "lib/cli/next-cluster.cjs"), "127.0.0.1", String(PORT), "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      WEB_CONCURRENCY: "2",
      DATABASE_URL: server.databaseUrl,
      DATA_KEY: server.dataKey,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: BASE,
      SEED_DEMO: "0",
      SESSION_IDLE_MINUTES: "240",
      NODE_OPTIONS: `--require ${path.join(ROOT, "lib/cli/peer-address.cjs")}`,
    },
    detached: true,
    stdio: "ignore",
  });
  const primary = cluster.pid!;
  await expect.poll(async () => (await fetch(`${BASE}/login`).catch(() => null))?.status ?? 0, { timeout: 120_000, intervals: [1000] }).toBe(200);
  const workers = pids().filter((p) => stat(p)?.ppid === primary);
  expect(workers).toHaveLength(2);
  // Let both finish starting (the first answer came from one of them), then count from here.
  await new Promise((r) => setTimeout(r, 2000));
  const before = new Map(workers.map((p) => [p, stat(p)!.cpu]));

  // A new connection for every request (the primary hands connections round-robin), each with the filer's cookie.
  const api = await request.newContext({ baseURL: BASE, storageState: storageStatePath("filer"), extraHTTPHeaders: { connection: "close" } });
  try {
    for (let i = 0; i < 8; i++) {
      const res = await api.get("/alliances", { maxRedirects: 0 });
      expect(res.status(), "a signed-in page, not a redirect to /login").toBe(200);
      expect(await res.text()).toContain("创新联盟");
    }
  } finally {
    await api.dispose();
  }
  for (const p of workers) expect(stat(p)!.cpu, `process ${p} rendered some of the pages`).toBeGreaterThan(before.get(p)!);
});
