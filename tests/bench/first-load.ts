// First-load JavaScript of a route, from the build's own manifests: the framework's root chunks
// (build-manifest.json rootMainFiles) plus every chunk the route's segments list in its client reference
// manifest (entryJSFiles: root layout, portal layout, error and not-found boundaries, the page), each
// gzipped with zlib (level 9) and summed. The page's HTML is read as a cross-check of the same set.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export interface FirstLoad {
  route: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export function firstLoadJs(root: string, route: string): FirstLoad {
  const next = path.join(root, ".next");
  const build = JSON.parse(fs.readFileSync(path.join(next, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const manifestFile = path.join(next, "server", "app", ...route.split("/").filter(Boolean)) + "_client-reference-manifest.js";
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  vm.runInNewContext(fs.readFileSync(manifestFile, "utf8"), sandbox);
  const entry = sandbox.__RSC_MANIFEST?.[route];
  if (!entry) throw new Error(`${manifestFile} 中没有 ${route}`);
  const files = [...new Set([...build.rootMainFiles, ...Object.values(entry.entryJSFiles).flat()])].sort();
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(next, f));
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { route, files, rawBytes, gzipBytes };
}

/** The chunk files a rendered page loads (its script tags), relative to .next, for the cross-check. */
export function scriptsOfHtml(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="\/_next\/(static\/[^"?]+\.js)/g)) out.add(m[1]!);
  return [...out].sort();
}

export function gzipSizeOf(root: string, files: string[]): number {
  return files.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(root, ".next", f)), { level: 9 }).length, 0);
}
