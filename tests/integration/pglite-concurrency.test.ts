// The embedded database under concurrent connections: every connection of the portal's pool shares PGlite's
// single backend through lib/db/pglite-server.ts. Transactions on some connections while others run plain
// queries must give every query its own answer (the library's own queue interleaved them: without
// lib/db/pglite-queue.ts about a third of these queries failed or returned another query's rows).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";
import { applyMigrations } from "@/lib/db/migrate";
import { createPrisma } from "@/lib/db/create-prisma";

let db: EmbeddedDatabase;
let p: PrismaClient;

beforeAll(async () => {
  db = await startEmbeddedDatabase("memory://");
  await applyMigrations(db.url);
  p = createPrisma(db.url, 10);
});
afterAll(async () => {
  await p.$disconnect();
  await db.stop();
});

describe("embedded PGlite served to a pool of connections", () => {
  it("keeps each connection's exchange and transaction whole: no errors, no answer to the wrong query", async () => {
    const division = await p.division.create({ data: { code: "HT", name: "高新技术处" } });
    await p.industry.create({ data: { code: "NEW_ENERGY", name: "新能源", clause: "四（一）", sortOrder: 1, subFields: [], divisionId: division.id } });
    const users = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        p.user.create({ data: { username: `conc${i}`, displayName: `并发用户${i}`, passwordHash: "x", roles: ["SERVICE_CENTER"] } }),
      ),
    );
    const outcomes = { ok: 0, wrong: 0, errors: [] as string[] };
    for (let round = 0; round < 25; round++) {
      await Promise.all(
        users.map(async (u, k) => {
          try {
            let right: boolean;
            if (k % 4 === 0) {
              right = await p.$transaction(async (tx) => {
                const row = await tx.user.findUnique({ where: { id: u.id } });
                await tx.user.update({ where: { id: u.id }, data: { failedLoginCount: { increment: 0 } } });
                await tx.auditEvent.create({
                  data: { actorName: u.username, action: "test.concurrency", entityType: "User", entityId: u.id, summary: { round } },
                });
                return row?.username === u.username;
              });
            } else if (k % 4 === 1) {
              right = (await p.user.findUnique({ where: { id: u.id } }))?.username === u.username;
            } else {
              const [industries, unread] = await Promise.all([
                p.industry.findMany({ where: { divisionId: division.id } }),
                p.notification.count({ where: { userId: u.id, readAt: null } }),
              ]);
              right = industries.length === 1 && industries[0]!.code === "NEW_ENERGY" && unread === 0;
            }
            if (right) outcomes.ok++;
            else outcomes.wrong++;
          } catch (err) {
            outcomes.errors.push(String(err).slice(0, 200));
          }
        }),
      );
    }
    expect(outcomes).toEqual({ ok: 25 * users.length, wrong: 0, errors: [] });
    // Every transaction committed its audit event.
    const events = await p.auditEvent.findMany({ where: { action: "test.concurrency" }, orderBy: { seq: "asc" }, select: { seq: true } });
    expect(events).toHaveLength(25 * 4);
  }, 120_000);
});
