-- Issue #17 item 5: the service center returns a handed-in annual report for correction; the filer corrects
-- it and hands it in again as a new version, and the center sees what changed between the versions.
ALTER TYPE "ReportStatus" ADD VALUE 'RETURNED';

ALTER TABLE "AnnualReport" ADD COLUMN "correctionDue" TIMESTAMP(3);

CREATE TABLE "AnnualReportSubmission" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "narrative" TEXT NOT NULL,
    "nextYearPlan" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,

    CONSTRAINT "AnnualReportSubmission_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "AnnualReportSubmission_reportId_versionNo_key" ON "AnnualReportSubmission"("reportId", "versionNo");

ALTER TABLE "AnnualReportSubmission" ADD CONSTRAINT "AnnualReportSubmission_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "AnnualReportReturn" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "versionNo" INTEGER NOT NULL,
    "comment" TEXT NOT NULL,
    "items" JSONB NOT NULL DEFAULT '[]',
    "correctionDue" TIMESTAMP(3) NOT NULL,
    "returnedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "AnnualReportReturn_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AnnualReportReturn_reportId_idx" ON "AnnualReportReturn"("reportId");

ALTER TABLE "AnnualReportReturn" ADD CONSTRAINT "AnnualReportReturn_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
