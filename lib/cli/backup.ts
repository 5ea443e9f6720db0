// npm run backup -- <file.tar.gz> [--database-only]
// The database (DATABASE_URL: pg_dump; otherwise the embedded PGlite folder, with the portal stopped) and
// the stored files (UPLOAD_DIR) in one archive with a manifest; see lib/backup/.
import fs from "node:fs";
import { createBackup } from "../backup/create-backup";
import { configuredDatabase, configuredUploadDir, sizeOf, parseArgs, runCli } from "../backup/cli-common";
import { describeTarget } from "../backup/target";

runCli(async () => {
  const { file, databaseOnly } = parseArgs(process.argv.slice(2), "npm run backup -- <备份文件.tar.gz> [--database-only]");
  const database = configuredDatabase();
  const uploadDir = configuredUploadDir(databaseOnly, "备份");
  const started = Date.now();
  console.log(`正在备份：${describeTarget(database)}${uploadDir ? `；文件目录 ${uploadDir}` : "（仅数据库）"}…`);
  const m = await createBackup({ database, uploadDir }, file);
  const rows = Object.values(m.counts).reduce((a, b) => a + b, 0);
  const fileBytes = m.files.items.reduce((a, f) => a + f.bytes, 0);
  console.log(`✓ 备份完成：${file}（${sizeOf(fs.statSync(file).size)}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  console.log(
    `  数据库：${Object.keys(m.counts).length} 张表，共 ${rows} 行；已应用迁移 ${m.migrations.length} 个（最新 ${m.migrations.at(-1)?.name ?? "无"}）`,
  );
  console.log(`  审计链：${m.auditChain.count} 条，链头 ${m.auditChain.headSeq}:${m.auditChain.headHash}`);
  console.log(
    m.files.included
      ? `  文件：${m.files.items.length} 个，共 ${sizeOf(fileBytes)}，每个文件的 SHA-256 记在 manifest.json 中`
      : "  文件：未包含（--database-only）",
  );
  console.log("  备份文件含个人信息和密码哈希，已设为仅属主可读；请加密保存在门户服务器以外的地方。");
}, "备份失败");
