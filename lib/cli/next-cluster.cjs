// The production server on every core (issue 16): `node next-cluster.cjs <host> <port>` runs Next.js's own
// `next start` in WEB_CONCURRENCY processes that share the one listening port through node:cluster (the primary
// owns the socket and hands connections round-robin). Nothing a user depends on lives in one process (sessions,
// rate limits, reminders, e-mail claims and filing numbers go through the database: docs/SCALING.md), so any
// worker can answer the next request. One worker, or `next dev`, runs Next.js in this process without a primary.
"use strict";
const cluster = require("node:cluster");
const path = require("node:path");

const [host, port, mode = "start"] = process.argv.slice(2);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || 1);
const NEXT_BIN = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

function runNext() {
  process.argv = [process.execPath, NEXT_BIN, mode, "-H", host, "-p", port];
  require(NEXT_BIN);
}

if (mode !== "start" || workers === 1 || !cluster.isPrimary) {
  runNext();
} else {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  console.log(`[portal] ${workers} 个服务进程共用端口 ${port}`);
  // A worker that dies is replaced after a short pause (not in a tight loop if it dies at start-up).
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers).length === 0) process.exit(0);
      return;
    }
    console.error(`[portal] 服务进程 ${worker.process.pid} 退出（${signal ?? code}），1 秒后重启`);
    setTimeout(fork, 1000).unref();
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers)) w?.process.kill(sig);
      if (Object.keys(cluster.workers).length === 0) process.exit(0);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}
