// Issue 16: the dashboard's figures are reused until the next audited change (lib/dashboard/figure-cache.ts).
// Every change the portal makes is audited in its own transaction, so the audit chain's head says whether the
// figures may have moved. These tests hold the contract: reused while nothing audited happened, computed anew
// after, and never shared between scopes, filters or languages.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/dashboard";
import { inLocale } from "@/lib/i18n/server-text";
import { useTestDatabase } from "../helpers/test-db";
import { makeUser } from "../helpers/users";
import { createFiledAlliance } from "../helpers/filed-fixture";

const t = useTestDatabase();
const NOW = new Date("2026-06-15T04:00:00Z");
let center: SessionUser, otherReviewer: SessionUser, leadOrgId: string;

async function audited(entityId: string) {
  await t.prisma().auditEvent.create({ data: { actorName: "test", action: "alliance.updated", entityType: "Alliance", entityId, summary: {} } });
}

async function addFiled(name: string) {
  return (
    await t.prisma().alliance.create({
      data: { name, industryCode: "NEW_ENERGY", state: "FILED", city: "长春市", stateSince: NOW, leadOrgId, createdById: center.id },
    })
  ).id;
}

beforeAll(async () => {
  const p = t.prisma();
  const f = await createFiledAlliance(p, { city: "长春市", filedAt: new Date("2025-03-01T02:00:00Z") });
  center = f.center;
  leadOrgId = (await p.alliance.findUniqueOrThrow({ where: { id: f.allianceId } })).leadOrgId;
  const rural = await p.division.create({ data: { code: "RURAL", name: "农村科技处" } });
  otherReviewer = await makeUser(p, ["DIVISION_REVIEWER"], { divisionId: rural.id });
});

describe("dashboard figures", () => {
  it("are reused while nothing audited has changed, and computed anew after the next audited change", async () => {
    const before = (await loadDashboard(center, {}, NOW)).alliances.total;
    // A row written behind the portal's back (no audit event) is not seen until something audited happens.
    const id = await addFiled("吉林省缓存测试一产业科技创新联盟");
    expect((await loadDashboard(center, {}, NOW)).alliances.total).toBe(before);
    expect((await loadDashboard(center, {}, NOW, { reuse: false })).alliances.total).toBe(before + 1);
    await audited(id);
    expect((await loadDashboard(center, {}, NOW)).alliances.total).toBe(before + 1);
  });

  it("are kept apart per scope, filters and language", async () => {
    const all = await loadDashboard(center, {}, NOW);
    expect(all.alliances.total).toBeGreaterThan(0);
    // A division that owns no industry here sees nothing, right after the center's figures were computed.
    expect((await loadDashboard(otherReviewer, {}, NOW)).alliances.total).toBe(0);
    expect((await loadDashboard(center, { city: "吉林市" }, NOW)).alliances.total).toBe(0);
    expect((await loadDashboard(center, {}, NOW)).alliances.total).toBe(all.alliances.total);
    const zh = all.alliances.byIndustry.map((i) => i.name);
    const en = (await inLocale("en", () => loadDashboard(center, {}, NOW))).alliances.byIndustry.map((i) => i.name);
    expect(zh).toContain("新能源");
    expect(en).toContain("New energy");
  });

  it("follow the clock: another minute is another entry", async () => {
    const id = await addFiled("吉林省缓存测试二产业科技创新联盟");
    const now = (await loadDashboard(center, {}, NOW)).alliances.total;
    const later = (await loadDashboard(center, {}, new Date(NOW.getTime() + 60_000))).alliances.total;
    expect(later).toBe(now + 1);
    await audited(id);
  });
});
