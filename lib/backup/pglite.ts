// The embedded database: its data folder as PGlite's own tarball (dumpDataDir), loaded into a new folder
// on restore (loadDataDir). pg_dump cannot be used: the Debian client (15) refuses PGlite's newer server.
// PGlite opens a folder from one process only, so the portal must be stopped for either.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { BackupError } from "./errors";
import { readFacts, type DatabaseFacts, type Sql } from "./facts";

const sqlOf =
  (db: PGlite): Sql =>
  async (text, params) =>
    (await db.query<Record<string, unknown>>(text, params)).rows;

function assertNotInUse(dataDir: string): void {
  // PGlite keeps postmaster.pid while a process has the folder open and removes it on a clean close.
  if (fs.existsSync(path.join(dataDir, "postmaster.pid"))) {
    throw new BackupError(
      `内置数据库 ${dataDir} 正在被使用：请先停止门户（npm start 所在进程）再操作。如果门户上次是异常退出的，请先用 npm start 启动一次并正常停止（Ctrl+C），再重试。`,
    );
  }
}

export async function withPglite<T>(dataDir: string, fn: (sql: Sql, db: PGlite) => Promise<T>): Promise<T> {
  const dir = path.resolve(dataDir);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) throw new BackupError(`找不到内置数据库：${dir} 不是 PGlite 数据目录（可用 PGLITE_DATA_DIR 指定）。`);
  assertNotInUse(dir);
  const db = await PGlite.create(dir);
  try {
    return await fn(sqlOf(db), db);
  } finally {
    await db.close();
  }
}

export function dumpPglite(dataDir: string, outFile: string): Promise<DatabaseFacts> {
  return withPglite(dataDir, async (sql, db) => {
    const facts = await readFacts(sql);
    // Uncompressed: the archive around it is gzipped once.
    const tarball = await db.dumpDataDir("none");
    await fs.promises.writeFile(outFile, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    return facts;
  });
}

export function assertEmptyPgliteDir(dataDir: string): void {
  const dir = path.resolve(dataDir);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new BackupError(
      `目标数据目录 ${dir} 不是空目录。为免覆盖现有数据，恢复只能写入新的空目录：请用 PGLITE_DATA_DIR 指定一个不存在的目录，或先把现有目录移走。`,
    );
  }
}

/** Loads the tarball into the (empty or missing) folder; a failed load removes what it wrote. */
export async function restorePglite(dataDir: string, dumpFile: string): Promise<void> {
  const dir = path.resolve(dataDir);
  assertEmptyPgliteDir(dir);
  const existed = fs.existsSync(dir);
  try {
    const db = await PGlite.create(dir, { loadDataDir: new Blob([await fs.promises.readFile(dumpFile)], { type: "application/x-tar" }) });
    await db.close();
  } catch (err) {
    if (existed) for (const name of fs.readdirSync(dir)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    else fs.rmSync(dir, { recursive: true, force: true });
    throw new BackupError(`内置数据库未能载入备份：${err instanceof Error ? err.message : String(err)}（目标目录已清空，可修正后重试）。`);
  }
}
