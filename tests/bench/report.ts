// The benchmark's tables and budgets, printed and written as Markdown into docs/BENCHMARK.md (one section
// per database kind, replaced on each run; the rest of the file is prose kept by hand).
import fs from "node:fs";
import type { LoadRow } from "./load";
import type { FirstLoad } from "./first-load";
import type { PageView } from "./page-view";

export interface ReadRow extends LoadRow {
  /** floor: the page that reads nothing (measure.ts), shown beside the ratios but under no budget of its own. */
  kind: "read" | "write" | "floor";
  ceilingRps?: number;
}
export interface DocTiming {
  label: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  errors: number;
}
export interface Budget {
  name: string;
  /** null: not measured in this run (e.g. level 50 not asked for), said so rather than FAIL over nothing. */
  pass: boolean | null;
  detail: string;
}
export interface BenchReport {
  database: string;
  header: string[];
  rows: ReadRow[];
  docs: DocTiming[];
  firstLoad: FirstLoad & { htmlGzipBytes: number; htmlFiles: number };
  /** null: no Chromium on the machine. */
  views: PageView[] | null;
  budgets: Budget[];
  notes: string[];
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : "–");
const num = (v: number | undefined, d = 1) => (v === undefined || !Number.isFinite(v) ? "–" : v.toFixed(d));

const NOT_MEASURED = "not measured in this run";

/** What the no-SQL page says about the ratios: no page of the build outruns it, so F / ceiling is a path's best. */
function floorNote(rows: ReadRow[], reads1: ReadRow[]): string {
  const floor = rows.find((r) => r.kind === "floor" && r.connections === 1);
  if (!floor) return "";
  const best = reads1.map((r) => (100 * floor.rps) / r.ceilingRps!);
  return ` (the sign-in page, which reads nothing, serves ${num(floor.rps)} req/s at one user: ${Math.min(...best).toFixed(0)}-${Math.max(...best).toFixed(0)} % of these ceilings is the most any page of this build could reach)`;
}

/** The no-SQL page's own p95 at 10 users: what is left of the 150 ms for a page's own work. */
function floorP95Note(rows: ReadRow[]): string {
  const floor = rows.find((r) => r.kind === "floor" && r.connections === 10);
  return floor ? ` (the sign-in page, which reads nothing, has p95 ${ms(floor.p95)} ms at 10 users)` : "";
}

export function budgetsOf(rows: ReadRow[], docs: DocTiming[], firstLoad: FirstLoad, largestProcessMb: number, views: PageView[] | null): Budget[] {
  const reads1 = rows.filter((r) => r.kind === "read" && r.connections === 1 && r.ceilingRps);
  const low = reads1.filter((r) => !(r.rps >= 0.25 * r.ceilingRps!));
  const reads10 = rows.filter((r) => r.kind === "read" && r.connections === 10);
  const slow = reads10.filter((r) => !(r.p95 < 150));
  const at50 = rows.filter((r) => r.connections === 50);
  const failing = at50.filter((r) => r.errors > 0);
  const slowDocs = docs.filter((d) => !(d.p95 < 300) || d.errors > 0);
  const kb = firstLoad.gzipBytes / 1024;
  const save1 = rows.find((r) => r.label.startsWith("save draft") && r.connections === 1 && r.ceilingRps);
  const writes10 = rows.filter((r) => r.kind === "write" && r.connections === 10);
  const slowWrites = writes10.filter((r) => !(r.rps >= 100));
  const pct = (r: ReadRow) => `${((100 * r.rps) / r.ceilingRps!).toFixed(0)} %`;
  return [
    {
      name: "every read path at one user reaches ≥ 25 % of its bare-SQL ceiling",
      pass: reads1.length ? low.length === 0 : null,
      detail: !reads1.length
        ? NOT_MEASURED
        : low.length
          ? low.map((r) => `${r.label} ${pct(r)}`).join("; ") + floorNote(rows, reads1)
          : `${reads1.length} paths, lowest ${Math.min(...reads1.map((r) => (100 * r.rps) / r.ceilingRps!)).toFixed(0)} %`,
    },
    {
      name: "p95 < 150 ms for every read path at 10 concurrent users",
      pass: reads10.length ? slow.length === 0 : null,
      detail: !reads10.length
        ? NOT_MEASURED
        : slow.length
          ? slow.map((r) => `${r.label} ${ms(r.p95)} ms`).join("; ") + floorP95Note(rows)
          : `${reads10.length} paths, worst ${ms(Math.max(...reads10.map((r) => r.p95)))} ms`,
    },
    {
      name: "an autosave at one user costs at most 3× a bare transaction doing the same writes",
      pass: save1 ? save1.rps >= save1.ceilingRps! / 3 : null,
      detail: save1 ? `${(save1.ceilingRps! / save1.rps).toFixed(1)}× (${num(save1.rps)} against ${num(save1.ceilingRps)} req/s)` : NOT_MEASURED,
    },
    {
      name: "autosave, submission and decision each ≥ 100 req/s at 10 concurrent users",
      pass: writes10.length ? slowWrites.length === 0 : null,
      detail: !writes10.length ? NOT_MEASURED : writes10.map((r) => `${r.label} ${num(r.rps)} req/s`).join("; "),
    },
    {
      name: "no errors at 50 concurrent users",
      pass: at50.length ? failing.length === 0 : null,
      detail: !at50.length
        ? NOT_MEASURED
        : failing.length
          ? failing
              .map(
                (r) =>
                  `${r.label}: ${r.errors} (${Object.entries(r.errorKinds)
                    .map(([k, v]) => `${k}×${v}`)
                    .join(", ")})`,
              )
              .join("; ")
          : `${at50.length} paths, ${at50.reduce((s, r) => s + r.requests, 0)} requests`,
    },
    {
      name: "a page view asks the server for the page alone (no prefetch or other request once it has loaded)",
      pass: views ? views.every((v) => v.others.length === 0) : null,
      detail: !views
        ? `${NOT_MEASURED} (no Chromium)`
        : views.some((v) => v.others.length)
          ? views
              .filter((v) => v.others.length)
              .map((v) => `${v.label}: ${v.others.length} more (${v.prefetches} prefetches, ${ms(v.othersMs)} ms)`)
              .join("; ")
          : `${views.length} pages, one request each`,
    },
    {
      name: "document generation < 300 ms per document (p95)",
      pass: docs.length ? slowDocs.length === 0 : null,
      detail: docs.length ? docs.map((d) => `${d.label} ${ms(d.p95)} ms`).join("; ") : NOT_MEASURED,
    },
    {
      name: "first-load JS of the filing form < 200 kB gzipped",
      pass: kb < 200,
      detail: `${kb.toFixed(1)} kB gzipped (${firstLoad.files.length} chunks, ${(firstLoad.rawBytes / 1024).toFixed(0)} kB raw)`,
    },
    {
      name: "peak memory per server process < 600 MB",
      pass: largestProcessMb > 0 ? largestProcessMb < 600 : null,
      detail: largestProcessMb > 0 ? `largest process ${largestProcessMb.toFixed(0)} MB` : NOT_MEASURED,
    },
  ];
}

export function markdown(r: BenchReport): string {
  const lines = [
    ...r.header.map((h) => `- ${h}`),
    "",
    "| path | kind | conc. | req/s | p50 ms | p95 ms | p99 ms | errors | ceiling req/s | ratio | peak RSS MB |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const x of r.rows) {
    const ratio = x.ceilingRps ? `${((100 * x.rps) / x.ceilingRps).toFixed(0)} %` : "–";
    const errs = x.errors
      ? `${x.errors} (${Object.entries(x.errorKinds)
          .map(([k, v]) => `${k}×${v}`)
          .join(", ")})`
      : "0";
    lines.push(
      `| ${x.label} | ${x.kind} | ${x.connections} | ${num(x.rps)} | ${ms(x.p50)} | ${ms(x.p95)} | ${ms(x.p99)} | ${errs} | ${num(x.ceilingRps)} | ${ratio} | ${num(x.peakMb, 0)} |`,
    );
  }
  if (r.views) {
    lines.push("", "| page view in Chromium | the page, ms | more requests | of them prefetches | their ms |", "|---|--:|--:|--:|--:|");
    for (const v of r.views) lines.push(`| ${v.label} | ${ms(v.documentMs)} | ${v.others.length} | ${v.prefetches} | ${ms(v.othersMs)} |`);
  }
  lines.push("", "| document | runs | p50 ms | p95 ms | max ms | errors |", "|---|--:|--:|--:|--:|--:|");
  for (const d of r.docs) lines.push(`| ${d.label} | ${d.runs} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.max)} | ${d.errors} |`);
  lines.push(
    "",
    `First-load JS of \`${r.firstLoad.route}\`: ${(r.firstLoad.gzipBytes / 1024).toFixed(1)} kB gzipped from the manifests (${r.firstLoad.files.length} chunks); the rendered page's script tags name ${r.firstLoad.htmlFiles} chunks, ${(r.firstLoad.htmlGzipBytes / 1024).toFixed(1)} kB gzipped.`,
  );
  lines.push("", "| budget | result | detail |", "|---|---|---|");
  for (const b of r.budgets) lines.push(`| ${b.name} | ${b.pass === null ? "not measured" : b.pass ? "PASS" : "**FAIL**"} | ${b.detail} |`);
  if (r.notes.length) lines.push("", ...r.notes.map((n) => `- ${n}`));
  return lines.join("\n");
}

export function printReport(r: BenchReport): void {
  console.log(`\n${markdown(r)}\n`);
}

/** Replaces this database's section of docs/BENCHMARK.md (between its markers), adding it if missing. */
export function writeSection(file: string, key: string, title: string, body: string): void {
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const section = `${start}\n### ${title}\n\n${body}\n${end}`;
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmark\n";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  const next = i >= 0 && j > i ? text.slice(0, i) + section + text.slice(j + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
