CREATE TABLE "disclosure_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"disclosure_id" integer NOT NULL,
	"nomination_id" integer,
	"author_name" text NOT NULL,
	"author_contact" text NOT NULL,
	"body" text NOT NULL,
	"ip_hash" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"moderated_by" integer,
	"moderated_at" timestamp with time zone,
	"answer" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_comments_status_check" CHECK ("disclosure_comments"."status" IN ('pending', 'published', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "disclosure_items" (
	"disclosure_id" integer NOT NULL,
	"nomination_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"citation" text NOT NULL,
	"published_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosures_period_check" CHECK ("disclosures"."ends_on" >= "disclosures"."starts_on" AND "disclosures"."working_days" >= 1)
);
--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_comments" ADD CONSTRAINT "disclosure_comments_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_items" ADD CONSTRAINT "disclosure_items_disclosure_id_disclosures_id_fk" FOREIGN KEY ("disclosure_id") REFERENCES "public"."disclosures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_items" ADD CONSTRAINT "disclosure_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosure_comments_disclosure_idx" ON "disclosure_comments" USING btree ("disclosure_id","id");--> statement-breakpoint
CREATE INDEX "disclosure_comments_nomination_idx" ON "disclosure_comments" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "disclosure_items_unique" ON "disclosure_items" USING btree ("disclosure_id","nomination_id");--> statement-breakpoint
CREATE INDEX "disclosure_items_nomination_idx" ON "disclosure_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "disclosures_unit_idx" ON "disclosures" USING btree ("unit_id","starts_on");