-- AlterTable
ALTER TABLE "Alliance" ADD COLUMN     "stateSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "handledById" TEXT,
ADD COLUMN     "handlingNote" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "body" TEXT,
ADD COLUMN     "emailAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "emailError" TEXT,
ADD COLUMN     "emailStatus" TEXT,
ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Alliance_state_stateSince_idx" ON "Alliance"("state", "stateSince");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_sessionNo_key" ON "Meeting"("sessionNo");

-- CreateIndex
CREATE INDEX "Objection_filingId_idx" ON "Objection"("filingId");

-- CreateIndex
CREATE INDEX "Notification_emailStatus_idx" ON "Notification"("emailStatus");

