// npm run backup: the database and the stored files in one .tar.gz with a manifest (lib/backup/manifest.ts).
// The database is dumped first and the files listed after it: files are written before the rows that
// name them, so every file the dump refers to is already there.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { text } from "../i18n/text";
import { DATABASE_ENTRY, FILE_PREFIX, FORMAT, MANIFEST_ENTRY, type Manifest } from "./manifest";
import { BackupError } from "./errors";
import { listStoredFiles, readStoredFile, sha256Of } from "./files";
import { dumpDatabase, type DatabaseTarget } from "./target";
import { writeTar, type TarEntry } from "./tar";

export interface BackupSource {
  database: DatabaseTarget;
  /** The local store's folder; null backs up the database only (files kept elsewhere, e.g. S3). */
  uploadDir: string | null;
}

async function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest("hex"), bytes };
}

async function* once(load: () => Promise<Buffer>): AsyncGenerator<Buffer> {
  yield await load();
}

/** Writes the archive to `outFile` (mode 0600: it holds personal data and password hashes) and returns its manifest. */
export async function createBackup(source: BackupSource, outFile: string): Promise<Manifest> {
  const out = path.resolve(outFile);
  if (fs.existsSync(out)) throw new BackupError(text("console.backup.exists", { file: out }));
  // Work beside the output (same file system, usually more room than /tmp); removed whatever happens.
  const work = await fs.promises.mkdtemp(path.join(path.dirname(out), ".backup-work-"));
  const partial = `${out}.partial`;
  try {
    const entry = DATABASE_ENTRY[source.database.kind];
    const dumpFile = path.join(work, entry);
    const facts = await dumpDatabase(source.database, dumpFile);
    const dump = await sha256File(dumpFile);
    const items = source.uploadDir ? await listStoredFiles(source.uploadDir) : [];
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      database: { kind: source.database.kind, serverVersion: facts.serverVersion, entry, ...dump },
      migrations: facts.migrations,
      counts: facts.counts,
      auditChain: facts.auditChain,
      files: { included: source.uploadDir !== null, items },
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2), "utf8");
    const uploadDir = source.uploadDir;
    function* entries(): Generator<TarEntry> {
      yield { name: MANIFEST_ENTRY, size: manifestBytes.length, body: once(async () => manifestBytes) };
      yield { name: entry, size: dump.bytes, body: fs.createReadStream(dumpFile) as AsyncIterable<Buffer> };
      for (const item of items) {
        const load = async () => {
          const bytes = await readStoredFile(uploadDir!, item.key);
          if (sha256Of(bytes) !== item.sha256) throw new BackupError(text("console.backup.fileChanged", { key: item.key }));
          return bytes;
        };
        yield { name: `${FILE_PREFIX}${item.key}`, size: item.bytes, body: once(load) };
      }
    }
    await pipeline(Readable.from(writeTar(entries())), zlib.createGzip({ level: 6 }), fs.createWriteStream(partial, { mode: 0o600 }));
    const handle = await fs.promises.open(partial, "r");
    await handle.sync().finally(() => handle.close());
    // Only a finished archive carries the requested name.
    await fs.promises.rename(partial, out);
    return manifest;
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true });
    await fs.promises.rm(partial, { force: true });
  }
}
