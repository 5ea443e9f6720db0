import crypto from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
// text() needs its source outside Next.js too (npm run audit:verify): Chinese there, the request's language on the page.
import "../i18n/server-text";
import { text } from "../i18n/text";

// Checks the tamper-evident audit chain the database trigger "AuditEvent_chain" keeps: every event
// carries seq (1, 2, 3, … in commit order), the previous event's hash and sha256 of its canonical
// text (audit_event_canonical, which already includes seq and prevHash). The canonical text comes
// from the same SQL function the trigger used; the hash is recomputed here, in Node, so a replaced
// SQL hash function cannot vouch for itself.
//
// What a chain alone cannot show: a deleted tail. Removing the last N events leaves a shorter chain
// that is still consistent. An operator who wrote down an earlier head (seq and hash, printed by
// `npm run audit:verify`) passes it as expectHead; the event at that seq must still exist with that
// hash, which also catches a history rewritten from any point before it.

export const GENESIS_HASH = "0".repeat(64);
const TRIGGERS = ["AuditEvent_no_update_delete", "AuditEvent_no_truncate", "AuditEvent_chain"];

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface ChainProblem {
  seq: number | null;
  id: string | null;
  problem: string;
}

export interface ChainReport {
  ok: boolean;
  /** Events checked. */
  count: number;
  headSeq: number;
  headHash: string;
  firstBad?: ChainProblem;
  /** Protective triggers found disabled (someone ran ALTER TABLE … DISABLE TRIGGER). */
  disabledTriggers: string[];
}

interface Row {
  id: bigint;
  seq: bigint;
  prevHash: string | null;
  hash: string | null;
  canonical: string | null;
}

type Reader = Pick<PrismaClient, "$queryRaw">;

export function parseHead(text: string): ChainHead | null {
  const m = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: m[2]!.toLowerCase() } : null;
}

function sha256(text: string): string {
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

/** Walks the whole chain in seq order, `batchSize` events at a time, and stops at the first bad event. */
export async function verifyAuditChain(client: Reader, opts: { batchSize?: number; expectHead?: ChainHead } = {}): Promise<ChainReport> {
  const batchSize = opts.batchSize ?? 5000;
  const disabledTriggers = await findDisabledTriggers(client);
  const report = (count: number, headSeq: number, headHash: string, firstBad?: ChainProblem): ChainReport => ({
    ok: !firstBad && disabledTriggers.length === 0,
    count,
    headSeq,
    headHash,
    ...(firstBad ? { firstBad } : {}),
    disabledTriggers,
  });

  const unchained = await client.$queryRaw<{ id: bigint }[]>`
    SELECT "id" FROM "AuditEvent" WHERE "seq" IS NULL ORDER BY "id" LIMIT 1`;
  if (unchained[0]) {
    return report(0, 0, GENESIS_HASH, { seq: null, id: unchained[0].id.toString(), problem: text("audit.chain.unchained") });
  }

  let count = 0;
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let expectedFound = false;
  for (;;) {
    const rows = await client.$queryRaw<Row[]>`
      SELECT e."id", e."seq", e."prevHash", e."hash", audit_event_canonical(e) AS canonical
      FROM "AuditEvent" e WHERE e."seq" > ${prevSeq} ORDER BY e."seq" LIMIT ${batchSize}`;
    for (const row of rows) {
      const seq = Number(row.seq);
      const bad = (problem: string) => report(count, prevSeq, prevHash, { seq, id: row.id.toString(), problem });
      if (seq !== prevSeq + 1) {
        return bad(
          prevSeq === 0
            ? text("audit.chain.firstSeq", { seq: String(seq) })
            : text("audit.chain.gap", { prev: String(prevSeq), expected: String(prevSeq + 1), seq: String(seq) }),
        );
      }
      if (!row.hash || !row.prevHash) return bad(text("audit.chain.noHash", { seq: String(seq) }));
      if (row.prevHash !== prevHash) return bad(text("audit.chain.prevMismatch", { seq: String(seq), prev: String(prevSeq) }));
      if (sha256(row.canonical ?? "") !== row.hash) return bad(text("audit.chain.hashMismatch", { seq: String(seq) }));
      if (opts.expectHead && seq === opts.expectHead.seq) {
        expectedFound = true;
        if (row.hash !== opts.expectHead.hash) return bad(text("audit.chain.headMismatch", { seq: String(seq) }));
      }
      count += 1;
      prevSeq = seq;
      prevHash = row.hash;
    }
    if (rows.length < batchSize) break;
  }
  if (opts.expectHead && !expectedFound) {
    return report(count, prevSeq, prevHash, {
      seq: opts.expectHead.seq,
      id: null,
      problem: text("audit.chain.headGone", { seq: String(opts.expectHead.seq), head: String(prevSeq) }),
    });
  }
  return report(count, prevSeq, prevHash);
}

async function findDisabledTriggers(client: Reader): Promise<string[]> {
  const rows = await client.$queryRaw<{ tgname: string; tgenabled: string }[]>`
    SELECT t.tgname::text AS tgname, t.tgenabled::text AS tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relname = 'AuditEvent' AND NOT t.tgisinternal`;
  // O and A fire in ordinary sessions; D is disabled, R fires only for replication sessions.
  const enabled = new Set(rows.filter((r) => r.tgenabled === "O" || r.tgenabled === "A").map((r) => r.tgname));
  return TRIGGERS.filter((name) => !enabled.has(name));
}
