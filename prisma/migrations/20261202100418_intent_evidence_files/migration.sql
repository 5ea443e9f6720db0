-- Issue #17 item 8: evidence files for the five lead-unit conditions (六（一）1-5) of an intent to lead an
-- alliance, stored as documents of kind INTENT_EVIDENCE that name their intent and condition.
ALTER TABLE "Document" ADD COLUMN "intentId" TEXT;
ALTER TABLE "Document" ADD COLUMN "intentCondition" TEXT;

CREATE INDEX "Document_intentId_idx" ON "Document"("intentId");

ALTER TABLE "Document" ADD CONSTRAINT "Document_intentId_fkey" FOREIGN KEY ("intentId") REFERENCES "LeadIntent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
