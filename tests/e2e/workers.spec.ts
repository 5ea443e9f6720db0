import fs from "node:fs";
import { expect, test, request } from "@playwright/test";
import { storageStatePath } from "./server-file";

// Issue 16: the portal serves from one process per core behind the one port (lib/cli/next-cluster.cjs), and a
// signed-in user is served by whichever process takes the connection: sessions, like everything a user depends on,
// live in the database and the signed cookie, not in a process. The server here is the one every spec uses.
const PORT = process.env.E2E_PORT ?? "3100";

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

test("the portal answers from every server process, each with the signed-in session", async () => {
  const primary = pids().find((p) => {
    const argv = readProc(p, "cmdline").split("\0");
    return argv.some((a) => a.endsWith("next-cluster.cjs")) && argv.includes(PORT);
  });
  expect(primary, "the launcher's cluster process for this port").toBeDefined();
  const workers = pids().filter((p) => stat(p)?.ppid === primary);
  // CI's machines have two cores; WEB_CONCURRENCY unset means one process per core.
  expect(workers.length).toBeGreaterThanOrEqual(2);
  const before = new Map(workers.map((p) => [p, stat(p)!.cpu]));

  // A new connection for every request (the primary hands connections round-robin), each with the filer's cookie.
  const api = await request.newContext({
    baseURL: `http://localhost:${PORT}`,
    storageState: storageStatePath("filer"),
    extraHTTPHeaders: { connection: "close" },
  });
  try {
    for (let i = 0; i < 4 * workers.length; i++) {
      const res = await api.get("/alliances", { maxRedirects: 0 });
      expect(res.status(), "a signed-in page, not a redirect to /login").toBe(200);
      expect(await res.text()).toContain("创新联盟");
    }
  } finally {
    await api.dispose();
  }
  for (const p of workers) expect(stat(p)!.cpu, `process ${p} rendered some of the pages`).toBeGreaterThan(before.get(p)!);
});
