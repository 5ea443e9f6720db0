// One contract for both FileStore drivers. The S3 driver runs against tests/helpers/fake-s3.ts, a stand-in
// speaking S3's REST protocol with SigV4 checks over a real socket: there is no real S3 or MinIO here.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localFileStore } from "@/lib/storage/local-store";
import { s3FileStore } from "@/lib/storage/s3-store";
import { storeFromEnv } from "@/lib/storage/select-store";
import { STORAGE_KEY, StoredFileMissing, type FileStore } from "@/lib/storage/store";
import { useFileStore } from "@/lib/storage/file-store";
import { resetEnvCache } from "@/lib/env";
import { amendCharter } from "@/lib/operation/charter";
import { getAttachmentForDownload } from "@/lib/filing/download-attachment";
import { startFakeS3, type FakeS3 } from "../helpers/fake-s3";
import { fixtures } from "../helpers/fixture-files";
import { useTestDatabase } from "../helpers/test-db";
import { createFiledAlliance } from "../helpers/filed-fixture";

const t = useTestDatabase();
const sha = (b: Buffer) => crypto.createHash("sha256").update(b).digest("hex");

async function listed(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const f of store.list()) keys.push(f.key);
  return keys.sort();
}

interface Driver {
  store: FileStore;
  /** Puts something that is not one of this store's files next to them (another app's object, a stray file). */
  addForeign(): Promise<void>;
  /** Requests or files outside the store that a traversal key might reach: must stay untouched. */
  untouched(): Promise<boolean>;
  close(): Promise<void>;
}

const drivers: [string, () => Promise<Driver>][] = [
  [
    "local folder",
    async () => {
      const base = fs.mkdtempSync(path.join(os.tmpdir(), "store-"));
      const root = path.join(base, "uploads");
      const sentinel = path.join(base, "sentinel.txt");
      fs.writeFileSync(sentinel, "outside the store");
      return {
        store: localFileStore(root),
        async addForeign() {
          fs.mkdirSync(path.join(root, "ab"), { recursive: true });
          fs.writeFileSync(path.join(root, "notes.txt"), "x");
          fs.writeFileSync(path.join(root, "ab", "readme.txt"), "x");
        },
        untouched: async () => fs.readFileSync(sentinel, "utf8") === "outside the store",
        close: async () => fs.rmSync(base, { recursive: true, force: true }),
      };
    },
  ],
  [
    "S3-compatible (fake-s3 stand-in)",
    async () => {
      const fake = await startFakeS3({ pageSize: 3 });
      let seen = 0;
      return {
        store: s3FileStore({ ...fake, forcePathStyle: true }),
        async addForeign() {
          const now = new Date();
          fake.objects.set("other-app/report.pdf", { body: Buffer.from("x"), lastModified: now, etag: '"x"' });
          fake.objects.set("uploads/readme.txt", { body: Buffer.from("x"), lastModified: now, etag: '"x"' });
        },
        // Every request so far was signed; a refused key sends none at all.
        untouched: async () => {
          const fresh = fake.requests.slice(seen);
          seen = fake.requests.length;
          return fresh.length === 0 && fake.requests.every((r) => r.signed);
        },
        close: () => fake.close(),
      };
    },
  ],
];

describe.each(drivers)("FileStore contract: %s", (_name, make) => {
  let d: Driver;
  beforeAll(async () => {
    d = await make();
  });
  afterAll(() => d.close());

  it("stores bytes under a new server-generated key and gives the same bytes back", async () => {
    const bytes = fixtures.docx();
    const key = await d.store.put(bytes);
    expect(key).toMatch(STORAGE_KEY);
    expect((await d.store.get(key)).equals(bytes)).toBe(true);
    expect(await d.store.exists(key)).toBe(true);
    // The same content twice is two files: keys never derive from content or names.
    expect(await d.store.put(bytes)).not.toBe(key);
  });

  it("deletes, and a missing key is StoredFileMissing for get, false for exists and no error for delete", async () => {
    const key = await d.store.put(fixtures.pdf());
    await d.store.delete(key);
    expect(await d.store.exists(key)).toBe(false);
    await expect(d.store.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    await expect(d.store.delete(key)).resolves.toBeUndefined();
    const never = crypto.randomUUID();
    await expect(d.store.get(never)).rejects.toBeInstanceOf(StoredFileMissing);
    expect(await d.store.exists(never)).toBe(false);
  });

  it("round-trips a 25 MB file byte for byte", async () => {
    const big = crypto.randomBytes(25 * 1024 * 1024);
    const key = await d.store.put(big);
    const back = await d.store.get(key);
    expect(back.length).toBe(big.length);
    expect(sha(back)).toBe(sha(big));
    await d.store.delete(key);
  });

  it("refuses any key it did not generate, so no path or object outside the store is reached", async () => {
    await d.untouched();
    for (const key of [
      "../sentinel.txt",
      "../../etc/passwd",
      "/etc/passwd",
      "ab/../../sentinel.txt",
      `${crypto.randomUUID()}/../x`,
      "",
      "CON",
      "a".repeat(36),
    ]) {
      await expect(d.store.get(key), key).rejects.toThrow("invalid storage key");
      await expect(d.store.delete(key), key).rejects.toThrow("invalid storage key");
      await expect(d.store.exists(key), key).rejects.toThrow("invalid storage key");
    }
    expect(await d.untouched()).toBe(true);
  });

  it("lists exactly its own files (across pages), never another application's", async () => {
    for (const k of await listed(d.store)) await d.store.delete(k);
    const keys: string[] = [];
    for (let i = 0; i < 7; i++) keys.push(await d.store.put(Buffer.from(`file ${i}`)));
    await d.addForeign();
    expect(await listed(d.store)).toEqual(keys.sort());
    for await (const f of d.store.list()) expect(Math.abs(f.modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });
});

describe("local folder specifics", () => {
  it("writes owner-only files, leaves no temporary file behind, and removes only stale partial writes", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "store-"));
    const store = localFileStore(root);
    const key = await store.put(Buffer.from("%PDF-1.4"));
    const file = path.join(root, key.slice(0, 2), key);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual([key]);
    // What a crash mid-write leaves: a temporary file, invisible to get/list, cleaned up once stale.
    const partial = path.join(root, key.slice(0, 2), `${crypto.randomUUID()}.4242.deadbeef.tmp`);
    fs.writeFileSync(partial, "half");
    expect(await listed(store)).toEqual([key]);
    expect(await store.removePartials(new Date(Date.now() - 3_600_000))).toBe(0);
    expect(fs.existsSync(partial)).toBe(true);
    expect(await store.removePartials(new Date(Date.now() + 1000))).toBe(1);
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(file)).toBe(true);
  });
});

describe("S3 driver against the stand-in", () => {
  let fake: FakeS3;
  beforeAll(async () => {
    fake = await startFakeS3();
  });
  afterAll(() => fake.close());

  it("signs every request (SigV4); a wrong secret is refused and stores nothing", async () => {
    const good = s3FileStore({ ...fake, forcePathStyle: true });
    await good.put(Buffer.from("ok"));
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.signed && r.method === "PUT")).toBe(true);
    const before = fake.objects.size;
    const bad = s3FileStore({ ...fake, secretAccessKey: "not-the-secret", forcePathStyle: true });
    await expect(bad.put(Buffer.from("nope"))).rejects.toThrow(/signature/i);
    const wrongRegion = s3FileStore({ ...fake, region: "us-east-1", forcePathStyle: true });
    await expect(wrongRegion.put(Buffer.from("nope"))).rejects.toThrow();
    expect(fake.objects.size).toBe(before);
    // Objects live under the uploads/ prefix, named by the key alone.
    expect([...fake.objects.keys()].every((k) => /^uploads\/[0-9a-f-]{36}$/.test(k))).toBe(true);
  });

  it("is what the portal uses when STORAGE_DRIVER=s3: an upload lands in the bucket and downloads from it", async () => {
    Object.assign(process.env, {
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: fake.endpoint,
      S3_REGION: fake.region,
      S3_BUCKET: fake.bucket,
      S3_ACCESS_KEY_ID: fake.accessKeyId,
      S3_SECRET_ACCESS_KEY: fake.secretAccessKey,
      S3_FORCE_PATH_STYLE: "1",
    });
    resetEnvCache();
    useFileStore(undefined);
    try {
      const a = await createFiledAlliance(t.prisma());
      const up = await amendCharter(a.filer, {
        allianceId: a.allianceId,
        fileName: "章程（2026修订）.docx",
        bytes: fixtures.docx(),
        approvedOn: "2026-06-30",
        approvedBy: "2026年第一次成员大会",
      });
      const row = await t.prisma().documentVersion.findUniqueOrThrow({ where: { id: up.versionId } });
      expect(fake.objects.get(`uploads/${row.storageKey}`)?.body.equals(fixtures.docx())).toBe(true);
      const down = await getAttachmentForDownload(a.center, up.versionId);
      expect(down.bytes.equals(fixtures.docx())).toBe(true);
      delete process.env.S3_BUCKET;
      resetEnvCache();
      expect(() => storeFromEnv()).toThrow("S3_BUCKET");
    } finally {
      for (const k of ["STORAGE_DRIVER", "S3_ENDPOINT", "S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"])
        delete process.env[k];
      resetEnvCache();
      useFileStore(undefined);
    }
  });
});
