-- CreateEnum
CREATE TYPE "RevocationStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'DISMISSED');

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "confirmTokenExpires" TIMESTAMP(3),
ADD COLUMN     "confirmedFigures" JSONB,
ADD COLUMN     "disputeNote" TEXT,
ADD COLUMN     "disputedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CouncilTerm" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "electedOn" DATE,
ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "reportId" TEXT;

-- AlterTable
ALTER TABLE "DocumentVersion" ADD COLUMN     "approvedBy" TEXT,
ADD COLUMN     "approvedOn" DATE;

-- AlterTable
ALTER TABLE "AssessmentScheme" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "resultsPublishedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "AnnualReport" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "comment" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "lines" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "manualScores" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Revocation" ADD COLUMN     "dismissedAt" TIMESTAMP(3),
ADD COLUMN     "dismissedById" TEXT,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "status" "RevocationStatus" NOT NULL DEFAULT 'PROPOSED';

-- AlterTable
ALTER TABLE "MembershipChange" ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "acknowledgedById" TEXT,
ADD COLUMN     "councilResolution" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "memberData" JSONB,
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "DissolutionVote" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT,
ADD COLUMN     "proposal" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "participants" INTEGER;

-- AlterTable
ALTER TABLE "RecommendedProject" ADD COLUMN     "adoptedAt" TIMESTAMP(3),
ADD COLUMN     "budget" DECIMAL(14,2),
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "leadUnit" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReminderSent" (
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Document_reportId_idx" ON "Document"("reportId");

-- CreateIndex
CREATE INDEX "Revocation_allianceId_status_idx" ON "Revocation"("allianceId", "status");

-- CreateIndex
CREATE INDEX "MembershipChange_allianceId_createdAt_idx" ON "MembershipChange"("allianceId", "createdAt");

-- CreateIndex
CREATE INDEX "MembershipChange_flagged_acknowledgedAt_idx" ON "MembershipChange"("flagged", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "DissolutionVote_allianceId_idx" ON "DissolutionVote"("allianceId");

-- CreateIndex
CREATE INDEX "Activity_allianceId_heldOn_idx" ON "Activity"("allianceId", "heldOn");

-- CreateIndex
CREATE INDEX "RecommendedProject_allianceId_year_idx" ON "RecommendedProject"("allianceId", "year");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnnualReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One open revocation proposal per alliance (八（四）): a second proposal for the same failing years is refused.
CREATE UNIQUE INDEX "Revocation_one_open_per_alliance" ON "Revocation"("allianceId") WHERE "status" = 'PROPOSED';
