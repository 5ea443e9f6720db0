import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

const t = useTestDatabase();
const actor = { actorId: null, actorName: "test", actorRole: null, ip: "127.0.0.1" };

describe("audit trail", () => {
  it("stores an event and the database refuses UPDATE, DELETE and TRUNCATE of it", async () => {
    const prisma = t.prisma();
    await prisma.$transaction((tx) =>
      recordAudit(tx, actor, { action: "system.seeded", entityType: "System", entityId: null, summary: { users: 1, organizations: 0, alliances: 0 } }),
    );
    const row = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.seeded" } });
    expect(row.summary).toEqual({ users: 1, organizations: 0, alliances: 0 });
    await expect(prisma.auditEvent.update({ where: { id: row.id }, data: { actorName: "forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).actorName).toBe("test");
  });

  it("rolls back the change when its audit event cannot be written", async () => {
    const prisma = t.prisma();
    const user = await makeUser(prisma, ["SERVICE_CENTER"]);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { displayName: "改过的名字" } });
        // An event that fails its schema: the insert never happens and the update must not survive.
        await recordAudit(tx, actor, { action: "user.updated", entityType: "User", entityId: user.id, summary: {} } as never);
      }),
    ).rejects.toThrow();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe(user.displayName);
  });

  it("rolls back the change when the database refuses the audit insert", async () => {
    const prisma = t.prisma();
    const user = await makeUser(prisma, ["SERVICE_CENTER"]);
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { displayName: "另一个名字" } });
        await recordAudit(
          tx,
          { ...actor, actorName: "x".repeat(10) },
          {
            action: "user.unlocked",
            entityType: "User",
            entityId: user.id,
            summary: { lockedUntil: null, bad: "\u0000" },
          },
        );
      }),
    ).rejects.toThrow();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe(user.displayName);
  });
});
