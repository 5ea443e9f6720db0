// Server actions over HTTP, as the browser calls them: a POST to the page that uses the action with the
// `Next-Action` header carrying the action's id (read from the build's server-reference manifest), the
// arguments encoded as React encodes plain values (a JSON array), and the page's own Origin. The answer is
// React's flight format; the action's return value ({ ok, data } or { ok: false, code }) is in it.
import fs from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The id of `exportedName` exported by `filename` (e.g. app/(portal)/alliances/actions.ts) in this build. */
export function actionId(root: string, filename: string, exportedName: string): string {
  const file = path.join(root, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const hit = Object.entries(manifest.node).find(([, e]) => e.filename === filename && e.exportedName === exportedName);
  if (!hit) throw new Error(`构建中找不到服务端操作 ${filename}#${exportedName}`);
  return hit[0];
}

export function actionHeaders(base: string, id: string, cookie: string): Record<string, string> {
  return {
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": id,
    origin: base,
    "sec-fetch-site": "same-origin",
    cookie,
  };
}

/** React's encodeReply for plain JSON values: the argument list as JSON (strings starting with "$" escaped). */
export function encodeArgs(...args: unknown[]): string {
  return JSON.stringify(args, (_k, v: unknown) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v));
}

/** The action's result in the flight answer: null when it succeeded, else its error code. */
export function actionError(body: string): string | null {
  if (/"ok":true/.test(body)) return null;
  const code = /"ok":false,"code":"([A-Z_]+)"/.exec(body)?.[1];
  return code ? `操作失败 ${code}` : "无法识别的应答";
}

export function resultVersion(body: string): number | null {
  const m = /"ok":true,"data":\{[^}]*"version":(\d+)/.exec(body);
  return m ? Number(m[1]) : null;
}
