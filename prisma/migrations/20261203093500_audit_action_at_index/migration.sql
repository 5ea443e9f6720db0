-- The dashboard's review throughput reads two actions over the last twelve months; with an index on "action"
-- alone it read every workflow event of every year and filtered by date. The composite index reads only the
-- window and still serves a look-up by action alone, so it replaces the old one (no extra cost per audited write).
DROP INDEX "AuditEvent_action_idx";
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");
