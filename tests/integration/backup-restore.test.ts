// npm run backup / npm run restore round-trip a populated portal: the demo data plus a file uploaded
// through the real upload path, backed up by the real command, restored by the real command into a new
// database and a new files folder, and compared table by table, file by file and along the audit chain.
// A truncated, a corrupted and a tampered archive are refused and leave the target untouched, and so is
// a target that is not empty. Embedded PGlite by default; TEST_DATABASE_URL runs it on PostgreSQL.
import { execFile, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrisma } from "@/lib/db/create-prisma";
import { useDatabase } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { recordAudit } from "@/lib/audit/record";
import { localFileStore } from "@/lib/storage/local-store";
import { useFileStore } from "@/lib/storage/file-store";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { createBackup } from "@/lib/backup/create-backup";
import { withDatabase, type DatabaseTarget } from "@/lib/backup/target";
import type { Sql } from "@/lib/backup/facts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { fixtures } from "../helpers/fixture-files";

const onServer = Boolean(process.env.TEST_DATABASE_URL);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
const dir = (name: string) => path.join(work, name);
const sha256 = (bytes: Buffer | string) => crypto.createHash("sha256").update(bytes).digest("hex");

/** A database the test can populate or restore into, reached over the wire like the portal does. */
interface Place {
  target: DatabaseTarget;
  /** Variables for the backup/restore commands. */
  env: Record<string, string>;
  /** Serves the database (PGlite: from its folder) for the portal's data layer. */
  open(): Promise<{ url: string; prisma: PrismaClient; close(): Promise<void> }>;
  drop(): Promise<void>;
}

async function newPlace(name: string): Promise<Place> {
  if (onServer) {
    const db: TestDatabase = await createTestDatabase();
    return {
      target: { kind: "postgres", url: db.url },
      env: { DATABASE_URL: db.url },
      async open() {
        const prisma = createPrisma(db.url, 2);
        return { url: db.url, prisma, close: () => prisma.$disconnect() };
      },
      drop: () => db.drop(),
    };
  }
  const dataDir = dir(`pglite-${name}`);
  return {
    target: { kind: "pglite", dataDir },
    env: { PGLITE_DATA_DIR: dataDir },
    async open() {
      const embedded = await startEmbeddedDatabase(dataDir);
      const prisma = createPrisma(embedded.url, 2);
      return {
        url: embedded.url,
        prisma,
        async close() {
          await prisma.$disconnect();
          await embedded.stop();
        },
      };
    },
    drop: async () => undefined,
  };
}

/** Runs `npm run <script> -- <args>` as an operator would, with the place's variables. */
function npmRun(script: "backup" | "restore", args: string[], vars: Record<string, string>): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...vars };
  if (!vars.DATABASE_URL) delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile("npm", ["run", "--silent", script, "--", ...args], { env, cwd: process.cwd(), timeout: 90_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}\n${stderr}` }),
    );
  });
}

interface State {
  tables: Record<string, { rows: number; digest: string }>;
  audit: { seq: string; prevHash: string; hash: string; canonical: string }[];
  files: Record<string, string>;
  documentVersions: { storageKey: string; sha256: string; fileName: string }[];
  users: { username: string; passwordHash: string }[];
  triggers: { name: string; enabled: string }[];
}

/**
 * Everything the comparison needs: each table's row count and a digest of all its rows (PostgreSQL's own
 * text form of each row, sorted), the audit rows, the stored files. Read over a plain connection of its
 * own (PGlite: the folder opened while no server holds it).
 */
async function stateOf(target: DatabaseTarget, uploadDir: string): Promise<State> {
  return withDatabase(target, async (sql: Sql) => {
    const tables: State["tables"] = {};
    const names = await sql(
      `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    for (const { name } of names) {
      const ident = `"public"."${String(name).replace(/"/g, '""')}"`;
      const [row] = await sql(`SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM ${ident} t`);
      tables[String(name)] = { rows: Number(row!.rows), digest: String(row!.digest) };
    }
    const audit = (await sql(
      `SELECT e."seq"::text AS seq, e."prevHash", e."hash", audit_event_canonical(e) AS canonical FROM "AuditEvent" e ORDER BY e."seq"`,
    )) as State["audit"];
    const documentVersions = (await sql(`SELECT "storageKey", "sha256", "fileName" FROM "DocumentVersion" ORDER BY "storageKey"`)) as State["documentVersions"];
    const users = (await sql(`SELECT "username", "passwordHash" FROM "User" ORDER BY "username"`)) as State["users"];
    const triggers = (await sql(`SELECT t.tgname::text AS name, t.tgenabled::text AS enabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relname = 'AuditEvent' AND NOT t.tgisinternal ORDER BY 1`)) as State["triggers"];
    const files: Record<string, string> = {};
    const store = localFileStore(uploadDir);
    for await (const { key } of store.list()) files[key] = sha256(await store.get(key));
    return { tables, audit, files, documentVersions, users, triggers };
  });
}

/** The chain recomputed here: sha256(utf8(canonical)) is each hash, each prevHash the hash before it, seq 1, 2, 3, … */
function expectIntactChain(audit: State["audit"]) {
  let prev = "0".repeat(64);
  audit.forEach((row, i) => {
    expect(row.seq).toBe(String(i + 1));
    expect(row.prevHash).toBe(prev);
    expect(sha256(Buffer.from(row.canonical, "utf8"))).toBe(row.hash);
    prev = row.hash;
  });
}

/**
 * The source as an operator's DATABASE_URL may look: with a password (which must reach pg_dump without
 * appearing on its command line) and Prisma's own parameters (which pg_dump would refuse).
 */
function sourceEnvForBackup(): Record<string, string> {
  if (!onServer) return source.env;
  const u = new URL(source.env.DATABASE_URL!);
  u.password = "Pa:ss\\word";
  u.searchParams.set("schema", "public");
  u.searchParams.set("connection_limit", "5");
  return { DATABASE_URL: u.toString() };
}

const srcUploads = dir("uploads-src");
const dstUploads = dir("uploads-dst");
const archive = dir("portal-backup.tar.gz");
let source: Place, restored: Place;
let before: State;
let uploadedKey: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = srcUploads;
  useFileStore(localFileStore(srcUploads));
  source = await newPlace("src");
  restored = await newPlace("dst");
});

afterAll(async () => {
  useDatabase(undefined);
  useFileStore(undefined);
  await source?.drop();
  await restored?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("backs up the demo data and an uploaded file, and restores them whole into a new database and files folder", async () => {
    const src = await source.open();
    useDatabase(src.prisma);
    try {
      await applyMigrations(src.url);
      expect(await seedDemoIfEmpty(src.prisma)).toBe(true);
      const filerRow = await src.prisma.user.findUniqueOrThrow({ where: { username: "filer" } });
      const filer = await makeUser(src.prisma, ["ENTERPRISE_FILER"], { organizationId: filerRow.organizationId });
      const draft = await src.prisma.alliance.findFirstOrThrow({ where: { leadOrgId: filerRow.organizationId!, state: { in: ["DRAFT", "RETURNED"] } } });
      const uploaded = await uploadAttachment(filer, { allianceId: draft.id, kind: "OTHER", fileName: "备份测试附件.pdf", bytes: fixtures.pdf() });
      uploadedKey = (await src.prisma.documentVersion.findUniqueOrThrow({ where: { id: uploaded.versionId } })).storageKey;
    } finally {
      useDatabase(undefined);
      await src.close();
    }
    before = await stateOf(source.target, srcUploads);
    expect(before.files[uploadedKey]).toBe(sha256(fixtures.pdf()));
    expect(before.audit.length).toBeGreaterThan(10);
    expectIntactChain(before.audit);

    const backup = await npmRun("backup", [archive], { ...sourceEnvForBackup(), UPLOAD_DIR: srcUploads });
    expect(backup.out).toContain("✓ 备份完成");
    expect(backup.code).toBe(0);
    expect(fs.statSync(archive).mode & 0o077).toBe(0);
    // A standard tar.gz: the manifest first, then the database, then each file under its key.
    const listing = execFileSync("tar", ["-tzf", archive]).toString().trim().split("\n");
    expect(listing.slice(0, 2)).toEqual(["manifest.json", onServer ? "database.pgdump" : "database.pglite.tar"]);
    expect(listing).toContain(`files/${uploadedKey}`);

    const restore = await npmRun("restore", [archive], { ...restored.env, UPLOAD_DIR: dstUploads });
    expect(restore.out).toContain("✓ 恢复完成");
    expect(restore.code).toBe(0);

    const after = await stateOf(restored.target, dstUploads);
    // Every table: same rows (count and full-content digest), including _prisma_migrations.
    expect(Object.keys(after.tables)).toContain("AuditEvent");
    expect(after.tables).toEqual(before.tables);
    expect(after.users).toEqual(before.users);
    expect(after.documentVersions).toEqual(before.documentVersions);
    expect(after.files).toEqual(before.files);
    // Every stored file a record names is there with the recorded sha256.
    for (const v of after.documentVersions) expect(after.files[v.storageKey]).toBe(v.sha256);
    expect(after.audit).toEqual(before.audit);
    expectIntactChain(after.audit);
    // The protective triggers came back enabled.
    expect(after.triggers).toEqual([
      { name: "AuditEvent_chain", enabled: "O" },
      { name: "AuditEvent_no_truncate", enabled: "O" },
      { name: "AuditEvent_no_update_delete", enabled: "O" },
    ]);

    // The restored portal works: an upload through the real path, the chain continues, the trail stays append-only.
    const dst = await restored.open();
    try {
      useDatabase(dst.prisma);
      useFileStore(localFileStore(dstUploads));
      const filerRow = await dst.prisma.user.findUniqueOrThrow({ where: { username: "filer" } });
      const filer = await makeUser(dst.prisma, ["ENTERPRISE_FILER"], { organizationId: filerRow.organizationId });
      const draft = await dst.prisma.alliance.findFirstOrThrow({ where: { leadOrgId: filerRow.organizationId!, state: { in: ["DRAFT", "RETURNED"] } } });
      await uploadAttachment(filer, { allianceId: draft.id, kind: "OTHER", fileName: "恢复后上传.docx", bytes: fixtures.docx() });
      await expect(dst.prisma.$executeRaw`UPDATE "AuditEvent" SET "actorName" = 'x' WHERE "seq" = 1`).rejects.toThrow();
    } finally {
      useDatabase(undefined);
      await dst.close();
    }
    const grown = await stateOf(restored.target, dstUploads);
    expect(grown.audit.length).toBe(before.audit.length + 1);
    expect(grown.audit.slice(0, before.audit.length)).toEqual(before.audit);
    expectIntactChain(grown.audit);
    expect(Object.keys(grown.files)).toHaveLength(Object.keys(before.files).length + 1);
  }, 120_000);

  it("refuses to restore into a database or files folder that is not empty, and changes nothing there", async () => {
    const events = await withDatabase(restored.target, async (sql) => Number((await sql(`SELECT count(*) AS n FROM "AuditEvent"`))[0]!.n));

    const cli = await npmRun("restore", [archive], { ...restored.env, UPLOAD_DIR: dir("uploads-unused") });
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/恢复失败：目标(数据库不是空库|数据目录 .* 不是空目录)/);
    const fresh = await newPlace("fresh-1");
    try {
      await expect(restoreBackup(archive, { database: fresh.target, uploadDir: dstUploads })).rejects.toThrow(/文件存储目录 .* 不是空目录/);
    } finally {
      await fresh.drop();
    }

    expect(await withDatabase(restored.target, async (sql) => Number((await sql(`SELECT count(*) AS n FROM "AuditEvent"`))[0]!.n))).toBe(events);
  }, 90_000);

  it.runIf(onServer)(
    "backs up a consistent snapshot while the portal keeps writing",
    async () => {
      // Audit events go in one after another during the whole backup. The manifest's counts and chain head
      // come from the snapshot pg_dump uses, so the restore's own check (counts, head) must agree exactly.
      const live = await source.open();
      let writing = true;
      let written = 0;
      let failed: unknown;
      const writer = (async () => {
        while (writing && !failed) {
          await live.prisma.$transaction((tx) =>
            recordAudit(
              tx,
              { actorId: null, actorName: "system", actorRole: null, ip: null },
              { action: "auth.logout", entityType: "User", entityId: "load", summary: { n: written } },
            ),
          );
          written += 1;
        }
      })().catch((err: unknown) => (failed = err));
      const file = dir("while-writing.tar.gz");
      try {
        while (written < 5 && !failed) await new Promise((r) => setTimeout(r, 10));
        expect(failed).toBeUndefined();
        const manifest = await createBackup({ database: source.target, uploadDir: srcUploads }, file);
        const atEnd = written;
        writing = false;
        await writer;
        expect(atEnd).toBeGreaterThan(5);
        const target = await newPlace("while-writing");
        try {
          const report = await restoreBackup(file, { database: target.target, uploadDir: dir("uploads-while-writing") });
          expect(report.manifest.auditChain.count).toBe(manifest.auditChain.count);
          expect(manifest.auditChain.count).toBeGreaterThanOrEqual(before.audit.length + 5);
          expect(manifest.auditChain.count).toBeLessThan(before.audit.length + written);
        } finally {
          await target.drop();
        }
      } finally {
        writing = false;
        await writer;
        await live.close();
      }
    },
    60_000,
  );

  it("backs up and restores the database alone with --database-only (files kept elsewhere, e.g. S3)", async () => {
    const file = dir("database-only.tar.gz");
    const manifest = await createBackup({ database: source.target, uploadDir: null }, file);
    expect(manifest.files).toEqual({ included: false, items: [] });
    const target = await newPlace("database-only");
    try {
      const report = await restoreBackup(file, { database: target.target, uploadDir: null });
      expect(report.manifest.counts).toEqual(manifest.counts);
      const restoredState = await stateOf(target.target, dir("no-uploads"));
      expect(restoredState.documentVersions).toEqual(before.documentVersions);
      expectIntactChain(restoredState.audit);
    } finally {
      await target.drop();
    }
    expect(fs.readdirSync(work).filter((n) => n.includes(".restore-"))).toEqual([]);
  }, 60_000);

  it("never overwrites an existing backup file", async () => {
    const size = fs.statSync(archive).size;
    await expect(createBackup({ database: restored.target, uploadDir: dstUploads }, archive)).rejects.toThrow(/已存在/);
    expect(fs.statSync(archive).size).toBe(size);
  });

  it.runIf(!onServer)("refuses to back up the embedded database while the portal has it open", async () => {
    const running = await restored.open();
    try {
      await expect(createBackup({ database: restored.target, uploadDir: null }, dir("while-running.tar.gz"))).rejects.toThrow(/正在被使用：请先停止门户/);
      expect(fs.existsSync(dir("while-running.tar.gz"))).toBe(false);
    } finally {
      await running.close();
    }
  });

  it.runIf(onServer)("refuses a PostgreSQL backup for the embedded database", async () => {
    const dataDir = dir("pglite-other-kind");
    await expect(restoreBackup(archive, { database: { kind: "pglite", dataDir }, uploadDir: dir("uploads-other-kind") })).rejects.toThrow(
      /只能恢复到同类数据库/,
    );
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  const bytes = () => fs.readFileSync(archive);
  /** The archive with one stored file's content changed and the gzip layer rebuilt, so only the manifest's sha256 can tell. */
  const tampered = () => {
    const tar = zlib.gunzipSync(bytes());
    const at = tar.indexOf(fixtures.pdf().subarray(0, 64));
    expect(at).toBeGreaterThan(0);
    tar[at + 20] = tar[at + 20]! ^ 0xff;
    return zlib.gzipSync(tar);
  };

  it.each([
    ["truncated to half its length", () => bytes().subarray(0, Math.floor(bytes().length / 2)), /备份文件不完整/],
    [
      "with one byte flipped in the middle",
      () => {
        const b = Buffer.from(bytes());
        const i = Math.floor(b.length / 2);
        b[i] = b[i]! ^ 0xff;
        return b;
      },
      /备份文件(不完整或已损坏|已损坏)/,
    ],
    ["with a stored file altered and the gzip rebuilt", tampered, /SHA-256 与清单不符/],
    ["that is not a backup at all", () => fixtures.pdf(), /备份文件不完整或已损坏/],
  ])(
    "refuses an archive %s and leaves the target untouched",
    async (_name, make, message) => {
      const bad = dir(`bad-${crypto.randomBytes(4).toString("hex")}.tar.gz`);
      fs.writeFileSync(bad, make());
      const target = await newPlace(`bad-${crypto.randomBytes(4).toString("hex")}`);
      const uploads = dir(`uploads-${crypto.randomBytes(4).toString("hex")}`);
      try {
        await expect(restoreBackup(bad, { database: target.target, uploadDir: uploads })).rejects.toThrow(message);
        expect(fs.existsSync(uploads)).toBe(false);
        expect(fs.readdirSync(work).filter((n) => n.includes(".restore-"))).toEqual([]);
        if (target.target.kind === "pglite") expect(fs.existsSync(target.target.dataDir)).toBe(false);
        else {
          const tables = await withDatabase(target.target, (sql) => sql(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`));
          expect(Number(tables[0]!.n)).toBe(0);
        }
      } finally {
        await target.drop();
      }
    },
    60_000,
  );
});
