import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "../errors/app-error";
import { text } from "../i18n/text";
import { logError } from "../log";

// Heavy work on uploaded files (inflating, parsing PDF syntax, reading a workbook) runs in a worker thread, one per
// file, never on the event loop that answers everyone's requests (issue 15: a 1 MB workbook of 100,000 formula rows
// held the portal for 16 s). The worker is bounded three ways: its own budgets (bytes inflated, tokens, rows), V8
// heap limits, and a deadline after which it is terminated. At most MAX_RUNNING run at once (the machine's cores are
// for answering requests); a few more wait their turn and beyond that an upload is refused as "busy".

export type InspectTask = "pdf" | "docx" | "sheet";
export type InspectResult = { ok: true; [k: string]: unknown } | { ok: false; problem: string; detail?: string };

const MAX_RUNNING = 2;
const MAX_WAITING = 8;
const DEADLINE_MS: Record<InspectTask, number> = { pdf: 8_000, docx: 8_000, sheet: 10_000 };
// Heap only: buffers live outside it and are bounded by the checks' own byte budgets.
const LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

// Resolved from the project folder at run time: the worker is plain JavaScript that Node loads as it is, so the
// same file serves the built server (npm start runs from the project folder) and the tests.
const WORKER_FILE = path.join(process.cwd(), "lib", "uploads", "inspect", "worker.mjs");

let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) throw new AppError("RATE_LIMITED", "INSPECT_BUSY", { file: [text("uploads.busy")] });
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Runs one check in a fresh worker; a crash, an exhausted heap or the deadline come back as a refusal, never a hang. */
export async function inspectInWorker(task: InspectTask, bytes: Buffer, opts: Record<string, unknown> = {}): Promise<InspectResult> {
  const release = await slot();
  try {
    return await new Promise<InspectResult>((resolve) => {
      let settled = false;
      const worker = new Worker(WORKER_FILE, { workerData: { task, bytes: new Uint8Array(bytes), opts }, resourceLimits: LIMITS });
      const finish = (result: InspectResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
        void worker.terminate();
      };
      const timer = setTimeout(() => finish({ ok: false, problem: "TIMEOUT" }), DEADLINE_MS[task]);
      worker.once("message", (m: InspectResult) => finish(m && typeof m === "object" && "ok" in m ? m : { ok: false, problem: "FAILED" }));
      worker.once("error", (err) => {
        // ERR_WORKER_OUT_OF_MEMORY and friends: the file asked for more than it may have.
        logError("upload inspection worker failed", err);
        finish({ ok: false, problem: "FAILED", detail: (err as { code?: string }).code });
      });
      worker.once("exit", () => finish({ ok: false, problem: "FAILED" }));
    });
  } finally {
    release();
  }
}
