// The inspection worker: one per upload, started by lib/uploads/inspect.ts with memory limits and killed when it
// overruns its time. Everything that inflates or parses an uploaded file runs here, never on the event loop that
// answers requests. Plain JavaScript so that Node runs it as it is, in the built server and in the tests alike.
import { parentPort, workerData } from "node:worker_threads";

async function run({ task, bytes, opts }) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (task === "pdf") return (await import("./pdf.mjs")).checkPdf(buf);
  if (task === "docx") {
    const { checkOoxml } = await import("./ooxml.mjs");
    const r = await checkOoxml(buf, opts);
    return r.ok ? { ok: true } : r;
  }
  if (task === "sheet") return (await import("./sheet.mjs")).readSheet(buf, opts);
  return { ok: false, problem: "UNKNOWN_TASK" };
}

run(workerData).then(
  (result) => parentPort.postMessage(result),
  (err) => parentPort.postMessage({ ok: false, problem: "FAILED", detail: String(err && err.message).slice(0, 200) }),
);
