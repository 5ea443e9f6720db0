-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpEnabledAt" TIMESTAMP(3),
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpSecret" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");


-- Tamper-evident audit trail. Each event's canonical text (audit_event_canonical) is hashed
-- together with the previous event's hash. The chain order is "seq", assigned under a
-- transaction-scoped advisory lock, so concurrent writers are numbered in commit order without
-- gaps (ids from the sequence are not: a later id may commit first). Rows that arrive with a seq
-- (a restore of a backup) are kept as they are; lib/audit/verify.ts checks them like any other.
CREATE FUNCTION audit_event_canonical(e "AuditEvent") RETURNS text AS $$
  SELECT concat_ws(chr(31),
    e."seq"::text,
    coalesce(e."prevHash", ''),
    to_char(e."at", 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
    coalesce(e."actorId", ''),
    e."actorName",
    coalesce(e."actorRole", ''),
    e."action",
    e."entityType",
    coalesce(e."entityId", ''),
    e."summary"::text,
    coalesce(e."ip", ''))
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION audit_event_chain() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  IF NEW."seq" IS NOT NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(727274001);
  SELECT "seq", "hash" INTO last_seq, last_hash FROM "AuditEvent" ORDER BY "seq" DESC NULLS LAST LIMIT 1;
  NEW."seq" := coalesce(last_seq, 0) + 1;
  NEW."prevHash" := coalesce(last_hash, repeat('0', 64));
  NEW."hash" := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql VOLATILE;

-- Events written before this migration join the chain in id order.
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_delete";
DO $$
DECLARE
  r "AuditEvent";
  n bigint := 0;
  h text := repeat('0', 64);
BEGIN
  FOR r IN SELECT * FROM "AuditEvent" ORDER BY "id" LOOP
    n := n + 1;
    r."seq" := n;
    r."prevHash" := h;
    h := encode(sha256(convert_to(audit_event_canonical(r), 'UTF8')), 'hex');
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = r."prevHash", "hash" = h WHERE "id" = r."id";
  END LOOP;
END $$;
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_delete";

CREATE TRIGGER "AuditEvent_chain"
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
