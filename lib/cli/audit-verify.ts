// npm run audit:verify [-- --expect-head <seq>:<hash>]: checks the audit hash chain (lib/audit/verify.ts)
// and exits 0 when it is intact, 1 otherwise.
//
// Write down the printed head (seq:hash) somewhere the database's owner cannot reach (a paper log, a
// ticket, another system) and pass it next time with --expect-head: a chain alone cannot show that
// its last events were deleted, because the shortened chain is still consistent.
import { inConsoleLanguage } from "./console-language";
import { text } from "../i18n/text";
import { createPrisma } from "../db/create-prisma";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/pglite-server";
import { parseHead, verifyAuditChain, type ChainHead } from "../audit/verify";
import { env } from "../env";

function expectedHead(argv: string[]): ChainHead | undefined {
  const i = argv.indexOf("--expect-head");
  if (i < 0) return undefined;
  const head = parseHead(argv[i + 1] ?? "");
  if (!head) throw new Error(text("console.auditVerify.expectHeadFormat"));
  return head;
}

async function main(): Promise<number> {
  const expectHead = expectedHead(process.argv.slice(2));
  let embedded: EmbeddedDatabase | undefined;
  let url = env().DATABASE_URL;
  if (!url) {
    // The embedded database opens in one process only: stop the portal first.
    console.log(text("console.auditVerify.usingEmbedded", { dir: env().PGLITE_DATA_DIR }));
    embedded = await startEmbeddedDatabase(env().PGLITE_DATA_DIR);
    url = embedded.url;
  }
  const prisma = createPrisma(url, 1);
  try {
    const started = Date.now();
    const r = await verifyAuditChain(prisma, { expectHead });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const name of r.disabledTriggers) console.log(text("console.auditVerify.triggerDisabled", { name }));
    if (r.firstBad) {
      console.log(text("console.auditVerify.chainBroken", { problem: r.firstBad.problem }));
      if (r.firstBad.id) console.log(`  ${text("console.auditVerify.badRecord", { seq: String(r.firstBad.seq ?? text("console.none")), id: r.firstBad.id })}`);
      console.log(`  ${text("console.auditVerify.goodBefore", { count: String(r.count), seq: String(r.headSeq) })}`);
    } else {
      const verified = { count: String(r.count), seconds };
      console.log(r.ok ? text("console.auditVerify.intact", verified) : text("console.auditVerify.intactTriggersOff", verified));
      if (expectHead) console.log(`  ${text("console.auditVerify.headStillThere", { seq: String(expectHead.seq) })}`);
    }
    console.log(`  ${text("console.auditVerify.currentHead", { seq: String(r.headSeq), hash: r.headHash })}`);
    console.log(`  ${text("console.auditVerify.recordHead")}`);
    return r.ok ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

void inConsoleLanguage(() =>
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(text("console.auditVerify.failed", { message: err instanceof Error ? err.message : String(err) }));
      process.exit(1);
    },
  ),
);
