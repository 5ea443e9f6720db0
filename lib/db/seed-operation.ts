// Demo data for the operation tabs (八): council terms, a charter amendment, activities and recommended
// projects of the FILED alliances. Runs inside seed-demo's transaction, after the alliances exist.
import crypto from "node:crypto";
import type { Tx } from "./client";
import { storeFromEnv } from "../storage/select-store";
import { buildCharter } from "../documents";
import { toDraftFields } from "../filing/to-form";
import { councilTermEnds } from "../rules/operation-rules";

const HYDROGEN = "吉林省氢能产业科技创新联盟";
const CARBON_FIBER = "吉林省碳纤维产业科技创新联盟";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The same store the portal uses (lib/storage, STORAGE_DRIVER), so the demo files live where uploads do. */
export const writeUploadFile = (bytes: Buffer): Promise<string> => storeFromEnv().put(bytes);

interface ActivitySeed {
  kind: string;
  title: string;
  heldOn: string;
  participants: number;
  description: string;
}
interface ProjectSeed {
  year: number;
  title: string;
  summary: string;
  leadUnit: string;
  budget: string;
  adoptedAt?: string;
}

const PLAN: Record<string, { termStartsOn: string; electedOn: string; activities: ActivitySeed[]; projects: ProjectSeed[] }> = {
  [HYDROGEN]: {
    // 2024-03-15 → 2027-03-14
    termStartsOn: "2024-03-15",
    electedOn: "2024-03-08",
    activities: [
      {
        kind: "FORUM",
        title: "2025吉林氢能产业发展论坛",
        heldOn: "2025-06-18",
        participants: 260,
        description: "围绕“氢动吉林”行动，研讨风光制氢、储运和燃料电池汽车示范应用，签署合作意向 4 项。",
      },
      {
        kind: "JOINT_RESEARCH",
        title: "碱性电解槽大标方制氢联合攻关启动会",
        heldOn: "2025-09-05",
        participants: 45,
        description: "联盟 6 家成员单位组建攻关团队，明确电极材料、隔膜和系统集成三个课题分工。",
      },
      {
        kind: "TRAINING",
        title: "加氢站安全运营培训班",
        heldOn: "2025-11-20",
        participants: 80,
        description: "面向成员单位运维人员开展加氢站安全规范与应急处置培训，考核合格 76 人。",
      },
      {
        kind: "SALON",
        title: "固态储氢材料技术沙龙",
        heldOn: "2026-04-22",
        participants: 38,
        description: "高校与企业专家交流镁基固态储氢材料研究进展，形成中试合作意向 1 项。",
      },
      {
        kind: "EXCHANGE",
        title: "赴张家口氢能示范城市群考察交流",
        heldOn: "2026-07-09",
        participants: 22,
        description: "考察燃料电池公交和加氢站运营模式，形成考察报告并提出本省示范线路建议。",
      },
    ],
    projects: [
      {
        year: 2026,
        title: "寒区燃料电池汽车低温冷启动关键技术研究",
        summary: "研制 -30℃ 无辅助冷启动燃料电池系统，在长春开展 20 辆公交示范运行。",
        leadUnit: "吉林省吉氢能源科技有限公司",
        budget: "850.00",
        adoptedAt: "2026-10-15",
      },
      {
        year: 2026,
        title: "风光耦合离网制氢系统集成与示范",
        summary: "在白城建设 5 MW 风光耦合离网制氢示范系统，形成系统集成与调度控制技术规范。",
        leadUnit: "吉林省吉氢能源科技有限公司",
        budget: "1200.50",
      },
    ],
  },
  [CARBON_FIBER]: {
    // 2024-01-10 → 2027-01-09: within 90 days of 2026-11-24, so the expiry reminder and oversight list show it.
    termStartsOn: "2024-01-10",
    electedOn: "2024-01-05",
    activities: [
      {
        kind: "FORUM",
        title: "碳纤维复合材料应用创新论坛",
        heldOn: "2025-05-16",
        participants: 180,
        description: "围绕风电叶片、汽车轻量化和体育用品三大应用领域开展交流，发布联盟年度技术路线图。",
      },
      {
        kind: "TRAINING",
        title: "碳纤维预浸料工艺培训",
        heldOn: "2025-10-12",
        participants: 60,
        description: "为下游成员单位技术人员讲解预浸料制备与铺层工艺，开展现场实操。",
      },
      {
        kind: "JOINT_RESEARCH",
        title: "大丝束碳纤维低成本化联合攻关",
        heldOn: "2026-03-28",
        participants: 35,
        description: "上游原丝企业与高校联合开展 48K 大丝束碳化工艺优化，确定中试线改造方案。",
      },
      {
        kind: "EXCHANGE",
        title: "长春汽车零部件企业对接交流会",
        heldOn: "2026-08-19",
        participants: 54,
        description: "组织碳纤维企业与汽车零部件企业对接，达成轻量化部件试制合作 2 项。",
      },
    ],
    projects: [
      {
        year: 2025,
        title: "48K 大丝束碳纤维低成本制备技术",
        summary: "突破大丝束原丝均质化和快速预氧化技术，吨成本降低 20%。",
        leadUnit: "吉林市江北碳纤维集团股份有限公司",
        budget: "1500.00",
        adoptedAt: "2025-12-10",
      },
      {
        year: 2026,
        title: "碳纤维复合材料汽车电池包壳体研制",
        summary: "研制碳纤维复合材料电池包上壳体，减重 35% 以上并通过整车碰撞验证。",
        leadUnit: "长春轻驰碳纤维汽车部件有限公司",
        budget: "680.00",
      },
    ],
  },
};

/** Seeds the operation data of the FILED demo alliances; `putFile` stores the charter amendment's bytes. */
export async function seedOperation(tx: Tx, putFile: (bytes: Buffer) => Promise<string> = writeUploadFile): Promise<void> {
  for (const [name, plan] of Object.entries(PLAN)) {
    const alliance = await loadAlliance(tx, name);
    if (!alliance) continue;
    const filer =
      (await tx.user.findFirst({ where: { roles: { has: "ENTERPRISE_FILER" }, organizationId: alliance.leadOrgId }, select: { id: true } }))?.id ??
      alliance.createdById;
    const seats = alliance.memberships.filter((m) => m.role !== "MEMBER").length;
    const startsOn = day(plan.termStartsOn);
    const term = { startsOn, endsOn: councilTermEnds(startsOn), seats, electedOn: day(plan.electedOn), createdById: filer };
    // seed-demo records term 1 from the agreement date; the operation demo sets the elected term instead.
    await tx.councilTerm.upsert({
      where: { allianceId_termNo: { allianceId: alliance.id, termNo: 1 } },
      update: term,
      create: { allianceId: alliance.id, termNo: 1, ...term },
    });

    await tx.activity.createMany({ data: plan.activities.map((a) => ({ allianceId: alliance.id, ...a, heldOn: day(a.heldOn), createdById: filer })) });
    await tx.recommendedProject.createMany({
      data: plan.projects.map((p) => ({
        allianceId: alliance.id,
        year: p.year,
        title: p.title,
        summary: p.summary,
        leadUnit: p.leadUnit,
        budget: p.budget,
        adoptedAt: p.adoptedAt ? day(p.adoptedAt) : null,
        createdById: filer,
      })),
    });
    if (name === HYDROGEN) await seedCharterAmendment(tx, alliance, filer, putFile);
  }
}

function loadAlliance(tx: Tx, name: string) {
  return tx.alliance.findFirst({
    where: { name, state: "FILED" },
    include: { industry: true, memberships: { where: { leftOn: null }, orderBy: { sortOrder: "asc" }, include: { organization: true } } },
  });
}

type LoadedAlliance = NonNullable<Awaited<ReturnType<typeof loadAlliance>>>;

/** 附件2 第十九条: the charter as filed (v1) and an amendment approved by the members' assembly (v2). */
async function seedCharterAmendment(tx: Tx, alliance: LoadedAlliance, filer: string, putFile: (bytes: Buffer) => Promise<string>) {
  const fields = toDraftFields(alliance);
  const chair = alliance.memberships.find((m) => m.role === "CHAIR");
  const bytes = await buildCharter({
    ...fields,
    industryName: alliance.industry.name,
    industryShort: alliance.subField,
    kind: alliance.kind,
    agreementEffectiveOn: alliance.agreementEffectiveOn,
    chairUnit: chair?.organization.name ?? "",
  });
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const document =
    (await tx.document.findFirst({ where: { allianceId: alliance.id, kind: "CHARTER" } })) ??
    (await tx.document.create({ data: { allianceId: alliance.id, kind: "CHARTER", title: "联盟章程" } }));
  const last = await tx.documentVersion.findFirst({ where: { documentId: document.id }, orderBy: { versionNo: "desc" }, select: { versionNo: true } });
  let versionNo = last?.versionNo ?? 0;
  const common = {
    documentId: document.id,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    byteSize: bytes.length,
    sha256,
    uploadedById: filer,
  };
  if (versionNo === 0) {
    versionNo += 1;
    await tx.documentVersion.create({
      data: { ...common, versionNo, fileName: `${alliance.name}章程.docx`, storageKey: await putFile(bytes), createdAt: day("2024-03-10") },
    });
  }
  versionNo += 1;
  await tx.documentVersion.create({
    data: {
      ...common,
      versionNo,
      fileName: `${alliance.name}章程（2026年修订）.docx`,
      storageKey: await putFile(bytes),
      note: "修改第十三条：理事会增设副理事长单位一家；修改第十七条：成员加入由理事会审查批准",
      approvedOn: day("2026-10-28"),
      approvedBy: "2026年第一次成员大会",
      createdAt: day("2026-10-30"),
    },
  });
}
