// npm run backup -- <file.tar.gz> [--database-only]
// The database (DATABASE_URL: pg_dump; otherwise the embedded PGlite folder, with the portal stopped) and
// the stored files (UPLOAD_DIR) in one archive with a manifest; see lib/backup/.
import fs from "node:fs";
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { createBackup } from "../backup/create-backup";
import { configuredDatabase, configuredUploadDir, sizeOf, parseArgs, runCli } from "../backup/cli-common";
import { describeTarget } from "../backup/target";

inConsoleLanguage(() =>
  runCli(
    async () => {
      const { file, databaseOnly } = parseArgs(process.argv.slice(2), text("console.backup.usage"));
      const database = configuredDatabase();
      const uploadDir = configuredUploadDir(databaseOnly, "backup");
      const started = Date.now();
      const target = describeTarget(database);
      console.log(
        uploadDir
          ? text("console.backup.startingWithFiles", { database: target, dir: uploadDir })
          : text("console.backup.startingDatabaseOnly", { database: target }),
      );
      const m = await createBackup({ database, uploadDir }, file);
      const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
      const fileBytes = m.files.items.reduce((a, f) => a + f.bytes, 0);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(text("console.backup.done", { file, size: sizeOf(fs.statSync(file).size), seconds }));
      const latest = m.migrations.at(-1)?.name ?? text("console.none");
      console.log(
        `  ${text("console.backup.database", { tables: String(Object.keys(m.counts).length), rows: String(rows), migrations: String(m.migrations.length), latest })}`,
      );
      console.log(
        `  ${text("console.backup.auditChain", { count: String(m.auditChain.count), seq: String(m.auditChain.headSeq), hash: m.auditChain.headHash })}`,
      );
      console.log(
        `  ${m.files.included ? text("console.backup.files", { count: String(m.files.items.length), size: sizeOf(fileBytes) }) : text("console.backup.noFiles")}`,
      );
      console.log(`  ${text("console.backup.keepSafe")}`);
    },
    (message) => text("console.backup.failed", { message }),
  ),
);
