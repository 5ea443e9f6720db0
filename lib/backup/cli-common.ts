// What the backup and restore commands share: where the database and files are (lib/env.ts), the
// arguments, and how a refusal is printed.
import path from "node:path";
import { env } from "../env";
import { BackupError } from "./errors";
import type { DatabaseTarget } from "./target";

export function configuredDatabase(): DatabaseTarget {
  const e = env();
  return e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "pglite", dataDir: path.resolve(e.PGLITE_DATA_DIR) };
}

/** The local files folder, or null with --database-only; S3 storage needs --database-only (the bucket keeps its own versions). */
export function configuredUploadDir(databaseOnly: boolean, verb: "备份" | "恢复"): string | null {
  const e = env();
  if (databaseOnly) return null;
  if (e.STORAGE_DRIVER === "s3") {
    throw new BackupError(
      `文件存放在 S3 兼容的对象存储中，本命令只能${verb}本地目录（UPLOAD_DIR）中的文件。请用对象存储自身的版本控制或复制功能保护文件，并加 --database-only 只${verb}数据库。`,
    );
  }
  return path.resolve(e.UPLOAD_DIR);
}

export function parseArgs(argv: string[], usage: string): { file: string; databaseOnly: boolean } {
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--database-only");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (unknown.length || files.length !== 1) throw new BackupError(`用法：${usage}`);
  return { file: files[0]!, databaseOnly: argv.includes("--database-only") };
}

export function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function runCli(main: () => Promise<void>, failure: string): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(
        err instanceof BackupError ? `${failure}：${err.message}` : `${failure}：${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      process.exit(1);
    },
  );
}
