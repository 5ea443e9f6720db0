// npm test's first step: the type check and the lint (ESLint, Prettier, the catalogue check) side by side. Each is
// mostly one thread, and one after another they left a core idle for about a minute of every run (README, "Time on a
// 2-core machine"). The Prisma client is generated first: the type check and ESLint's typed rules both read it.
// Every check runs to its end; each one's output is printed whole when it finishes, and any failure fails the step.
import { spawn, spawnSync } from "node:child_process";

const CHECKS: [name: string, command: string, args: string[]][] = [
  ["tsc", "npx", ["tsc", "--noEmit"]],
  ["eslint", "npx", ["eslint", "."]],
  ["prettier", "npx", ["prettier", "--check", "."]],
  ["i18n", "npx", ["tsx", "lib/cli/check-i18n.ts"]],
];

function run(name: string, command: string, args: string[]): Promise<boolean> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const done = (ok: boolean, why = "") => {
      const head = `== ${name}: ${ok ? "ok" : `FAILED${why}`} (${((Date.now() - t0) / 1000).toFixed(1)} s)`;
      console.log(`${head}\n${out.trimEnd()}`.trimEnd());
      resolve(ok);
    };
    child.on("error", (err) => done(false, ` to start: ${err.message}`));
    child.on("close", (code, signal) => done(code === 0, code === 0 ? "" : ` with ${signal ?? `exit code ${code}`}`));
  });
}

async function main(): Promise<void> {
  const generated = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit" });
  if (generated.status !== 0) process.exit(generated.status ?? 1);
  const results = await Promise.all(CHECKS.map(([name, command, args]) => run(name, command, args)));
  const failed = CHECKS.filter((_, i) => !results[i]).map(([name]) => name);
  if (failed.length) {
    console.error(`Static checks failed: ${failed.join(", ")}`);
    process.exit(1);
  }
}

void main();
