CREATE TABLE "proposal_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"proposal_id" integer NOT NULL,
	"action" text NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"proposal_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"council_item_id" integer NOT NULL,
	"position" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"outcome" text,
	"award_id" integer,
	CONSTRAINT "proposal_items_outcome_check" CHECK ("proposal_items"."outcome" IS NULL OR "proposal_items"."outcome" IN ('awarded', 'not_awarded')),
	CONSTRAINT "proposal_items_award_check" CHECK ("proposal_items"."award_id" IS NULL OR "proposal_items"."outcome" = 'awarded')
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"recipient_unit_id" integer NOT NULL,
	"document_id" integer NOT NULL,
	"resends_id" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposed_on" date NOT NULL,
	"sent_on" date,
	"received_at" timestamp with time zone,
	"received_by" integer,
	"returned_at" timestamp with time zone,
	"returned_by" integer,
	"return_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" integer,
	"decision_number" text,
	"decision_date" date,
	"deciding_body" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_status_check" CHECK ("proposals"."status" IN ('draft', 'sent', 'received', 'returned', 'decided')),
	CONSTRAINT "proposals_returned_check" CHECK ("proposals"."status" <> 'returned' OR length(trim(coalesce("proposals"."return_reason", ''))) > 0),
	CONSTRAINT "proposals_decided_check" CHECK ("proposals"."status" <> 'decided' OR ("proposals"."decision_number" IS NOT NULL AND "proposals"."decision_date" IS NOT NULL AND "proposals"."deciding_body" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "proposal_events" ADD CONSTRAINT "proposal_events_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_items" ADD CONSTRAINT "proposal_items_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_items" ADD CONSTRAINT "proposal_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_items" ADD CONSTRAINT "proposal_items_council_item_id_council_items_id_fk" FOREIGN KEY ("council_item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_items" ADD CONSTRAINT "proposal_items_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_recipient_unit_id_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_resends_id_proposals_id_fk" FOREIGN KEY ("resends_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_events_proposal_idx" ON "proposal_events" USING btree ("proposal_id","id");--> statement-breakpoint
CREATE INDEX "proposal_items_proposal_idx" ON "proposal_items" USING btree ("proposal_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "proposal_items_live_nomination_idx" ON "proposal_items" USING btree ("nomination_id") WHERE "proposal_items"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "proposals_document_idx" ON "proposals" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "proposals_unit_idx" ON "proposals" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "proposals_recipient_idx" ON "proposals" USING btree ("recipient_unit_id","status");--> statement-breakpoint
-- hand-written
-- A proposal moves one way: drafted, sent (its tờ trình issued), received, then returned with the
-- reason or decided. A returned or decided proposal stays as it is (a resend is a new proposal).
CREATE FUNCTION proposals_move_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'proposal % is kept' , OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status IN ('returned', 'decided') THEN
    RAISE EXCEPTION 'proposal % is % and cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.status <> OLD.status AND NOT (
       (OLD.status = 'draft' AND NEW.status = 'sent')
    OR (OLD.status = 'sent' AND NEW.status IN ('received', 'returned'))
    OR (OLD.status = 'received' AND NEW.status IN ('returned', 'decided'))) THEN
    RAISE EXCEPTION 'proposal % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.unit_id <> OLD.unit_id OR NEW.document_id <> OLD.document_id THEN
    RAISE EXCEPTION 'proposal % keeps its unit and its tờ trình', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER proposals_move_forward BEFORE UPDATE OR DELETE ON "proposals"
  FOR EACH ROW EXECUTE FUNCTION proposals_move_forward();--> statement-breakpoint
-- What a decided proposal decided stays: its items' outcomes and awards do not change.
CREATE FUNCTION proposal_items_keep_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.outcome IS NOT NULL THEN
    RAISE EXCEPTION 'proposal item % is kept as decided', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.nomination_id <> OLD.nomination_id OR NEW.proposal_id <> OLD.proposal_id OR (NEW.active AND NOT OLD.active) THEN
    RAISE EXCEPTION 'proposal item % keeps its nomination', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER proposal_items_keep_outcome BEFORE UPDATE OR DELETE ON "proposal_items"
  FOR EACH ROW EXECUTE FUNCTION proposal_items_keep_outcome();--> statement-breakpoint
-- The timeline is written once.
CREATE FUNCTION proposal_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'proposal events are not changed' USING ERRCODE = 'check_violation';
END $$;--> statement-breakpoint
CREATE TRIGGER proposal_events_append_only BEFORE UPDATE OR DELETE ON "proposal_events"
  FOR EACH ROW EXECUTE FUNCTION proposal_events_append_only();
