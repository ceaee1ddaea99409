-- The audit log is keyed and append-only.
-- keyed_from: the first entry hashed with the audit key (HMAC-SHA256); the entries already
-- here stay plain SHA-256, and the first keyed one covers the last plain hash. mac: the head
-- signed with the key (written by the next append).
ALTER TABLE "audit_head" ADD COLUMN "keyed_from" bigint;--> statement-breakpoint
UPDATE "audit_head" SET "keyed_from" = "seq" + 1;--> statement-breakpoint
ALTER TABLE "audit_head" ALTER COLUMN "keyed_from" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_head" ADD COLUMN "mac" text;--> statement-breakpoint
-- Entries are never changed or removed, whatever route or tool tries. A database owner can
-- still turn these triggers off: the keyed chain and the checkpoint file detect what follows.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- The head row is never deleted, and only moves forward: an append advances it by one to the
-- entry it has just written; a restore moves the genesis head (seq 0) to the restored log's.
CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'audit_head cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.id IS NOT TRUE THEN
    RAISE EXCEPTION 'audit_head holds one row' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND (
       (OLD.seq > 0 AND (NEW.seq <> OLD.seq + 1 OR NEW.keyed_from IS DISTINCT FROM OLD.keyed_from))
    OR (NEW.seq > 0 AND NOT EXISTS (SELECT 1 FROM "audit_log" WHERE seq = NEW.seq AND hash = NEW.hash))
    OR (NEW.seq = 0 AND NEW.hash <> repeat('0', 64))
  ) THEN
    RAISE EXCEPTION 'audit_head only moves forward, to the newest audit_log entry' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_head_forward_only BEFORE INSERT OR UPDATE OR DELETE ON "audit_head"
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
--> statement-breakpoint
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON "audit_head"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_head_forward_only();
