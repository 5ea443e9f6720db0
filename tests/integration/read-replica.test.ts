import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrisma } from "@/lib/db/create-prisma";
import { db, readDb, useDatabase } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { seedDemoIfEmpty } from "@/lib/db/seed-demo";
import { allianceFigures } from "@/lib/dashboard/alliance-figures";
import { createMigratedDatabase, type TestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";

// Dashboards read through readDb(): with DATABASE_READ_URL set they query that database (a replica in
// production), everything else stays on the primary. Two real databases stand in for primary and replica;
// the "replica" holds the demo data and the primary does not, so the figures show which one was read.
let primaryDb: TestDatabase;
let replicaDb: TestDatabase;
let primary: PrismaClient;
let replica: PrismaClient;

beforeAll(async () => {
  [primaryDb, replicaDb] = await Promise.all([createMigratedDatabase(), createMigratedDatabase()]);
  primary = createPrisma(primaryDb.url, 2);
  replica = createPrisma(replicaDb.url, 2);
  await seedDemoIfEmpty(replica);
  useDatabase(primary);
});

afterAll(async () => {
  useDatabase(undefined);
  delete process.env.DATABASE_READ_URL;
  resetEnvCache();
  await primary.$disconnect();
  await replica.$disconnect();
  await primaryDb.drop();
  await replicaDb.drop();
});

describe("read replica for dashboards", () => {
  it("without DATABASE_READ_URL, dashboards read the primary", async () => {
    delete process.env.DATABASE_READ_URL;
    resetEnvCache();
    expect(readDb()).toBe(db());
    const center = await makeUser(primary, ["SERVICE_CENTER"]);
    const figures = await allianceFigures(center, {}, []);
    expect(figures.total).toBe(0);
  });

  it("with DATABASE_READ_URL, the dashboard figures come from the replica while writes stay on the primary", async () => {
    process.env.DATABASE_READ_URL = replicaDb.url;
    resetEnvCache();
    useDatabase(primary);
    expect(readDb()).not.toBe(db());
    const center = await makeUser(primary, ["SERVICE_CENTER"]);
    const figures = await allianceFigures(center, {}, []);
    expect(figures.total).toBe(await replica.alliance.count({ where: { state: { not: "DRAFT" } } }));
    expect(figures.total).toBeGreaterThan(0);
    expect(await primary.alliance.count()).toBe(0);
    await readDb().$disconnect();
  });
});
