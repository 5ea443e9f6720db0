import type { Messages, Tree } from "./catalogue";
import listed from "./client-namespaces.json";

/**
 * The catalogue paths the browser reads (useTranslations in client components, text() in the modules they
 * load), worked out from the code by lib/i18n/check.ts analyseClientKeys and kept in client-namespaces.json:
 * npm run lint fails when the code needs a path the list lacks; npm run i18n:baseline rewrites it.
 */
export const CLIENT_MESSAGE_PATHS: readonly string[] = listed;

/** The given paths of a message tree, nested as they are (so lookups by the same keys still work). */
export function pickMessages(tree: Tree, paths: readonly string[]): Tree {
  const listed = new Set(paths);
  const out: Tree = {};
  for (const p of paths) {
    const keys = p.split(".");
    // A path inside one taken whole comes with it.
    if (keys.some((_, i) => i > 0 && listed.has(keys.slice(0, i).join(".")))) continue;
    let from: string | Tree | undefined = tree;
    for (const k of keys) from = typeof from === "object" ? from[k] : undefined;
    if (from === undefined) continue;
    let to: Tree = out;
    // `from` was found, so every key before it names a namespace here too.
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Tree;
    to[keys[keys.length - 1]!] = from;
  }
  return out;
}

const picked = new WeakMap<object, Messages>();

/**
 * What the page hands the browser (app/layout.tsx): only the catalogue's client paths. The whole catalogue
 * made every page's HTML several times larger. The language's catalogue is one object per language
 * (messagesFor), so the pick is made once per language.
 */
export function clientMessages(messages: Messages): Messages {
  let m = picked.get(messages);
  if (!m) {
    m = pickMessages(messages as unknown as Tree, CLIENT_MESSAGE_PATHS) as unknown as Messages;
    picked.set(messages, m);
  }
  return m;
}
