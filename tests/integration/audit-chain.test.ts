// The audit hash chain (trigger "AuditEvent_chain") and its verifier (lib/audit/verify.ts, npm run
// audit:verify). Tampering is done the way an attacker holding the database owner's rights would:
// ALTER TABLE … DISABLE TRIGGER, change rows, re-enable. Inside a transaction that is rolled back
// afterwards, so each case starts from the clean chain.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrisma } from "@/lib/db/create-prisma";
import { useDatabase } from "@/lib/db/client";
import type { Tx } from "@/lib/db/client";
import { GENESIS_HASH, verifyAuditChain, type ChainReport } from "@/lib/audit/verify";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { unlockUser } from "@/lib/users/unlock-user";
import { updateWorkflowSettings } from "@/lib/settings/update-settings";
import { getWorkflowSettings } from "@/lib/settings/settings";
import type { SessionUser } from "@/lib/auth/session";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

const t = useTestDatabase();
const base = { divisionId: null, organizationId: null, phone: null, email: null };
let admin: SessionUser;

class Rollback extends Error {}

/** Tampers inside a transaction, runs the verifier on what the attacker left, then rolls everything back. */
async function verifyAfter(tamper: (tx: Tx) => Promise<unknown>, opts: Parameters<typeof verifyAuditChain>[1] = {}): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await t
    .prisma()
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`;
        await tamper(tx);
        await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`;
        report = await verifyAuditChain(tx, opts);
        throw new Rollback();
      },
      { timeout: 60_000 },
    )
    .catch((err: unknown) => {
      if (!(err instanceof Rollback)) throw err;
    });
  return report!;
}

async function head(): Promise<number> {
  return Number((await t.prisma().auditEvent.aggregate({ _max: { seq: true } }))._max.seq);
}

beforeAll(async () => {
  const p = t.prisma();
  admin = await makeUser(p, ["SYSTEM_ADMIN"]);
  // Events from real actions: user administration and a settings change.
  for (let i = 0; i < 6; i += 1) {
    const { id } = await createUser(admin, {
      ...base,
      displayName: `核验用户${i}`,
      username: `chain.user${i}`,
      password: "Chain#Pass2026",
      roles: ["SERVICE_CENTER"],
    });
    const row = await p.user.findUniqueOrThrow({ where: { id } });
    await updateUser(admin, { ...base, displayName: `核验用户${i}（改）`, id, version: row.version, roles: ["SERVICE_CENTER"], active: true });
    await unlockUser(admin, id);
  }
  await updateWorkflowSettings(admin, { ...(await getWorkflowSettings()), noticeDays: 10 });
});

describe("audit chain", () => {
  it("verifies the chain written by real actions, page by page", async () => {
    const total = await t.prisma().auditEvent.count();
    expect(total).toBeGreaterThanOrEqual(19);
    const first = await t.prisma().auditEvent.findFirstOrThrow({ where: { seq: 1 } });
    expect(first.prevHash).toBe(GENESIS_HASH);
    const r = await verifyAuditChain(t.prisma(), { batchSize: 4 });
    expect(r).toMatchObject({ ok: true, count: total, headSeq: total, disabledTriggers: [] });
    expect(r.firstBad).toBeUndefined();
    const last = await t.prisma().auditEvent.findFirstOrThrow({ where: { seq: total } });
    expect(r.headHash).toBe(last.hash);
  });

  it("detects a changed summary", async () => {
    const r = await verifyAfter((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "summary" = '{"username":"someone.else"}' WHERE "seq" = 3`);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toMatchObject({ seq: 3 });
    expect(r.firstBad!.problem).toContain("内容与其哈希不符");
    expect(r).toMatchObject({ count: 2, headSeq: 2 });
  });

  it("detects a changed actor", async () => {
    const r = await verifyAfter((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "actorName" = '替罪羊' WHERE "seq" = 5`);
    expect(r.firstBad).toMatchObject({ seq: 5 });
    expect(r.firstBad!.problem).toContain("内容与其哈希不符");
  });

  it("detects a deleted row in the middle", async () => {
    const r = await verifyAfter((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = 7`);
    expect(r.firstBad).toMatchObject({ seq: 8 });
    expect(r.firstBad!.problem).toContain("序号不连续");
  });

  it("detects two events swapped in order", async () => {
    const r = await verifyAfter(async (tx) => {
      await tx.$executeRaw`UPDATE "AuditEvent" SET "seq" = -1 WHERE "seq" = 4`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "seq" = 4 WHERE "seq" = 5`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "seq" = 5 WHERE "seq" = -1`;
    });
    expect(r.firstBad).toMatchObject({ seq: 4 });
    expect(r.firstBad!.problem).toContain("前序哈希");
  });

  it("detects a forged event slipped in with a seq and a correctly computed hash", async () => {
    const r = await verifyAfter(async (tx) => {
      // Make room after seq 6 (two steps: the seq index is unique), insert the forgery as seq 7.
      await tx.$executeRaw`UPDATE "AuditEvent" SET "seq" = -"seq" WHERE "seq" > 6`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET "seq" = -"seq" + 1 WHERE "seq" < 0`;
      await tx.$executeRaw`
        INSERT INTO "AuditEvent" ("actorName", "action", "entityType", "summary", "seq", "prevHash")
        SELECT 'sysadmin', 'user.unlocked', 'User', '{}'::jsonb, 7, "hash" FROM "AuditEvent" WHERE "seq" = 6`;
      await tx.$executeRaw`UPDATE "AuditEvent" e SET "hash" = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') WHERE "seq" = 7`;
    });
    // The forgery itself is consistent; the event after it no longer links to it.
    expect(r.firstBad).toMatchObject({ seq: 8 });
    expect(r.firstBad!.problem).toContain("前序哈希");
  });

  it("detects an event that bypassed the chain (no seq, no hash)", async () => {
    const r = await verifyAfter(
      (tx) => tx.$executeRaw`
      INSERT INTO "AuditEvent" ("actorName", "action", "entityType", "summary") VALUES ('ghost', 'user.unlocked', 'User', '{}'::jsonb)`,
    );
    expect(r.firstBad).toMatchObject({ seq: null });
    expect(r.firstBad!.problem).toContain("没有链序号");
  });

  it("reports protective triggers left disabled", async () => {
    let report: ChainReport | undefined;
    await t
      .prisma()
      .$transaction(async (tx) => {
        await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete"`;
        report = await verifyAuditChain(tx);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
    expect(report).toMatchObject({ ok: false, disabledTriggers: ["AuditEvent_no_update_delete"] });
    expect(report!.firstBad).toBeUndefined();
  });

  it("lets a full rewrite from one point pass the chain alone, but not a head recorded earlier", async () => {
    const recorded = await verifyAuditChain(t.prisma());
    let alone: ChainReport | undefined;
    const anchored = await verifyAfter(
      async (tx) => {
        await tx.$executeRaw`UPDATE "AuditEvent" SET "actorName" = '替罪羊' WHERE "seq" = 3`;
        // Recompute every hash from seq 3 on, as the trigger would have: the attacker owns the database.
        await tx.$executeRaw`DO $$
        DECLARE r "AuditEvent"; h text;
        BEGIN
          SELECT "hash" INTO h FROM "AuditEvent" WHERE "seq" = 2;
          FOR r IN SELECT * FROM "AuditEvent" WHERE "seq" >= 3 ORDER BY "seq" LOOP
            r."prevHash" := h;
            h := encode(sha256(convert_to(audit_event_canonical(r), 'UTF8')), 'hex');
            UPDATE "AuditEvent" SET "prevHash" = r."prevHash", "hash" = h WHERE "id" = r."id";
          END LOOP;
        END $$`;
        await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`;
        alone = await verifyAuditChain(tx);
      },
      { expectHead: { seq: recorded.headSeq, hash: recorded.headHash } },
    );
    expect(alone).toMatchObject({ ok: true, count: recorded.count });
    expect(alone!.headHash).not.toBe(recorded.headHash);
    expect(anchored.firstBad).toMatchObject({ seq: recorded.headSeq });
    expect(anchored.firstBad!.problem).toContain("链头不符");
  });

  it("keeps the chain gap-free under 2 x 50 concurrent audited writes", async () => {
    const p = t.prisma();
    const admin2 = await makeUser(p, ["SYSTEM_ADMIN"]);
    await p.user.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        username: `locked${i}`,
        displayName: `锁定用户${i}`,
        passwordHash: "-",
        roles: ["SERVICE_CENTER" as const],
        lockedUntil: new Date(Date.now() + 600_000),
      })),
    });
    const targets = await p.user.findMany({ where: { username: { startsWith: "locked" } }, select: { id: true } });
    expect(targets).toHaveLength(100);
    const before = await head();
    // A wider pool than the file's default, so the writes really overlap on the PostgreSQL server.
    const wide: PrismaClient = createPrisma(t.url(), 20);
    useDatabase(wide);
    try {
      await Promise.all(targets.map((u, i) => unlockUser(i % 2 === 0 ? admin : admin2, u.id)));
    } finally {
      useDatabase(p);
      await wide.$disconnect();
    }
    const r = await verifyAuditChain(p);
    expect(r.ok).toBe(true);
    expect(r.headSeq).toBe(before + 100);
    expect(r.count).toBe(before + 100);
    const seqs = (await p.auditEvent.findMany({ where: { action: "user.unlocked", entityId: { in: targets.map((u) => u.id) } }, select: { seq: true } })).map(
      (e) => Number(e.seq),
    );
    expect(new Set(seqs).size).toBe(100);
  });

  it("npm run audit:verify passes a clean chain and, given the recorded head, catches a deleted tail", async () => {
    const recorded = await verifyAuditChain(t.prisma());
    const ok = await runCli([]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`已核验 ${recorded.count} 条审计记录`);
    expect(ok.stdout).toContain(`当前链头：${recorded.headSeq}:${recorded.headHash}`);

    // The attacker deletes the last three events for good (committed this time: the CLI is another process).
    await t.prisma().$transaction(async (tx) => {
      await tx.$executeRaw`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`;
      await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" > ${recorded.headSeq - 3}`;
      await tx.$executeRaw`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`;
    });
    // Without the recorded head the shortened chain still looks whole: that is why the head is kept.
    const alone = await runCli([]);
    expect(alone.code).toBe(0);
    const anchored = await runCli(["--expect-head", `${recorded.headSeq}:${recorded.headHash}`]);
    expect(anchored.code).toBe(1);
    expect(anchored.stdout).toContain("链尾的审计记录已被删除");
    const bad = await runCli(["--expect-head", "12:xyz"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--expect-head 的格式");
  }, 60_000);
});

async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = path.resolve(__dirname, "../..");
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "lib/cli/audit-verify.ts"), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: t.url() },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
