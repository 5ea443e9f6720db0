// The orphan sweep: files no record names, left by a crash between storing a file and writing its record
// (lib/uploads/accept-upload.ts storeThenRecord) or by a removed annual-report evidence file.
import type { PrismaClient } from "../db/generated/client";
import type { FileStore, StoredFile } from "./store";

export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;
const BATCH = 500;

export interface SweepResult {
  /** Stored files old enough to be judged. */
  checked: number;
  removed: number;
  /** Leftovers of writes that never finished. */
  partials: number;
}

/**
 * Removes stored files older than an hour that no DocumentVersion names. The hour protects uploads in flight:
 * their file is written moments before the record, so a young unreferenced file is left alone.
 */
export async function sweepOrphanFiles(prisma: PrismaClient, store: FileStore, opts: { now?: Date; minAgeMs?: number } = {}): Promise<SweepResult> {
  const cutoff = new Date((opts.now ?? new Date()).getTime() - (opts.minAgeMs ?? ORPHAN_MIN_AGE_MS));
  const result: SweepResult = { checked: 0, removed: 0, partials: await store.removePartials(cutoff) };
  let batch: StoredFile[] = [];
  const judge = async () => {
    const rows = await prisma.documentVersion.findMany({ where: { storageKey: { in: batch.map((f) => f.key) } }, select: { storageKey: true } });
    const named = new Set(rows.map((r) => r.storageKey));
    for (const f of batch) {
      if (named.has(f.key)) continue;
      await store.delete(f.key);
      result.removed += 1;
    }
    result.checked += batch.length;
    batch = [];
  };
  for await (const file of store.list()) {
    if (file.modifiedAt >= cutoff) continue;
    batch.push(file);
    if (batch.length >= BATCH) await judge();
  }
  if (batch.length) await judge();
  return result;
}
