// npm run audit:verify [-- --expect-head <seq>:<hash>]: checks the audit hash chain (lib/audit/verify.ts)
// and exits 0 when it is intact, 1 otherwise.
//
// Write down the printed head (seq:hash) somewhere the database's owner cannot reach (a paper log, a
// ticket, another system) and pass it next time with --expect-head: a chain alone cannot show that
// its last events were deleted, because the shortened chain is still consistent.
import { createPrisma } from "../db/create-prisma";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/pglite-server";
import { parseHead, verifyAuditChain, type ChainHead } from "../audit/verify";
import { env } from "../env";

function expectedHead(argv: string[]): ChainHead | undefined {
  const i = argv.indexOf("--expect-head");
  if (i < 0) return undefined;
  const head = parseHead(argv[i + 1] ?? "");
  if (!head) throw new Error("--expect-head 的格式应为 <序号>:<64 位十六进制哈希>，例如 1200:3f5a…");
  return head;
}

async function main(): Promise<number> {
  const expectHead = expectedHead(process.argv.slice(2));
  let embedded: EmbeddedDatabase | undefined;
  let url = env().DATABASE_URL;
  if (!url) {
    // The embedded database opens in one process only: stop the portal first.
    console.log(`使用内置数据库 ${env().PGLITE_DATA_DIR}（请先停止门户）`);
    embedded = await startEmbeddedDatabase(env().PGLITE_DATA_DIR);
    url = embedded.url;
  }
  const prisma = createPrisma(url, 1);
  try {
    const started = Date.now();
    const r = await verifyAuditChain(prisma, { expectHead });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const name of r.disabledTriggers) console.log(`✗ 审计表的保护触发器 ${name} 已被停用`);
    if (r.firstBad) {
      console.log(`✗ 审计链校验未通过：${r.firstBad.problem}`);
      if (r.firstBad.id) console.log(`  问题记录：序号 ${r.firstBad.seq ?? "无"}，记录编号 ${r.firstBad.id}`);
      console.log(`  此前 ${r.count} 条记录完好，最后一条完好记录为序号 ${r.headSeq}`);
    } else {
      console.log(`${r.ok ? "✓" : "✗"} 已核验 ${r.count} 条审计记录，用时 ${seconds} 秒，哈希链${r.ok ? "完整" : "完整，但保护触发器被停用"}`);
      if (expectHead) console.log(`  此前记下的链头（序号 ${expectHead.seq}）仍在链中且未被改动`);
    }
    console.log(`  当前链头：${r.headSeq}:${r.headHash}`);
    console.log("  请将当前链头另行记录（纸质台账或其他系统），下次核验时以 --expect-head 传入，以发现链尾被删除。");
    return r.ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`审计链核验失败：${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
