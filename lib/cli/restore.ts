// npm run restore -- <file.tar.gz> [--database-only]
// Into an EMPTY database (DATABASE_URL: a newly created one; otherwise a new PGLITE_DATA_DIR folder) and an
// empty UPLOAD_DIR. The archive is checked completely before anything is written; see lib/backup/.
import { configuredDatabase, configuredUploadDir, parseArgs, runCli } from "../backup/cli-common";
import { restoreBackup } from "../backup/restore-backup";
import { describeTarget } from "../backup/target";

runCli(async () => {
  const { file, databaseOnly } = parseArgs(process.argv.slice(2), "npm run restore -- <备份文件.tar.gz> [--database-only]");
  const database = configuredDatabase();
  const uploadDir = configuredUploadDir(databaseOnly, "恢复");
  const started = Date.now();
  console.log(`正在恢复 ${file}，目标：${describeTarget(database)}${uploadDir ? `；文件目录 ${uploadDir}` : "（仅数据库）"}…`);
  const { manifest: m, pendingMigrations } = await restoreBackup(file, { database, uploadDir });
  const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
  console.log(`✓ 恢复完成（用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）：备份时间 ${m.createdAt}`);
  console.log(`  数据库：${Object.keys(m.counts).length} 张表共 ${rows} 行，与备份清单逐表核对一致`);
  console.log(`  审计链：${m.auditChain.count} 条，重新计算哈希后完整，链头 ${m.auditChain.headSeq}:${m.auditChain.headHash}`);
  console.log(uploadDir ? `  文件：${m.files.items.length} 个，SHA-256 与清单一致` : "  文件：未恢复（--database-only）");
  if (pendingMigrations.length)
    console.log(`  本程序比备份多 ${pendingMigrations.length} 个迁移（${pendingMigrations.join("、")}），下次启动门户或运行 npm run db:migrate 时自动应用。`);
}, "恢复失败");
