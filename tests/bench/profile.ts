// Where the portal's CPU time goes: a V8 CPU profile of the Next.js server (node --cpu-prof, written when it
// exits) with each sample's self time mapped back through the build's source maps to the package or source
// folder it came from (next, react-dom, @prisma/client, zod, lib/…, components/…).
import fs from "node:fs";
import path from "node:path";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, SourceMap | null>();
function mapFor(file: string): SourceMap | null {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as never));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file)!;
}

/** A short name for where code lives: a package under node_modules, or the app's top folder (lib/review, components/filing …). */
export function categoryOf(source: string): string {
  // Next.js ships React's renderers precompiled inside itself (webpack://next/./dist/compiled/react-dom/…).
  source = safeDecode(source);
  const compiled = /next\/(?:\.\/)?dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  // next-server/app-page*.runtime is Next's page runtime with React's server renderers bundled in.
  if (compiled) return compiled === "next-server" ? "next page runtime (with React rendering)" : compiled;
  if (/client-engine-runtime|query_compiler/.test(source)) return "@prisma/client";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg;
  const app = /(?:^|\/|\])((?:app|lib|components)\/[^/]+)/.exec(source)?.[1];
  return app ?? (source.startsWith("node:") ? "node internals" : "other");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function categoryOfFrame(f: ProfileNode["callFrame"]): string {
  // The only WebAssembly in the server is Prisma's query compiler (PGlite runs in its own process).
  if (f.functionName.startsWith("wasm-function")) return "@prisma/client (wasm query compiler)";
  if (!f.url) return f.functionName.startsWith("(") ? f.functionName : "native";
  if (f.url.startsWith("node:")) return "node internals";
  const file = f.url.startsWith("file://") ? fileURLToPath(f.url) : f.url;
  const map = file.includes(`${path.sep}.next${path.sep}`) ? mapFor(file) : null;
  const entry = map?.findEntry(f.lineNumber, f.columnNumber) as { originalSource?: string } | undefined;
  return categoryOf(entry?.originalSource ?? file);
}

/** Self time per category, largest first, as milliseconds and shares of the sampled time (idle left out). */
export function summarizeProfile(file: string, top = 12): { category: string; ms: number; share: number }[] {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === "(idle)") return;
    const cat = categoryOfFrame(node.callFrame);
    totals.set(cat, (totals.get(cat) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const all = [...totals.values()].reduce((s, v) => s + v, 0);
  return [...totals]
    .map(([category, ms]) => ({ category, ms, share: ms / all }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
}
