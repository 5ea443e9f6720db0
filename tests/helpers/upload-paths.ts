// Every path by which a user's file is stored, each called as the user allowed to take it: a filing attachment
// (七（二）), annual-report evidence (八（四）) and a charter amendment (附件2 第十九条). Tests of scanning and
// crash safety run the same checks through all three.
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { DEFAULT_SCHEME } from "@/lib/assessment/scheme";
import { uploadAttachment } from "@/lib/filing/upload-attachment";
import { uploadEvidence } from "@/lib/assessment/report-evidence";
import { amendCharter } from "@/lib/operation/charter";
import { createFiledAlliance } from "./filed-fixture";

export interface UploadPath {
  name: string;
  upload(bytes: Buffer, fileName?: string): Promise<unknown>;
}

export async function createUploadPaths(prisma: PrismaClient): Promise<UploadPath[]> {
  const f = await createFiledAlliance(prisma);
  const draft = await prisma.alliance.create({
    data: {
      name: "吉林省新材料产业科技创新联盟（草稿）",
      industryCode: "NEW_ENERGY",
      leadOrgId: f.leadOrgId,
      createdById: f.filer.id,
      memberships: { create: { organizationId: f.leadOrgId, role: "CHAIR" } },
    },
  });
  const year = 2026;
  const scheme =
    (await prisma.assessmentScheme.findUnique({ where: { year } })) ??
    (await prisma.assessmentScheme.create({
      data: {
        year,
        title: `${year}年度考核方案`,
        reportDue: new Date("2099-03-31T15:59:59Z"),
        status: "PUBLISHED",
        publishedAt: new Date(),
        createdById: f.center.id,
        indicators: DEFAULT_SCHEME.indicators as unknown as Prisma.InputJsonValue,
        gradeBands: DEFAULT_SCHEME.gradeBands,
      },
    }));
  const report = await prisma.annualReport.create({ data: { allianceId: f.allianceId, year, schemeId: scheme.id, figures: {}, createdById: f.filer.id } });
  return [
    {
      name: "filing attachment",
      upload: (bytes, fileName = "合作协议.pdf") => uploadAttachment(f.filer, { allianceId: draft.id, kind: "AGREEMENT", fileName, bytes }),
    },
    { name: "annual-report evidence", upload: (bytes, fileName = "专利证书.pdf") => uploadEvidence(f.filer, { reportId: report.id, fileName, bytes }) },
    {
      name: "charter amendment",
      upload: (bytes, fileName = "章程修正案.pdf") =>
        amendCharter(f.filer, { allianceId: f.allianceId, fileName, bytes, approvedOn: "2026-06-30", approvedBy: "2026年第一次成员大会" }),
    },
  ];
}
