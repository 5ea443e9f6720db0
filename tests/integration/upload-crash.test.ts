// "A crash during an upload leaves no orphan record" (#6): failures injected at each step of every upload path.
// Invariant after each: no DocumentVersion names a missing file; after the sweep, no stored file lacks a record.
import { spawn } from "node:child_process";
import fs from "node:fs";
import fsp from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { localFileStore } from "@/lib/storage/local-store";
import { s3FileStore } from "@/lib/storage/s3-store";
import { useFileStore } from "@/lib/storage/file-store";
import { sweepOrphanFiles } from "@/lib/storage/sweep";
import { sweepOrphanFilesJob } from "@/lib/storage/sweep-job";
import type { FileStore } from "@/lib/storage/store";
import { startFakeS3, type FakeS3 } from "../helpers/fake-s3";
import { fixtures } from "../helpers/fixture-files";
import { useTestDatabase } from "../helpers/test-db";
import { createUploadPaths, type UploadPath } from "../helpers/upload-paths";

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
process.env.UPLOAD_DIR = uploadDir;
const t = useTestDatabase();
const local = localFileStore(uploadDir);
const HOUR = 3_600_000;
let paths: UploadPath[];

async function keysOf(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const f of store.list()) keys.push(f.key);
  return keys;
}
const tempFiles = () => fs.readdirSync(uploadDir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".tmp"));
const footprint = async (store: FileStore = local) => ({
  versions: await t.prisma().documentVersion.count(),
  audit: await t.prisma().auditEvent.count(),
  files: (await keysOf(store)).length,
});

/** No record names a file that is not there. */
async function expectEveryRecordHasItsFile(store: FileStore = local) {
  for (const v of await t.prisma().documentVersion.findMany({ select: { storageKey: true } }))
    expect(await store.exists(v.storageKey), v.storageKey).toBe(true);
}
/** No stored file lacks a record. */
async function expectEveryFileHasARecord(store: FileStore = local) {
  const named = new Set((await t.prisma().documentVersion.findMany({ select: { storageKey: true } })).map((v) => v.storageKey));
  for (const key of await keysOf(store)) expect(named.has(key), key).toBe(true);
}

/** The real store with hooks: puts recorded, and a fault injected where a test asks. */
function instrumented(store: FileStore, faults: { afterPut?: () => void; failDelete?: boolean } = {}) {
  const puts: string[] = [];
  const wrapped: FileStore = {
    ...store,
    async put(bytes) {
      const key = await store.put(bytes);
      puts.push(key);
      faults.afterPut?.();
      return key;
    },
    delete: (key) => (faults.failDelete ? Promise.reject(new Error("injected: storage unreachable for delete")) : store.delete(key)),
  };
  return { store: wrapped, puts };
}

beforeAll(async () => {
  paths = await createUploadPaths(t.prisma());
  // One good upload per path, so each later check runs against existing records too.
  for (const p of paths) await p.upload(fixtures.pdf());
});
afterEach(() => {
  vi.restoreAllMocks();
  useFileStore(undefined);
});

describe("the store's put fails midway", () => {
  it("local: the write fails before its rename; nothing under a key, no temporary file, no record", async () => {
    for (const p of paths) {
      const before = await footprint();
      vi.spyOn(fsp, "rename").mockRejectedValueOnce(Object.assign(new Error("EIO: injected i/o error"), { code: "EIO" }));
      await expect(p.upload(fixtures.pdf()), p.name).rejects.toThrow("injected i/o error");
      expect(await footprint(), p.name).toEqual(before);
      expect(tempFiles(), p.name).toEqual([]);
    }
    await expectEveryRecordHasItsFile();
  });
});

describe("the database transaction fails after the file was written", () => {
  beforeAll(async () => {
    // A real failure inside the transaction: the audit insert (after the version row) raises.
    await t.prisma().$executeRaw`CREATE FUNCTION test_fail_upload_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action IN ('document.uploaded', 'report.evidence_uploaded', 'charter.amended') THEN
          RAISE EXCEPTION 'injected failure after the file was stored';
        END IF;
        RETURN NEW;
      END $$`;
    await t.prisma().$executeRaw`CREATE TRIGGER test_fail_upload_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION test_fail_upload_audit()`;
  });
  afterAll(async () => {
    await t.prisma().$executeRaw`DROP TRIGGER test_fail_upload_audit ON "AuditEvent"`;
    await t.prisma().$executeRaw`DROP FUNCTION test_fail_upload_audit()`;
  });

  it("rolls back the version row and deletes the stored file again", async () => {
    for (const p of paths) {
      const { store, puts } = instrumented(local);
      useFileStore(store);
      const before = await footprint();
      await expect(p.upload(fixtures.pdf()), p.name).rejects.toThrow(/injected failure/);
      expect(puts, p.name).toHaveLength(1);
      expect(await local.exists(puts[0]!), p.name).toBe(false);
      expect(await footprint(), p.name).toEqual(before);
    }
    await expectEveryRecordHasItsFile();
    await expectEveryFileHasARecord();
  });

  it("when the clean-up delete fails too, the original error is reported and the sweep removes the file later", async () => {
    const { store, puts } = instrumented(local, { failDelete: true });
    useFileStore(store);
    const before = await footprint();
    await expect(paths[0]!.upload(fixtures.pdf())).rejects.toThrow(/injected failure/);
    expect(await local.exists(puts[0]!)).toBe(true);
    expect((await footprint()).versions).toBe(before.versions);
    await expectEveryRecordHasItsFile();
    expect((await sweepOrphanFiles(t.prisma(), local, { now: new Date(Date.now() + HOUR + 60_000) })).removed).toBe(1);
    expect(await local.exists(puts[0]!)).toBe(false);
    await expectEveryFileHasARecord();
  });
});

describe("a crash between storing the file and writing the record", () => {
  it("leaves only an unreferenced file, which the sweep removes once it is an hour old", async () => {
    const orphans: string[] = [];
    for (const p of paths) {
      // The process "dies" right after the put returned: storeThenRecord never reaches the transaction.
      const { store, puts } = instrumented(local, {
        afterPut: () => {
          throw new Error("simulated crash after put");
        },
      });
      useFileStore(store);
      const before = await footprint();
      await expect(p.upload(fixtures.pdf()), p.name).rejects.toThrow("simulated crash");
      expect(await footprint(), p.name).toEqual({ ...before, files: before.files + 1 });
      orphans.push(puts[0]!);
    }
    useFileStore(undefined);
    await expectEveryRecordHasItsFile();
    const recorded = (await t.prisma().documentVersion.findMany({ select: { storageKey: true } })).map((v) => v.storageKey);

    // Young orphans may be uploads still in flight: left alone.
    expect(await sweepOrphanFiles(t.prisma(), local)).toMatchObject({ removed: 0 });
    for (const key of orphans) expect(await local.exists(key)).toBe(true);

    // As the hourly job runs it: the portal's own database and store.
    expect(await sweepOrphanFilesJob(new Date(Date.now() + HOUR + 60_000))).toBe(orphans.length);
    for (const key of orphans) expect(await local.exists(key)).toBe(false);
    for (const key of recorded) expect(await local.exists(key)).toBe(true);
    await expectEveryFileHasARecord();
    await expectEveryRecordHasItsFile();
  });

  it("a process killed (SIGKILL) mid-write leaves no file under any key, only a temporary file the sweep removes", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "crash-"));
    const child = path.join(root, "child.mts");
    // The child's rename never returns: the kill lands after the bytes are written and before they get a name.
    fs.writeFileSync(
      child,
      `import fsp from "node:fs/promises";
       import { localFileStore } from ${JSON.stringify(path.resolve("lib/storage/local-store.ts"))};
       fsp.rename = () => { process.stdout.write("written\\n"); return new Promise(() => {}); };
       await localFileStore(${JSON.stringify(path.join(root, "files"))}).put(Buffer.alloc(2 * 1024 * 1024, 7));`,
    );
    const proc = spawn(process.execPath, ["--import", "tsx", child], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, UPLOAD_DIR: root } });
    await new Promise<void>((resolve, reject) => {
      proc.stdout.on("data", (d: Buffer) => d.toString().includes("written") && resolve());
      proc.on("exit", (code) => reject(new Error(`child exited early with ${code}`)));
    });
    proc.kill("SIGKILL");
    await new Promise((r) => proc.once("exit", r));
    const store = localFileStore(path.join(root, "files"));
    expect(await keysOf(store)).toEqual([]);
    const leftovers = fs.readdirSync(path.join(root, "files"), { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".tmp"));
    expect(leftovers).toHaveLength(1);
    expect(await sweepOrphanFiles(t.prisma(), store)).toMatchObject({ partials: 0 });
    expect(await sweepOrphanFiles(t.prisma(), store, { now: new Date(Date.now() + HOUR + 60_000) })).toMatchObject({ partials: 1, removed: 0 });
    expect(fs.readdirSync(path.join(root, "files"), { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

// Last: the records made here name objects in the bucket, while the others name local files.
describe("the put fails midway on S3 (fake-s3 stand-in)", () => {
  let fake: FakeS3;
  let s3: FileStore;
  beforeAll(async () => {
    fake = await startFakeS3();
    s3 = s3FileStore({ ...fake, forcePathStyle: true });
  });
  afterAll(() => fake.close());

  it("the connection is cut during PutObject (and on each retry): no object, no record", async () => {
    useFileStore(s3);
    for (const p of paths) {
      fake.failPuts = "drop";
      const before = await footprint(s3);
      await expect(p.upload(fixtures.pdf()), p.name).rejects.toThrow();
      expect(await footprint(s3), p.name).toEqual(before);
      fake.failPuts = "none";
      expect((await p.upload(fixtures.docx(), "章程.docx")) as object, p.name).toHaveProperty("versionId");
    }
    expect(fake.objects.size).toBe(paths.length);
    // An orphan in the bucket is swept like a local one; objects with records stay.
    const orphan = await s3.put(fixtures.pdf());
    expect(await sweepOrphanFiles(t.prisma(), s3, { now: new Date(Date.now() + HOUR + 60_000) })).toMatchObject({ removed: 1 });
    expect(await s3.exists(orphan)).toBe(false);
    expect(fake.objects.size).toBe(paths.length);
    // Records made before this test name local files; those made here name objects in the bucket.
    await expectEveryRecordHasItsFile({ ...local, exists: async (k) => (await local.exists(k)) || (await s3.exists(k)) });
  });
});
