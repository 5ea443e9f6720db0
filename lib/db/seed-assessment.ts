// Demo data for the annual assessment (八（四）): a frozen 2024 and 2025 scheme with published results, a
// revocation confirmed on two failing years, and the open 2026 scheme. Runs inside the demo seed's
// transaction; rows are found by name so it depends only on what seed-demo created.
import type { Prisma } from "./generated/client";
import type { Tx } from "./client";
import { DEFAULT_SCHEME } from "../assessment/scheme";
import { scoreReport } from "../assessment/score";
import { MISSING_REPORT_COMMENT } from "../validation/assessment-scoring";

const HYDROGEN = "吉林省氢能产业科技创新联盟";
const CARBON = "吉林省碳纤维产业科技创新联盟";
const SNOW = "吉林省冰雪产业科技创新联盟";

const json = (v: unknown) => v as Prisma.InputJsonValue;

async function createScheme(tx: Tx, year: number, status: "PUBLISHED" | "FROZEN", reportDue: string, createdById: string, resultsPublishedAt?: Date) {
  return tx.assessmentScheme.create({
    data: {
      year,
      title: `${year}年度吉林省重点产业科技创新联盟考核指标`,
      indicators: json(DEFAULT_SCHEME.indicators),
      gradeBands: json(DEFAULT_SCHEME.gradeBands),
      reportDue: new Date(`${reportDue}T15:59:59Z`),
      status,
      publishedAt: new Date(`${year}-01-15T02:00:00Z`),
      resultsPublishedAt: resultsPublishedAt ?? null,
      createdById,
    },
  });
}

/** A handed-in report scored with the real scorer, published on `publishedAt`. */
async function scoredReport(
  tx: Tx,
  a: { allianceId: string; filerId: string | null; schemeId: string; year: number; assessorId: string; publishedAt: Date },
  figures: Record<string, number>,
  governance: number,
  text: { narrative: string; plan: string; comment: string },
) {
  const result = scoreReport(DEFAULT_SCHEME, figures, { GOVERNANCE: governance }, []);
  const report = await tx.annualReport.create({
    data: {
      allianceId: a.allianceId,
      schemeId: a.schemeId,
      year: a.year,
      figures,
      narrative: text.narrative,
      nextYearPlan: text.plan,
      status: "ASSESSED",
      submittedAt: new Date(`${a.year + 1}-03-20T02:00:00Z`),
      submittedById: a.filerId,
      createdById: a.filerId,
    },
  });
  return tx.assessment.create({
    data: {
      reportId: report.id,
      allianceId: a.allianceId,
      year: a.year,
      score: result.total.toFixed(2),
      grade: result.grade,
      lines: json(result.lines),
      manualScores: { GOVERNANCE: governance },
      comment: text.comment,
      assessorId: a.assessorId,
      publishedAt: a.publishedAt,
    },
  });
}

export async function seedAssessment(tx: Tx): Promise<void> {
  const center = await tx.user.findUniqueOrThrow({ where: { username: "center" } });
  const alliance = async (name: string) => {
    const row = await tx.alliance.findFirstOrThrow({ where: { name }, select: { id: true, leadOrgId: true } });
    const filer = await tx.user.findFirst({ where: { organizationId: row.leadOrgId, roles: { has: "ENTERPRISE_FILER" } }, select: { id: true } });
    return { allianceId: row.id, filerId: filer?.id ?? null };
  };
  const [hydrogen, carbon, snow] = [await alliance(HYDROGEN), await alliance(CARBON), await alliance(SNOW)];

  const published2024 = new Date("2025-04-25T02:00:00Z");
  const published2025 = new Date("2026-04-24T02:00:00Z");
  const s2024 = await createScheme(tx, 2024, "FROZEN", "2025-03-31", center.id, published2024);
  const s2025 = await createScheme(tx, 2025, "FROZEN", "2026-03-31", center.id, published2025);
  // No 2026 scheme: publishing this year's scheme is the service center's first step in the demo (README).

  const common = { assessorId: center.id };
  await scoredReport(
    tx,
    { ...hydrogen, ...common, schemeId: s2025.id, year: 2025, publishedAt: published2025 },
    { JOINT_PROJECTS: 4, PATENTS_STANDARDS: 7, TECH_TRANSFER: 3, ACTIVITIES: 8, RND_INPUT: 1350, TALENT_EXCHANGE: 26 },
    95,
    {
      narrative: "联合攻关氢能制储运关键技术4项，新增专利和标准7项，转化成果3项。",
      plan: "推进绿氢示范项目，组织产业链对接活动6次。",
      comment: "各项指标全面完成，运行规范。",
    },
  );
  await scoredReport(
    tx,
    { ...carbon, ...common, schemeId: s2025.id, year: 2025, publishedAt: published2025 },
    { JOINT_PROJECTS: 1, PATENTS_STANDARDS: 3, TECH_TRANSFER: 1, ACTIVITIES: 4, RND_INPUT: 600, TALENT_EXCHANGE: 12 },
    80,
    {
      narrative: "开展碳纤维复合材料联合攻关1项，组织技术交流4次。",
      plan: "扩大成员研发投入，推动成果转化。",
      comment: "基本完成年度任务，成果转化有待加强。",
    },
  );
  // 冰雪: a weak 2024 report, then no 2025 report at all: two failing years, revoked (八（四）).
  const snow2024 = await scoredReport(
    tx,
    { ...snow, ...common, schemeId: s2024.id, year: 2024, publishedAt: published2024 },
    { JOINT_PROJECTS: 0, PATENTS_STANDARDS: 1, TECH_TRANSFER: 0, ACTIVITIES: 1, RND_INPUT: 120, TALENT_EXCHANGE: 3 },
    40,
    { narrative: "年度内开展活动较少。", plan: "拟加强成员协作。", comment: "联合攻关、成果转化均未开展，考核不合格。" },
  );
  const snow2025 = await tx.assessment.create({
    data: {
      allianceId: snow.allianceId,
      year: 2025,
      score: "0.00",
      grade: "FAIL",
      comment: MISSING_REPORT_COMMENT,
      assessorId: center.id,
      publishedAt: published2025,
    },
  });
  await tx.revocation.create({
    data: {
      allianceId: snow.allianceId,
      basisAssessmentIds: [snow2024.id, snow2025.id],
      reason:
        "2024年、2025年连续两年考核结果不达标，依据《吉林省重点产业科技创新联盟实施方案》八（四）“对连续两年考核结果不达标的创新联盟，取消备案资格”，拟取消备案",
      status: "CONFIRMED",
      proposedAt: published2025,
      confirmedAt: new Date("2026-11-01T00:00:00Z"),
      confirmedById: center.id,
      note: "经复核，连续两年考核结果不达标属实，取消备案资格。",
    },
  });
}
