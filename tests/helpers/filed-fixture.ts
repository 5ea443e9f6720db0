// A filed alliance written straight to the database (no review steps), for the tests of the operation
// phase (八): annual reports, assessment, membership changes, council, activities, dashboards.
import type { PrismaClient } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session";
import { makeUser } from "./users";
import { code, goodMembers } from "./filing-fixture";

let n = 0;

export interface FiledFixture {
  allianceId: string;
  leadOrgId: string;
  filer: SessionUser;
  /** Another enterprise's filer: must see nothing of this alliance. */
  outsider: SessionUser;
  center: SessionUser;
}

/** Industry and division rows the fixture needs; safe to call once per test database. */
export async function ensureIndustry(prisma: PrismaClient, industryCode = "NEW_ENERGY"): Promise<void> {
  const div = await prisma.division.upsert({ where: { code: "HT" }, update: {}, create: { code: "HT", name: "高新技术处" } });
  await prisma.industry.upsert({
    where: { code: industryCode },
    update: {},
    create: { code: industryCode, name: "新能源", clause: "四（一）", sortOrder: 1, subFields: ["氢能"], divisionId: div.id },
  });
}

/**
 * A FILED alliance with the 12 members of goodMembers() (4 on the council), a filing record, a filer of
 * its lead enterprise, a filer of another enterprise and a service-center user. Credit codes are made
 * unique per call so several fixtures share one database.
 */
export async function createFiledAlliance(prisma: PrismaClient, opts: { name?: string; city?: string; filedAt?: Date } = {}): Promise<FiledFixture> {
  n += 1;
  await ensureIndustry(prisma);
  const base = 100_000 + n * 100;
  const orgIds: string[] = [];
  const members = goodMembers();
  for (const [i, m] of members.entries()) {
    const org = await prisma.organization.create({
      data: { name: `${m.name}（${n}）`, type: m.type, creditCode: code(base + i), city: opts.city ?? "长春市" },
    });
    orgIds.push(org.id);
  }
  const leadOrgId = orgIds[0]!;
  const filer = await makeUser(prisma, ["ENTERPRISE_FILER"], { organizationId: leadOrgId });
  const otherOrg = await prisma.organization.create({ data: { name: `其他企业${n}`, type: "ENTERPRISE", creditCode: code(base + 99) } });
  const outsider = await makeUser(prisma, ["ENTERPRISE_FILER"], { organizationId: otherOrg.id });
  const center = await makeUser(prisma, ["SERVICE_CENTER"]);
  const filedAt = opts.filedAt ?? new Date("2025-03-01T02:00:00Z");
  const alliance = await prisma.alliance.create({
    data: {
      name: opts.name ?? `吉林省氢能产业科技创新联盟${n}`,
      industryCode: "NEW_ENERGY",
      subField: "氢能",
      leadOrgId,
      state: "FILED",
      stateSince: filedAt,
      city: opts.city ?? "长春市",
      currentVersionNo: 1,
      submittedAt: filedAt,
      createdById: filer.id,
      memberships: {
        create: members.map((m, i) => ({
          organizationId: orgIds[i]!,
          role: m.role,
          chainPosition: m.chainPosition ?? null,
          outputValue2022: m.type === "ENTERPRISE" ? m.outputValue2022 : null,
          profitTax2022: m.type === "ENTERPRISE" ? m.profitTax2022 : null,
          sortOrder: i,
          joinedOn: filedAt,
        })),
      },
    },
  });
  const seq = 500 + n;
  await prisma.filing.create({
    data: {
      allianceId: alliance.id,
      year: filedAt.getUTCFullYear(),
      seq,
      number: `吉科联备〔${filedAt.getUTCFullYear()}〕${seq}号`,
      verificationCode: `TESTCODE${String(seq).padStart(4, "0")}`,
      filedAt,
      officerId: center.id,
      noticeStartsOn: filedAt,
      noticeEndsOn: new Date(filedAt.getTime() + 7 * 86_400_000),
    },
  });
  return { allianceId: alliance.id, leadOrgId, filer, outsider, center };
}
