// Demo data for the 成员变更 tab and member confirmation: joins and exits decided by the council (附件2 第十七、
// 十八条), one pending request, a change flagged to the service center, and a few confirmed members. Runs inside
// seed-demo's transaction after the alliances exist. Rule results are computed from the real member lists.
import type { Prisma } from "./generated/client";
import type { Tx } from "./client";
import { failingConditions, memberListRules } from "../membership/change-rules";
import { listingOf } from "../membership/confirm-status";
import { ZConfirmedFigures } from "../validation/membership";
import { ZRuleReport } from "../rules/schema";
import { toJsonColumn } from "../validation/json-column";

const HYDROGEN = "吉林省氢能产业科技创新联盟";
const CARBON_FIBER = "吉林省碳纤维产业科技创新联盟";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface ChangeSeed {
  kind: "JOIN" | "EXIT";
  org: string;
  reason: string;
  requestedOn: string;
  /** Absent: still waiting for the council. */
  decided?: { on: string; resolution: string };
  join?: {
    role: "MEMBER" | "COUNCIL";
    chainPosition?: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
    disciplineStrengths?: string;
    disciplineLeader?: string;
    outputValue2022?: number;
    profitTax2022?: number;
    resources?: string;
  };
}

const PLAN: Record<string, ChangeSeed[]> = {
  [HYDROGEN]: [
    {
      kind: "JOIN",
      org: "长春光电科技大学",
      reason: "该校光电检测团队长期从事氢气泄漏光学监测研究，申请加入联盟参与加氢站安全监测攻关。",
      requestedOn: "2026-09-20",
      decided: { on: "2026-10-16", resolution: "第一届理事会第五次会议决议" },
      join: { role: "MEMBER", disciplineStrengths: "光学工程、气体光谱检测", disciplineLeader: "韩立新 教授" },
    },
    {
      kind: "EXIT",
      org: "四平东辽氢能储运装备有限公司",
      reason: "企业业务调整，转向天然气储运装备，书面申请退出联盟。",
      requestedOn: "2026-09-28",
      decided: { on: "2026-10-16", resolution: "第一届理事会第五次会议决议" },
    },
    {
      kind: "JOIN",
      org: "吉林省长储储能科技有限公司",
      reason: "企业拟建设氢储能示范项目，申请加入联盟参与风光氢储一体化攻关。",
      requestedOn: "2026-11-10",
      join: { role: "MEMBER", chainPosition: "DOWNSTREAM", outputValue2022: 15600, profitTax2022: 1120, resources: "吉林省储能系统集成工程研究中心" },
    },
  ],
  // Three institutes join, then two small enterprises leave: enterprises fall to 10 of 17 (58.8%), under 六（二）1's 60%.
  [CARBON_FIBER]: [
    {
      kind: "JOIN",
      org: "吉林省光电精密装备研究所",
      reason: "参与碳纤维复材无损检测装备研制。",
      requestedOn: "2026-09-10",
      decided: { on: "2026-09-25", resolution: "第一届理事会第四次会议决议" },
      join: { role: "MEMBER", disciplineStrengths: "精密光电测量、复材缺陷检测", disciplineLeader: "许文澜 研究员" },
    },
    {
      kind: "JOIN",
      org: "吉林省智能网联汽车研究院",
      reason: "参与汽车碳纤维轻量化部件设计与验证。",
      requestedOn: "2026-09-10",
      decided: { on: "2026-09-25", resolution: "第一届理事会第四次会议决议" },
      join: { role: "MEMBER", disciplineStrengths: "汽车轻量化结构设计", disciplineLeader: "赵启明 研究员" },
    },
    {
      kind: "JOIN",
      org: "四平东辽学院",
      reason: "参与建筑补强碳纤维材料应用研究与人才培养。",
      requestedOn: "2026-09-12",
      decided: { on: "2026-09-25", resolution: "第一届理事会第四次会议决议" },
      join: { role: "MEMBER", disciplineStrengths: "土木工程材料", disciplineLeader: "吴丽娟 教授" },
    },
    {
      kind: "EXIT",
      org: "吉林市雪原碳纤维体育用品有限公司",
      reason: "企业停产转型，书面申请退出联盟。",
      requestedOn: "2026-10-20",
      decided: { on: "2026-11-05", resolution: "第一届理事会第五次会议决议" },
    },
    {
      kind: "EXIT",
      org: "四平碳纤维建筑补强材料有限公司",
      reason: "企业被并购重组，书面申请退出联盟。",
      requestedOn: "2026-11-08",
      decided: { on: "2026-11-18", resolution: "第一届理事会第六次会议决议" },
    },
  ],
};

async function currentRuleList(tx: Tx, allianceId: string, leadOrgId: string) {
  const members = await tx.membership.findMany({ where: { allianceId, leftOn: null }, include: { organization: true } });
  return members.map((m) => ({
    creditCode: m.organization.creditCode,
    name: m.organization.name,
    type: m.organization.type,
    role: m.role,
    chainPosition: m.chainPosition,
    isLead: m.organizationId === leadOrgId,
  }));
}

async function seedChange(tx: Tx, alliance: { id: string; name: string; leadOrgId: string; createdById: string }, c: ChangeSeed, centerIds: string[]) {
  const org = await tx.organization.findFirstOrThrow({ where: { name: c.org } });
  const list = await currentRuleList(tx, alliance.id, alliance.leadOrgId);
  const isEnterprise = org.type === "ENTERPRISE";
  const memberData = c.join && {
    creditCode: org.creditCode,
    name: org.name,
    type: org.type,
    role: c.join.role,
    chainPosition: isEnterprise ? (c.join.chainPosition ?? null) : null,
    outputValue2022: c.join.outputValue2022 ?? null,
    profitTax2022: c.join.profitTax2022 ?? null,
    resources: c.join.resources ?? "",
    nationalTop10: false,
    provincialTop10: false,
    disciplineStrengths: c.join.disciplineStrengths ?? "",
    disciplineLeader: c.join.disciplineLeader ?? "",
  };
  const after =
    c.kind === "JOIN"
      ? [...list, { creditCode: org.creditCode, name: org.name, type: org.type, role: c.join!.role, chainPosition: memberData!.chainPosition, isLead: false }]
      : list.filter((m) => m.creditCode !== org.creditCode);
  const rules = memberListRules(after);
  const flagged = failingConditions(rules).length > 0;
  const change = await tx.membershipChange.create({
    data: {
      allianceId: alliance.id,
      organizationId: org.id,
      kind: c.kind,
      reason: c.reason,
      createdById: alliance.createdById,
      createdAt: day(c.requestedOn),
      memberData: memberData as Prisma.InputJsonValue | undefined,
      ruleWarnings: toJsonColumn(ZRuleReport, rules),
      flagged,
      ...(c.decided
        ? {
            status: "APPROVED" as const,
            councilApprovedOn: day(c.decided.on),
            councilResolution: c.decided.resolution,
            decidedAt: day(c.decided.on),
            version: 1,
          }
        : {}),
    },
  });
  const decided = c.decided;
  if (!decided) return;
  if (c.kind === "EXIT") {
    await tx.membership.update({
      where: { allianceId_organizationId: { allianceId: alliance.id, organizationId: org.id } },
      data: { leftOn: day(decided.on) },
    });
  } else {
    const last = await tx.membership.aggregate({ where: { allianceId: alliance.id }, _max: { sortOrder: true } });
    await tx.membership.create({
      data: {
        allianceId: alliance.id,
        organizationId: org.id,
        role: c.join!.role,
        chainPosition: memberData!.chainPosition,
        joinedOn: day(decided.on),
        outputValue2022: isEnterprise ? memberData!.outputValue2022 : null,
        profitTax2022: isEnterprise ? memberData!.profitTax2022 : null,
        resources: memberData!.resources || null,
        disciplineStrengths: memberData!.disciplineStrengths || null,
        disciplineLeader: memberData!.disciplineLeader || null,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
    });
  }
  if (flagged) {
    // notifyUsers is server-only; the seed writes the same notice the decision would have sent.
    const failing = failingConditions(rules);
    await tx.notification.createMany({
      data: centerIds.map((userId) => ({
        userId,
        kind: "membership.flagged",
        title: `成员变更后不符合组建条件：${alliance.name}`,
        body: `成员变更后不符合组建条件：${failing.map((r) => `${r.message}（${r.clause}）`).join("；")}`,
        link: `/alliances/${alliance.id}/members`,
        createdAt: day(decided.on),
      })),
    });
  }
}

/** A few hydrogen members have answered their confirmation links: confirmed, disputed, and confirmed then edited. */
async function seedConfirmations(tx: Tx, allianceId: string) {
  const members = await tx.membership.findMany({ where: { allianceId, leftOn: null }, orderBy: { sortOrder: "asc" }, include: { organization: true } });
  const at = day("2026-09-15");
  for (const m of members.slice(1, 5)) {
    await tx.membership.update({ where: { id: m.id }, data: { confirmedAt: at, confirmedFigures: toJsonColumn(ZConfirmedFigures, listingOf(m)) } });
  }
  const edited = members[5];
  if (edited) {
    // Confirmed with the old output value; the filer corrected it afterwards, so it shows 确认后信息已修改.
    const old = { ...listingOf(edited), outputValue2022: "30000.00" };
    await tx.membership.update({ where: { id: edited.id }, data: { confirmedAt: at, confirmedFigures: toJsonColumn(ZConfirmedFigures, old) } });
  }
  // Issue #17 item 9: the filer has recorded a contact e-mail for most of the members still to confirm, so
  // 成员确认 can mail their links when SMTP_URL is set (the rest are left for the copy-the-link flow).
  for (const [i, m] of members.entries()) {
    if (i >= 5 && i % 4 !== 0) await tx.membership.update({ where: { id: m.id }, data: { contactEmail: `member${i}@example.com` } });
  }
  const disputed = members[6];
  if (disputed) {
    await tx.membership.update({
      where: { id: disputed.id },
      data: { disputedAt: day("2026-09-18"), disputeNote: "本单位2022年利税应为 1050 万元，请牵头单位更正。" },
    });
  }
}

export async function seedMembership(tx: Tx): Promise<void> {
  const centerIds = (await tx.user.findMany({ where: { roles: { has: "SERVICE_CENTER" }, active: true }, select: { id: true } })).map((u) => u.id);
  for (const [name, changes] of Object.entries(PLAN)) {
    const alliance = await tx.alliance.findFirst({ where: { name, state: "FILED" }, select: { id: true, name: true, leadOrgId: true, createdById: true } });
    if (!alliance) continue;
    for (const c of changes) await seedChange(tx, alliance, c, centerIds);
    if (name === HYDROGEN) await seedConfirmations(tx, alliance.id);
  }
}
