import "server-only";
import { db } from "../db/client";
import { fileStore } from "./file-store";
import { sweepOrphanFiles } from "./sweep";

/**
 * The orphan sweep in the shape of an hourly job (lib/scheduler): the portal's database and store. The only way
 * to sweep with the embedded database, which no other process may open. Returns how many files were removed.
 */
export async function sweepOrphanFilesJob(now = new Date()): Promise<number> {
  const r = await sweepOrphanFiles(db(), fileStore(), { now });
  return r.removed + r.partials;
}
