// npm run restore: checks the whole archive (gzip CRC, tar checksums, every entry's sha256 against the
// manifest, nothing missing or extra) in a staging folder before anything is written to the target;
// restores only into an empty database and an empty files folder; then checks the result against the
// manifest (rows per table, migrations, files) and re-verifies the audit hash chain.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { verifyAuditChain } from "../audit/verify";
import { text } from "../i18n/text";
import { readMigrations } from "../db/migrate";
import { BackupError } from "./errors";
import { readFacts, type Sql } from "./facts";
import { assertEmptyUploadDir, listStoredFiles, placeFiles } from "./files";
import { FILE_PREFIX, MANIFEST_ENTRY, parseManifest, type Manifest } from "./manifest";
import { readTar, type TarEntry } from "./tar";
import { assertEmptyDatabase, describeTarget, restoreDatabase, withDatabase, type DatabaseTarget } from "./target";

export interface RestoreTarget {
  database: DatabaseTarget;
  /** The local store's folder; null restores the database only (files kept elsewhere, e.g. S3). */
  uploadDir: string | null;
}

export interface RestoreReport {
  manifest: Manifest;
  /** Migrations this code has that the backup predates: applied at the next start. */
  pendingMigrations: string[];
}

const MAX_MANIFEST = 64 * 1024 * 1024;

async function collect(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of body) parts.push(part);
  return Buffer.concat(parts);
}

async function writeHashed(entry: TarEntry, dest: string): Promise<string> {
  const hash = crypto.createHash("sha256");
  async function* hashed() {
    for await (const chunk of entry.body) {
      hash.update(chunk);
      yield chunk;
    }
  }
  await pipeline(Readable.from(hashed()), fs.createWriteStream(dest, { flags: "wx", mode: 0o600 }));
  return hash.digest("hex");
}

/** Unpacks the archive into `staging`, checking everything against its manifest; returns the manifest. */
async function extractVerified(archive: string, staging: string): Promise<Manifest> {
  const source = fs.createReadStream(archive).pipe(zlib.createGunzip()) as AsyncIterable<Buffer>;
  let manifest: Manifest | undefined;
  const expected = new Map<string, { bytes: number; sha256: string; dest: string }>();
  try {
    for await (const entry of readTar(source)) {
      if (!manifest) {
        if (entry.name !== MANIFEST_ENTRY || entry.size > MAX_MANIFEST) throw new BackupError(text("console.archive.firstEntry"));
        manifest = parseManifest((await collect(entry.body)).toString("utf8"));
        const db = manifest.database;
        expected.set(db.entry, { bytes: db.bytes, sha256: db.sha256, dest: path.join(staging, "database") });
        for (const f of manifest.files.items) expected.set(`${FILE_PREFIX}${f.key}`, { ...f, dest: path.join(staging, "files", f.key) });
        await fs.promises.mkdir(path.join(staging, "files"));
        continue;
      }
      const want = expected.get(entry.name);
      if (!want) throw new BackupError(text("console.archive.extraEntry", { name: entry.name }));
      expected.delete(entry.name);
      if (entry.size !== want.bytes) throw new BackupError(text("console.archive.sizeDiffers", { name: entry.name }));
      if ((await writeHashed(entry, want.dest)) !== want.sha256) throw new BackupError(text("console.archive.shaDiffers", { name: entry.name }));
    }
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("Z_")) throw new BackupError(text("console.archive.gunzipFailed", { message: (err as Error).message }));
    throw err;
  }
  if (!manifest) throw new BackupError(text("console.archive.empty"));
  if (expected.size) throw new BackupError(text("console.archive.missingEntries", { count: String(expected.size), name: [...expected.keys()][0]! }));
  return manifest;
}

/** Names of this code's migrations the backup lacks; refuses a backup made by a newer or altered portal. */
function pendingMigrations(manifest: Manifest): string[] {
  const known = new Map(readMigrations().map((m) => [m.name, m.checksum]));
  for (const m of manifest.migrations) {
    if (!known.has(m.name)) throw new BackupError(text("console.restore.newerPortal", { name: m.name }));
    if (known.get(m.name) !== m.checksum) throw new BackupError(text("console.restore.migrationDiffers", { name: m.name }));
  }
  const inBackup = new Set(manifest.migrations.map((m) => m.name));
  return [...known.keys()].filter((name) => !inBackup.has(name));
}

/** verifyAuditChain reads through a tagged $queryRaw; this gives it one over plain SQL with $n parameters. */
function chainReader(sql: Sql): Parameters<typeof verifyAuditChain>[0] {
  const $queryRaw = (strings: TemplateStringsArray, ...values: unknown[]) =>
    sql(
      strings.reduce((text, part, i) => `${text}$${i}${part}`),
      values,
    );
  return { $queryRaw } as unknown as Parameters<typeof verifyAuditChain>[0];
}

async function verifyRestored(target: RestoreTarget, manifest: Manifest): Promise<void> {
  await withDatabase(target.database, async (sql) => {
    const facts = await readFacts(sql);
    const wrong = Object.entries(manifest.counts).filter(([table, n]) => facts.counts[table] !== n);
    if (wrong.length) {
      const [table, n] = wrong[0]!;
      throw new BackupError(
        text("console.restore.countsDiffer", { table, expected: String(n), actual: String(facts.counts[table] ?? 0), tables: String(wrong.length) }),
      );
    }
    if (JSON.stringify(facts.migrations) !== JSON.stringify(manifest.migrations)) throw new BackupError(text("console.restore.migrationsDiffer"));
    const chain = await verifyAuditChain(chainReader(sql));
    if (!chain.ok) {
      const problem = chain.firstBad?.problem ?? text("console.restore.triggersOff", { triggers: chain.disabledTriggers.join(text("console.listSeparator")) });
      throw new BackupError(text("console.restore.chainFailed", { problem }));
    }
    if (chain.headSeq !== manifest.auditChain.headSeq || chain.headHash !== manifest.auditChain.headHash) {
      throw new BackupError(text("console.restore.chainHeadDiffers", { restored: String(chain.headSeq), backedUp: String(manifest.auditChain.headSeq) }));
    }
  });
  if (target.uploadDir) {
    const restored = await listStoredFiles(target.uploadDir);
    if (JSON.stringify(restored) !== JSON.stringify(manifest.files.items)) throw new BackupError(text("console.restore.filesDiffer"));
  }
}

export async function restoreBackup(archive: string, target: RestoreTarget): Promise<RestoreReport> {
  const file = path.resolve(archive);
  if (!fs.existsSync(file)) throw new BackupError(text("console.restore.notFound", { file }));
  await assertEmptyDatabase(target.database);
  if (target.uploadDir) assertEmptyUploadDir(target.uploadDir);
  // Staging beside the files folder (same file system, so files are moved, not copied); always removed.
  const stagingBase = target.uploadDir ? path.resolve(target.uploadDir) : path.join(path.dirname(file), "portal");
  await fs.promises.mkdir(path.dirname(stagingBase), { recursive: true });
  const staging = await fs.promises.mkdtemp(`${stagingBase}.restore-`);
  try {
    const manifest = await extractVerified(file, staging);
    if (manifest.database.kind !== target.database.kind) {
      const source = manifest.database.kind === "postgres" ? text("console.restore.fromPostgres") : text("console.restore.fromPglite");
      throw new BackupError(text("console.restore.otherKind", { source, target: describeTarget(target.database) }));
    }
    const pending = pendingMigrations(manifest);
    await restoreDatabase(target.database, path.join(staging, "database"));
    if (target.uploadDir)
      await placeFiles(
        path.join(staging, "files"),
        target.uploadDir,
        manifest.files.items.map((f) => f.key),
      );
    await verifyRestored(target, manifest);
    return { manifest, pendingMigrations: pending };
  } finally {
    await fs.promises.rm(staging, { recursive: true, force: true });
  }
}
