// One measurement: autocannon at a fixed concurrency for a fixed time (or a fixed number of requests), with
// every response's latency kept so p50/p95/p99 are exact, and every unexpected answer counted as an error
// (a socket error or timeout, a status other than the expected one, or an application-level refusal).
import autocannon from "autocannon";
import type { RssSampler } from "./processes";

export interface LoadSpec {
  label: string;
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** 200 for pages; a redirect to the login page would mean the session was lost, so it counts as an error. */
  expectStatus?: number;
  /** Per request; `ctx` is autocannon's per-request context, handed on to `check` for the same request. */
  setupRequest?: (req: autocannon.Request, ctx: Record<string, unknown>) => autocannon.Request;
  /** Returns a short reason when the answer is a refusal (e.g. a server action's { ok: false, code }). */
  check?: (status: number, body: string, ctx: Record<string, unknown>) => string | null;
}

export interface LoadRow {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  errorKinds: Record<string, number>;
  peakMb: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function runLoad(
  base: string,
  spec: LoadSpec,
  opts: { connections: number; duration?: number; amount?: number },
  sampler?: RssSampler,
): Promise<LoadRow> {
  const latencies: number[] = [];
  const kinds: Record<string, number> = {};
  const count = (k: string) => (kinds[k] = (kinds[k] ?? 0) + 1);
  const expect = spec.expectStatus ?? 200;
  sampler?.reset();
  const request: autocannon.Request = {
    method: spec.method ?? "GET",
    path: spec.path,
    headers: spec.headers,
    body: spec.body,
    ...(spec.setupRequest ? { setupRequest: (req: autocannon.Request, ctx: object) => spec.setupRequest!(req, ctx as Record<string, unknown>) } : {}),
    ...(spec.check
      ? {
          onResponse: (status: number, body: string, ctx: object) => {
            const err = spec.check!(status, body, ctx as Record<string, unknown>);
            if (status !== expect) return; // already counted by its status
            if (err) count(err);
          },
        }
      : {}),
  };
  const t0 = performance.now();
  let lastAnswer = t0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: opts.connections,
        ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
        timeout: 30,
        requests: [request],
      },
      (err, res) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)),
    );
    instance.on("response", (_client, status, _bytes, time) => {
      lastAnswer = performance.now();
      latencies.push(time);
      if (status !== expect) count(`HTTP ${status}`);
    });
  });
  // From the start to the last answer: autocannon's own duration is in whole seconds, and a fixed-count run only
  // ends on its next one-second tick, both too coarse for short runs.
  const seconds = (lastAnswer - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const answered = Object.values(kinds).reduce((s, v) => s + v, 0);
  // autocannon's `errors` are connection errors including timeouts.
  if (result.errors) kinds["connection/timeout"] = result.errors;
  const errors = answered + result.errors;
  return {
    label: spec.label,
    connections: opts.connections,
    seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    errorKinds: kinds,
    peakMb: sampler ? sampler.peakMb() : NaN,
  };
}
