// What the backup and restore commands share: where the database and files are (lib/env.ts), the
// arguments, and how a refusal is printed (in the console's language: the commands run inside inConsoleLanguage).
import path from "node:path";
import { env } from "../env";
import { text } from "../i18n/text";
import { BackupError } from "./errors";
import type { DatabaseTarget } from "./target";

export function configuredDatabase(): DatabaseTarget {
  const e = env();
  return e.DATABASE_URL ? { kind: "postgres", url: e.DATABASE_URL } : { kind: "pglite", dataDir: path.resolve(e.PGLITE_DATA_DIR) };
}

/** The local files folder, or null with --database-only; S3 storage needs --database-only (the bucket keeps its own versions). */
export function configuredUploadDir(databaseOnly: boolean, command: "backup" | "restore"): string | null {
  const e = env();
  if (databaseOnly) return null;
  if (e.STORAGE_DRIVER === "s3") throw new BackupError(command === "backup" ? text("console.backup.s3Files") : text("console.restore.s3Files"));
  return path.resolve(e.UPLOAD_DIR);
}

export function parseArgs(argv: string[], usage: string): { file: string; databaseOnly: boolean } {
  const unknown = argv.filter((a) => a.startsWith("--") && a !== "--database-only");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (unknown.length || files.length !== 1) throw new BackupError(text("console.usage", { usage }));
  return { file: files[0]!, databaseOnly: argv.includes("--database-only") };
}

export function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `failure` words the refusal ("备份失败：…"); a refusal of ours is printed as is, anything else with its stack. */
export function runCli(main: () => Promise<void>, failure: (message: string) => string): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(failure(err instanceof BackupError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)));
      process.exit(1);
    },
  );
}
