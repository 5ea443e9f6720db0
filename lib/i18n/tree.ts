/** A message tree: the catalogue's shape, and any part picked from it. */
export type Tree = { [key: string]: string | Tree };

/**
 * `over` laid on `base` key by key (nested namespaces merged, leaves replaced). Its own module, apart from the
 * catalogue, because the browser merges too (LocaleSync) and must not load the catalogue's files.
 */
export function deepMerge(base: Tree, over: Tree): Tree {
  const out: Tree = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = base[k];
    out[k] = typeof v === "object" && typeof b === "object" ? deepMerge(b, v) : v;
  }
  return out;
}
