// npm run bench [-- --pg postgres://postgres@127.0.0.1:5432/postgres] [--duration 8] [--levels 1,10,50] …
// Seeds a province-sized data set into a fresh database (embedded PGlite by default, or a new bench_<random>
// database on a PostgreSQL server), starts the production build through the launcher `npm start` uses,
// signs each role in over HTTP and drives the main read and write paths with autocannon; the same main
// queries served by a bare Node handler give the ceiling. Prints the table and the budgets and writes them
// into docs/BENCHMARK.md. Everything it starts or creates is stopped, dropped or removed at the end.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execSync, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";

const ROOT = process.cwd();
const { values: args } = parseArgs({
  options: {
    pg: { type: "string" },
    duration: { type: "string", default: "8" },
    "ceiling-duration": { type: "string", default: "5" },
    levels: { type: "string", default: "1,10,50" },
    "write-amount": { type: "string", default: "30" },
    "doc-runs": { type: "string", default: "10" },
    scale: { type: "string", default: "1" },
    only: { type: "string" },
    "keep-audit-index": { type: "boolean", default: false },
    "no-docs": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    // Server processes behind the port (WEB_CONCURRENCY); unset → the launcher's default, one per core.
    workers: { type: "string" },
  },
});
const SERVER_URL = args.pg ?? process.env.BENCH_DATABASE_URL;
const DURATION = Number(args.duration);
const CEILING_DURATION = Number(args["ceiling-duration"]);
const LEVELS = args.levels!.split(",").map(Number);
const WRITE_AMOUNT = Number(args["write-amount"]);
const DOC_RUNS = Number(args["doc-runs"]);
const SCALE = Number(args.scale);

// lib/env.ts reads process.env once: everything the seed and the portal share is set before any import of it.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
process.env.UPLOAD_DIR = path.join(TMP, "uploads");
process.env.DATA_KEY = crypto.randomBytes(32).toString("base64url");
process.env.NEXTAUTH_SECRET = crypto.randomBytes(32).toString("base64url");
delete process.env.DATABASE_URL;

const log = (msg: string) => console.log(`[bench] ${msg}`);

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const srv = net
        .createServer()
        .once("error", () => resolve(false))
        .listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`${from} 起没有空闲端口`);
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`门户进程已退出（${child.exitCode}）`);
    try {
      if ((await fetch(url, { redirect: "manual" })).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} 在 ${timeoutMs / 1000} 秒内未就绪`);
}

async function main() {
  const { spawnTs, firstJsonLine, stopGroup, RssSampler, processTree } = await import("./processes");
  const { seedBench } = await import("./seed");
  const { measure, splitDraftPool } = await import("./measure");
  const { budgetsOf, markdown, printReport, writeSection } = await import("./report");

  let dbHost: ChildProcess | undefined;
  let portal: ChildProcess | undefined;
  let ceiling: ChildProcess | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanup = () =>
    (cleaned ??= (async () => {
      await stopGroup(ceiling);
      await stopGroup(portal);
      await stopGroup(dbHost);
      await dropDatabase?.().catch((e: unknown) => console.error("[bench] 删除数据库失败：", e));
      fs.rmSync(TMP, { recursive: true, force: true });
    })());
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.once(sig, () => {
      log(`收到 ${sig}，正在停止并清理…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  const started = Date.now();
  const load0 = os.loadavg()[0]!;
  try {
    // ---------- a fresh database ----------
    let url: string;
    let dbLabel: string;
    if (SERVER_URL) {
      const name = `bench_${crypto.randomBytes(5).toString("hex")}`;
      const admin = new pg.Client({ connectionString: SERVER_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      const version = (await admin.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
      await admin.end();
      dropDatabase = async () => {
        const c = new pg.Client({ connectionString: SERVER_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
        log(`已删除数据库 ${name}`);
      };
      const u = new URL(SERVER_URL);
      u.pathname = `/${name}`;
      url = u.toString();
      dbLabel = `PostgreSQL ${version} (${u.host}, database ${name})`;
    } else {
      dbHost = spawnTs(path.join(ROOT, "tests/bench/db-host.ts"), [path.join(TMP, "pglite")], process.env, "pglite");
      url = (await firstJsonLine<{ url: string }>(dbHost)).url;
      dbLabel = "embedded PGlite (file-backed, served over pglite-socket by its own process, as `npm start` does)";
    }
    log(`数据库：${dbLabel}`);

    // ---------- the province ----------
    const seed = await seedBench(url, (m) => log(`  ${m}`), { scale: SCALE, keepAuditIndex: args["keep-audit-index"] });
    log(
      `数据已生成（${seed.seconds.toFixed(0)} 秒）：${Object.entries(seed.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join("，")}`,
    );

    // ---------- the portal, built if stale and started by the launcher, on 127.0.0.1 ----------
    const port = await freePort(3900);
    const base = `http://127.0.0.1:${port}`;
    portal = spawnTs(
      path.join(ROOT, "lib/cli/start.ts"),
      [],
      {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: "127.0.0.1",
        NEXTAUTH_URL: base,
        SEED_DEMO: "0",
        // Sessions must outlive the run (sign-in happens once per role, before the first measurement).
        SESSION_IDLE_MINUTES: "240",
        ...(args.workers ? { WEB_CONCURRENCY: args.workers } : {}),
        ...(args.profile ? { NODE_OPTIONS: `--require ${path.join(ROOT, "tests/bench/cpu-profiler.cjs")}`, BENCH_PROFILE_DIR: path.join(TMP, "prof") } : {}),
      },
      "portal",
      true,
    );
    log(`启动门户 ${base}（源代码有变化时先构建，约需几分钟）…`);
    await waitFor(`${base}/login`, portal, 20 * 60_000);
    // The launcher's child, lib/cli/next-cluster.cjs: one Next.js server, or the primary over its workers.
    const nextPid = () => processTree(portal!.pid!).find((p) => /next-cluster\.cjs|next-server/.test(safeRead(`/proc/${p}/cmdline`)));
    const serverRss = new RssSampler(nextPid);
    serverRss.start();
    const dbRss = dbHost ? new RssSampler(() => dbHost!.pid) : undefined;
    dbRss?.start();

    // ---------- the ceiling server ----------
    const ceilingPort = await freePort(port + 1);
    const sample = await sampleIds(
      url,
      seed.pool.map((p) => p.id),
      splitDraftPool(seed.pool, LEVELS).savePool.map((p) => p.id),
    );
    ceiling = spawnTs(
      path.join(ROOT, "tests/bench/ceiling.ts"),
      [],
      { ...process.env, BENCH_CEILING: JSON.stringify({ url, port: ceilingPort, ...sample.ceiling }) },
      "ceiling",
    );
    const ceilingBase = (await firstJsonLine<{ url: string }>(ceiling)).url;

    // ---------- measurements ----------
    const result = await measure({
      base,
      ceilingBase,
      root: ROOT,
      url,
      pool: seed.pool,
      sample,
      levels: LEVELS,
      duration: DURATION,
      ceilingDuration: CEILING_DURATION,
      writeAmount: WRITE_AMOUNT,
      docRuns: DOC_RUNS,
      only: args.only,
      serverRss,
      log,
    });

    const serverHwm = serverRss.hwmMb();
    const serverLargest = serverRss.largestMb();
    const dbHwm = dbRss?.hwmMb();
    if (args.profile) {
      // Each process writes its profile when it exits; the Next.js server's is named after its title.
      await stopGroup(portal);
      const dir = path.join(TMP, "prof");
      const names = fs.readdirSync(dir);
      log(`CPU 剖析文件：${names.join("、")}`);
      const file = names.filter((f) => f.startsWith("next-server")).map((f) => path.join(dir, f))[0];
      if (file) {
        // Kept for a closer look in Chrome DevTools (Performance → Load profile); the run's directory goes away.
        const kept = path.join(os.tmpdir(), `bench-${Date.now()}.cpuprofile`);
        fs.copyFileSync(file, kept);
        log(`CPU 剖析已保存：${kept}`);
        const { summarizeProfile } = await import("./profile");
        const top = summarizeProfile(file);
        result.notes.push(
          `CPU profile of the Next.js server over the whole run (self time by where the code comes from, via the build's source maps): ${top.map((t) => `${t.category} ${(100 * t.share).toFixed(1)} %`).join(", ")}.`,
        );
      }
    }
    const commit = safeExec("git rev-parse --short HEAD");
    const dirty = safeExec("git status --porcelain --untracked-files=no") ? " (with uncommitted changes)" : "";
    const cpu = os.cpus();
    const header = [
      `Date: ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC; commit ${commit}${dirty}; Node ${process.version}`,
      `Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${load0.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end (other jobs share the machine)`,
      `Database: ${dbLabel}`,
      `Data: ${Object.entries(seed.counts)
        .map(([k, v]) => `${k} ${v.toLocaleString("en")}`)
        .join(", ")} (seeded in ${seed.seconds.toFixed(0)} s)`,
      `Load: autocannon, ${DURATION} s per read path and concurrency (ceiling ${CEILING_DURATION} s), ${WRITE_AMOUNT} submissions / decisions per concurrency, ${DOC_RUNS} runs per document; ${serverRss.count() > 1 ? `${serverRss.count() - 1} server processes (node:cluster), ` : "one server process, "}portal peak RSS ${serverHwm.toFixed(0)} MB in all (VmHWM), largest process ${serverLargest.toFixed(0)} MB${dbHwm !== undefined ? `, PGlite process peak RSS ${dbHwm.toFixed(0)} MB` : ""}${args.profile ? "; **profiled run (the sampling profiler slows the server)**" : ""}`,
    ];
    const budgets = budgetsOf(result.rows, result.docs, result.firstLoad, serverLargest, result.views);
    const report = {
      database: dbLabel,
      header,
      rows: result.rows,
      docs: result.docs,
      firstLoad: result.firstLoad,
      views: result.views,
      budgets,
      notes: result.notes,
    };
    printReport(report);
    if (!args["no-docs"] && !args.only) {
      const key = SERVER_URL ? "postgresql" : "pglite";
      writeSection(path.join(ROOT, "docs", "BENCHMARK.md"), key, SERVER_URL ? "PostgreSQL" : "Embedded PGlite", markdown(report));
      log(`已写入 docs/BENCHMARK.md（${key}）`);
    }
    log(`用时 ${((Date.now() - started) / 60_000).toFixed(1)} 分钟`);
    serverRss.stop();
    dbRss?.stop();
  } finally {
    await cleanup();
  }
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function safeExec(cmd: string): string {
  try {
    return execSync(cmd, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
}

export interface Sample {
  filerOrgId: string;
  reviewerDivisionId: string;
  detailId: string;
  filedId: string;
  ceiling: { filerOrgId: string; reviewerDivisionId: string; reviewerId: string; detailId: string; draftId: string; filerId: string; saveDraftIds: string[] };
}

/** The rows the paths are measured on: the largest filing in the reviewer's queue with a resubmission, a filed alliance. */
async function sampleIds(url: string, poolIds: string[], saveDraftIds: string[]): Promise<Sample> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const one = async <T>(sql: string, params: unknown[] = []) => (await c.query<T & pg.QueryResultRow>(sql, params)).rows[0]!;
    const reviewer = await one<{ id: string; divisionId: string }>(`SELECT id, "divisionId" FROM "User" WHERE username = 'reviewer'`);
    const filer = await one<{ id: string; organizationId: string }>(`SELECT id, "organizationId" FROM "User" WHERE username = 'filer'`);
    const detail = await one<{ id: string }>(
      `SELECT a.id FROM "Alliance" a JOIN "Industry" i ON i.code = a."industryCode" WHERE i."divisionId" = $1 AND a.state = 'DIVISION_REVIEW' AND a."currentVersionNo" >= 2
       ORDER BY (SELECT count(*) FROM "Membership" m WHERE m."allianceId" = a.id) DESC, a.id LIMIT 1`,
      [reviewer.divisionId],
    );
    const filed = await one<{ id: string }>(
      `SELECT a.id FROM "Alliance" a WHERE a.state = 'FILED' ORDER BY (SELECT count(*) FROM "Assessment" s WHERE s."allianceId" = a.id) DESC, a.id LIMIT 1`,
    );
    return {
      filerOrgId: filer.organizationId,
      reviewerDivisionId: reviewer.divisionId,
      detailId: detail.id,
      filedId: filed.id,
      ceiling: {
        filerOrgId: filer.organizationId,
        reviewerDivisionId: reviewer.divisionId,
        reviewerId: reviewer.id,
        detailId: detail.id,
        draftId: poolIds[0]!,
        filerId: filer.id,
        saveDraftIds,
      },
    };
  } finally {
    await c.end();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error("[bench] 失败：", err);
    process.exit(1);
  },
);
