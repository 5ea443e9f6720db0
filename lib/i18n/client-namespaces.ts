import type { Messages, Tree } from "./catalogue";
import listed from "./client-namespaces.json";

/**
 * The catalogue paths the browser reads (useTranslations in client components, text() in the modules they
 * load), worked out from the code by lib/i18n/check.ts analyseClientKeys and kept in client-namespaces.json:
 * `shell` for what stays on screen around pages (layouts, error and not-found views), and per page file what
 * that page's own client modules read. npm run lint fails when the code needs a path the lists lack; npm run
 * i18n:baseline rewrites them.
 */
export const SHELL_MESSAGE_PATHS: readonly string[] = listed.shell;
export const PAGE_MESSAGE_PATHS: Readonly<Record<string, readonly string[]>> = listed.pages;
export type PageFile = keyof typeof listed.pages;

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

// The language's catalogue is one object per language (messagesFor), so each pick is made once per language.
const picked = new WeakMap<object, Map<string, Messages>>();

function picks(messages: Messages, key: string, paths: readonly string[]): Messages {
  let byKey = picked.get(messages);
  if (!byKey) picked.set(messages, (byKey = new Map()));
  let m = byKey.get(key);
  if (!m) byKey.set(key, (m = pickMessages(messages as unknown as Tree, paths) as unknown as Messages));
  return m;
}

/**
 * What the root layout hands the browser (app/layout.tsx): the shell's paths only. Every page used to carry
 * every client path (59 kB of Chinese in each page's HTML, serialised anew per request); each page now brings
 * its own (withPageText).
 */
export function shellMessages(messages: Messages): Messages {
  return picks(messages, "", SHELL_MESSAGE_PATHS);
}

/** What one page's provider hands the browser; null when the page's client code reads no catalogue path. */
export function pageMessages(messages: Messages, file: PageFile): Messages | null {
  const paths = PAGE_MESSAGE_PATHS[file] ?? [];
  return paths.length > 0 ? picks(messages, file, paths) : null;
}
