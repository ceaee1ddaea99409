CREATE TABLE "nomination_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"nomination_id" integer NOT NULL,
	"item_code" text NOT NULL,
	"source" text NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"added_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "nomination_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"nomination_id" integer NOT NULL,
	"action" text NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nomination_flags" (
	"id" serial PRIMARY KEY NOT NULL,
	"nomination_id" integer NOT NULL,
	"kind" text NOT NULL,
	"other_nomination_id" integer,
	"decision_number" text,
	"resolution" text,
	"resolved_by" integer,
	"resolved_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"screening_unit_id" integer NOT NULL,
	"movement_id" integer,
	"nominee_kind" text NOT NULL,
	"person_id" integer,
	"household_id" integer,
	"collective_id" integer,
	"nominee_unit_id" integer,
	"nominee_name" text NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"form_code" text NOT NULL,
	"year" integer NOT NULL,
	"commendation_kind" text NOT NULL,
	"achievement" text DEFAULT '' NOT NULL,
	"decision_date" date NOT NULL,
	"deciding_unit_id" integer,
	"deciding_tier" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"handler_id" integer,
	"return_reason" text,
	"task_id" integer,
	"eligibility" jsonb,
	"checked_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_nominee_check" CHECK (("nominations"."nominee_kind" = 'person' AND "nominations"."person_id" IS NOT NULL AND "nominations"."household_id" IS NULL AND "nominations"."collective_id" IS NULL AND "nominations"."nominee_unit_id" IS NULL)
       OR ("nominations"."nominee_kind" = 'household' AND "nominations"."household_id" IS NOT NULL AND "nominations"."person_id" IS NULL AND "nominations"."collective_id" IS NULL AND "nominations"."nominee_unit_id" IS NULL)
       OR ("nominations"."nominee_kind" = 'collective' AND "nominations"."collective_id" IS NOT NULL AND "nominations"."person_id" IS NULL AND "nominations"."household_id" IS NULL AND "nominations"."nominee_unit_id" IS NULL)
       OR ("nominations"."nominee_kind" = 'unit' AND "nominations"."nominee_unit_id" IS NOT NULL AND "nominations"."person_id" IS NULL AND "nominations"."household_id" IS NULL AND "nominations"."collective_id" IS NULL)),
	CONSTRAINT "nominations_status_check" CHECK ("nominations"."status" IN ('draft', 'submitted', 'returned', 'accepted', 'withdrawn')),
	CONSTRAINT "nominations_year_check" CHECK ("nominations"."year" BETWEEN 1945 AND 2200)
);
--> statement-breakpoint
ALTER TABLE "nomination_documents" ADD CONSTRAINT "nomination_documents_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD CONSTRAINT "nomination_events_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_flags" ADD CONSTRAINT "nomination_flags_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_flags" ADD CONSTRAINT "nomination_flags_other_nomination_id_nominations_id_fk" FOREIGN KEY ("other_nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_screening_unit_id_units_id_fk" FOREIGN KEY ("screening_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_movement_id_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominee_unit_id_units_id_fk" FOREIGN KEY ("nominee_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_deciding_unit_id_units_id_fk" FOREIGN KEY ("deciding_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nomination_documents_nomination_idx" ON "nomination_documents" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "nomination_events_nomination_idx" ON "nomination_events" USING btree ("nomination_id","id");--> statement-breakpoint
CREATE INDEX "nomination_flags_nomination_idx" ON "nomination_flags" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "nominations_unit_idx" ON "nominations" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "nominations_screening_idx" ON "nominations" USING btree ("screening_unit_id","status");--> statement-breakpoint
CREATE INDEX "nominations_person_idx" ON "nominations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "nominations_household_idx" ON "nominations" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "nominations_collective_idx" ON "nominations" USING btree ("collective_id");--> statement-breakpoint
CREATE INDEX "nominations_nominee_unit_idx" ON "nominations" USING btree ("nominee_unit_id");--> statement-breakpoint
CREATE INDEX "nominations_movement_idx" ON "nominations" USING btree ("movement_id");