import "server-only";
import type { PrismaClient } from "../db/generated/client";
import { readDb } from "../db/client";
import { currentLocale } from "../i18n/text";

// The dashboard's figures are aggregates over the whole province (20 statements, most of the page's cost) and
// many people look at the same ones. They are kept per database, scope, filters, language and minute, and
// thrown away by the next audited change: every change is audited in its own transaction, and the audit chain
// numbers events without gaps, so the highest seq says whether anything changed. Reading it is an index look-up.
// A minute at most, because overdue counts move with the clock; a bounded number of entries per process.
const TTL_MS = 60_000;
const MAX_ENTRIES = 200;

interface Entry {
  head: string;
  expires: number;
  value: Promise<unknown>;
}
const caches = new WeakMap<PrismaClient, Map<string, Entry>>();

async function auditHead(client: PrismaClient): Promise<string> {
  const e = await client.auditEvent.findFirst({ where: { seq: { not: null } }, orderBy: { seq: "desc" }, select: { seq: true } });
  return String(e?.seq ?? 0);
}

/** `compute()`'s answer for this key as of the latest audited change, computed again after any change. */
export async function cachedFigures<T>(key: unknown[], now: Date, compute: () => Promise<T>): Promise<T> {
  const client = readDb();
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const id = JSON.stringify([...key, currentLocale(), Math.floor(now.getTime() / 60_000)]);
  const head = await auditHead(client);
  const hit = cache.get(id);
  if (hit && hit.head === head && hit.expires > Date.now()) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(id);
  cache.set(id, { head, expires: Date.now() + TTL_MS, value });
  // A failed computation is not kept: the next request tries again.
  value.catch(() => cache.get(id)?.value === value && cache.delete(id));
  for (const [k, e] of cache) {
    if (cache.size <= MAX_ENTRIES && e.expires > Date.now()) break;
    cache.delete(k);
  }
  return value;
}
