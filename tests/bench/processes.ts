// Child processes of the benchmark (database host, portal, ceiling server) and their memory. Each child is
// started in a process group of its own, so stopping it stops exactly what this run started.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import readline from "node:readline";

/** Runs a TypeScript file with tsx's loader (as `npm start` runs lib/cli/start.ts). */
export function spawnTs(script: string, args: string[], env: NodeJS.ProcessEnv, tag: string, quiet = false): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream! }).on("line", (line) => {
      if (!quiet || /error|错误|失败|warn/i.test(line)) console.log(`  [${tag}] ${line}`);
    });
  }
  return child;
}

/** The first stdout line that parses as JSON, e.g. {"url": …} from db-host.ts. */
export function firstJsonLine<T>(child: ChildProcess, timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("子进程启动超时")), timeoutMs);
    const rl = readline.createInterface({ input: child.stdout! });
    rl.on("line", (line) => {
      if (!line.startsWith("{")) return;
      clearTimeout(timer);
      rl.close();
      resolve(JSON.parse(line) as T);
    });
    child.once("exit", (code) => reject(new Error(`子进程退出（${code}）`)));
  });
}

/** SIGTERM to the child's process group, SIGKILL if it has not gone after `graceMs`. */
export async function stopGroup(child: ChildProcess | undefined, graceMs = 15_000): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, graceMs);
  await gone;
  clearTimeout(timer);
}

function readStatus(pid: number): { rssKb: number; hwmKb: number; ppid: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(s)?.[1] ?? 0);
    return { rssKb: field("VmRSS"), hwmKb: field("VmHWM"), ppid: field("PPid") };
  } catch {
    return null;
  }
}

/** `root` and every process below it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const st = readStatus(Number(name));
    if (st) children.set(st.ppid, [...(children.get(st.ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/**
 * Samples the resident memory of a process tree every 200 ms. `peakMb()` is the highest sum seen since the
 * last reset (per table row); `hwmMb()` the kernel's own high-water mark (VmHWM) summed over the tree.
 */
export class RssSampler {
  private peak = 0;
  /** The largest single process seen over the whole run (the budget is per server process). */
  private peakOne = 0;
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly root: () => number | undefined) {}
  private pids(): number[] {
    const r = this.root();
    return r ? processTree(r) : [];
  }
  sample(): number {
    let kb = 0;
    for (const p of this.pids()) {
      const one = readStatus(p)?.rssKb ?? 0;
      kb += one;
      this.peakOne = Math.max(this.peakOne, one);
    }
    this.peak = Math.max(this.peak, kb);
    return kb;
  }
  start(): void {
    this.timer ??= setInterval(() => this.sample(), 200);
    this.timer.unref();
  }
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
  reset(): void {
    this.peak = 0;
    this.sample();
  }
  peakMb(): number {
    return this.peak / 1024;
  }
  hwmMb(): number {
    return this.pids().reduce((s, p) => s + (readStatus(p)?.hwmKb ?? 0), 0) / 1024;
  }
  /** The highest VmHWM of any one process of the tree, and the most seen in samples. */
  largestMb(): number {
    return Math.max(this.peakOne, ...this.pids().map((p) => readStatus(p)?.hwmKb ?? 0)) / 1024;
  }
  count(): number {
    return this.pids().length;
  }
}
