-- Issue #17 item 6: a rejected filing can be filed again; the new cycle is an editable copy that points at
-- the rejected record (at most one new cycle per rejected record).
ALTER TABLE "Alliance" ADD COLUMN "refiledFromId" TEXT;

CREATE UNIQUE INDEX "Alliance_refiledFromId_key" ON "Alliance"("refiledFromId");

ALTER TABLE "Alliance" ADD CONSTRAINT "Alliance_refiledFromId_fkey" FOREIGN KEY ("refiledFromId") REFERENCES "Alliance"("id") ON DELETE SET NULL ON UPDATE CASCADE;
