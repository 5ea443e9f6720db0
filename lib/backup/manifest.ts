// manifest.json, the first entry of every backup archive: what it holds and how to check it.
import { z } from "../validation/zod";
import { text } from "../i18n/text";
import { STORAGE_KEY } from "../storage/store";
import { BackupError } from "./errors";

export const MANIFEST_ENTRY = "manifest.json";
export const FORMAT = "jilin-alliance-portal-backup";
export const DATABASE_ENTRY = { postgres: "database.pgdump", pglite: "database.pglite.tar" } as const;
export const FILE_PREFIX = "files/";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const bytes = z.number().int().nonnegative();

export const ZManifest = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  database: z.object({
    /** postgres: pg_dump custom format; pglite: the embedded database's data folder (PGlite dumpDataDir). */
    kind: z.enum(["postgres", "pglite"]),
    serverVersion: z.string(),
    entry: z.string(),
    bytes,
    sha256,
  }),
  /** Applied migrations (Prisma's _prisma_migrations), oldest first. */
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  /** Rows per table at the moment of the dump. */
  counts: z.record(z.string(), bytes),
  /** The audit hash chain's head at the moment of the dump. */
  auditChain: z.object({ count: bytes, headSeq: bytes, headHash: z.string() }),
  /** Stored files (UPLOAD_DIR), each as files/<key>; `included: false` for a database-only backup. */
  files: z.object({ included: z.boolean(), items: z.array(z.object({ key: z.string().regex(STORAGE_KEY), bytes, sha256 })) }),
});
export type Manifest = z.infer<typeof ZManifest>;

export function parseManifest(body: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new BackupError(text("console.archive.manifestNotJson"));
  }
  const parsed = ZManifest.safeParse(json);
  if (!parsed.success) {
    const format = (json as { format?: unknown } | null)?.format;
    if (format !== FORMAT) throw new BackupError(text("console.archive.notOurs"));
    throw new BackupError(text("console.archive.manifestIncomplete", { field: parsed.error.issues[0]?.path.join(".") ?? "" }));
  }
  return parsed.data;
}
