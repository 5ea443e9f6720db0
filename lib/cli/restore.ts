// npm run restore -- <file.tar.gz> [--database-only]
// Into an EMPTY database (DATABASE_URL: a newly created one; otherwise a new PGLITE_DATA_DIR folder) and an
// empty UPLOAD_DIR. The archive is checked completely before anything is written; see lib/backup/.
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { configuredDatabase, configuredUploadDir, parseArgs, runCli } from "../backup/cli-common";
import { restoreBackup } from "../backup/restore-backup";
import { describeTarget } from "../backup/target";

inConsoleLanguage(() =>
  runCli(
    async () => {
      const { file, databaseOnly } = parseArgs(process.argv.slice(2), text("console.restore.usage"));
      const database = configuredDatabase();
      const uploadDir = configuredUploadDir(databaseOnly, "restore");
      const started = Date.now();
      const target = describeTarget(database);
      console.log(
        uploadDir
          ? text("console.restore.startingWithFiles", { file, database: target, dir: uploadDir })
          : text("console.restore.startingDatabaseOnly", { file, database: target }),
      );
      const { manifest: m, pendingMigrations } = await restoreBackup(file, { database, uploadDir });
      const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
      console.log(text("console.restore.done", { seconds: ((Date.now() - started) / 1000).toFixed(1), createdAt: m.createdAt }));
      console.log(`  ${text("console.restore.database", { tables: String(Object.keys(m.counts).length), rows: String(rows) })}`);
      console.log(
        `  ${text("console.restore.auditChain", { count: String(m.auditChain.count), seq: String(m.auditChain.headSeq), hash: m.auditChain.headHash })}`,
      );
      console.log(`  ${uploadDir ? text("console.restore.files", { count: String(m.files.items.length) }) : text("console.restore.noFiles")}`);
      if (pendingMigrations.length)
        console.log(
          `  ${text("console.restore.pendingMigrations", { count: String(pendingMigrations.length), names: pendingMigrations.join(text("console.listSeparator")) })}`,
        );
    },
    (message) => text("console.restore.failed", { message }),
  ),
);
