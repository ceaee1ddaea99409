CREATE TABLE "ballot_box" (
	"item_id" integer NOT NULL,
	"sealed" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballot_receipts" (
	"item_id" integer NOT NULL,
	"code" text NOT NULL,
	"choice" text,
	CONSTRAINT "ballot_receipts_item_id_code_pk" PRIMARY KEY("item_id","code")
);
--> statement-breakpoint
CREATE TABLE "ballot_voters" (
	"item_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"receipt_sealed" text,
	CONSTRAINT "ballot_voters_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "council_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"nomination_id" integer NOT NULL,
	"form_code" text NOT NULL,
	"position" integer NOT NULL,
	"result" jsonb,
	"passed" boolean
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"post" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_members_post_check" CHECK ("council_members"."post" IN ('chair', 'vice_chair', 'standing', 'secretary', 'member')),
	CONSTRAINT "council_members_term_check" CHECK ("council_members"."valid_to" IS NULL OR "council_members"."valid_to" >= "council_members"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "council_recusals" (
	"item_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "council_recusals_item_id_member_id_pk" PRIMARY KEY("item_id","member_id"),
	CONSTRAINT "council_recusals_reason_check" CHECK ("council_recusals"."reason" IN ('self', 'relative', 'organisation', 'declared'))
);
--> statement-breakpoint
CREATE TABLE "council_session_members" (
	"session_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"attendance" text,
	CONSTRAINT "council_session_members_session_id_member_id_pk" PRIMARY KEY("session_id","member_id"),
	CONSTRAINT "council_session_members_attendance_check" CHECK ("council_session_members"."attendance" IS NULL OR "council_session_members"."attendance" IN ('present', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"title" text NOT NULL,
	"meets_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"opinions_until" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"ballot_mode" text DEFAULT 'online' NOT NULL,
	"receipt_mode" text DEFAULT 'codes' NOT NULL,
	"rules" jsonb,
	"ballot_key" text,
	"chair_member_id" integer,
	"secretary_member_id" integer,
	"invited_at" timestamp with time zone,
	"voting_opened_at" timestamp with time zone,
	"voting_closed_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_sessions_status_check" CHECK ("council_sessions"."status" IN ('draft', 'invited', 'voting', 'closed')),
	CONSTRAINT "council_sessions_mode_check" CHECK ("council_sessions"."ballot_mode" IN ('online', 'paper') AND "council_sessions"."receipt_mode" IN ('codes', 'with_choices'))
);
--> statement-breakpoint
CREATE TABLE "paper_counts" (
	"item_id" integer PRIMARY KEY NOT NULL,
	"agree" integer NOT NULL,
	"disagree" integer NOT NULL,
	"invalid" integer DEFAULT 0 NOT NULL,
	"entered_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" integer,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "paper_counts_nonnegative_check" CHECK ("paper_counts"."agree" >= 0 AND "paper_counts"."disagree" >= 0 AND "paper_counts"."invalid" >= 0),
	CONSTRAINT "paper_counts_two_people_check" CHECK ("paper_counts"."confirmed_by" IS NULL OR "paper_counts"."confirmed_by" <> "paper_counts"."entered_by")
);
--> statement-breakpoint
CREATE TABLE "person_relations" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"relative_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"source" text NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_relations_kind_check" CHECK ("person_relations"."kind" IN ('spouse', 'parent', 'child', 'sibling')),
	CONSTRAINT "person_relations_status_check" CHECK ("person_relations"."status" IN ('proposed', 'confirmed', 'rejected')),
	CONSTRAINT "person_relations_source_check" CHECK ("person_relations"."source" IN ('household', 'declared')),
	CONSTRAINT "person_relations_self_check" CHECK ("person_relations"."person_id" <> "person_relations"."relative_id")
);
--> statement-breakpoint
CREATE TABLE "written_opinions" (
	"item_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"choice" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "written_opinions_item_id_member_id_pk" PRIMARY KEY("item_id","member_id"),
	CONSTRAINT "written_opinions_choice_check" CHECK ("written_opinions"."choice" IN ('agree', 'disagree'))
);
--> statement-breakpoint
ALTER TABLE "ballot_box" ADD CONSTRAINT "ballot_box_item_id_council_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_receipts" ADD CONSTRAINT "ballot_receipts_item_id_council_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_voters" ADD CONSTRAINT "ballot_voters_item_id_council_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_voters" ADD CONSTRAINT "ballot_voters_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_items" ADD CONSTRAINT "council_items_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_items" ADD CONSTRAINT "council_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_item_id_council_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_recusals" ADD CONSTRAINT "council_recusals_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_members" ADD CONSTRAINT "council_session_members_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_session_members" ADD CONSTRAINT "council_session_members_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_chair_member_id_council_members_id_fk" FOREIGN KEY ("chair_member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_secretary_member_id_council_members_id_fk" FOREIGN KEY ("secretary_member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_counts" ADD CONSTRAINT "paper_counts_item_id_council_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_counts" ADD CONSTRAINT "paper_counts_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_counts" ADD CONSTRAINT "paper_counts_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_relative_id_people_id_fk" FOREIGN KEY ("relative_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_relations" ADD CONSTRAINT "person_relations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_opinions" ADD CONSTRAINT "written_opinions_item_id_council_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."council_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "written_opinions" ADD CONSTRAINT "written_opinions_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ballot_box_item_idx" ON "ballot_box" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_items_unique" ON "council_items" USING btree ("session_id","nomination_id");--> statement-breakpoint
CREATE INDEX "council_items_nomination_idx" ON "council_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "council_members_unit_idx" ON "council_members" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_session_members_member_idx" ON "council_session_members" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "council_sessions_unit_idx" ON "council_sessions" USING btree ("unit_id","meets_at");--> statement-breakpoint
CREATE UNIQUE INDEX "person_relations_pair_idx" ON "person_relations" USING btree (least("person_id", "relative_id"),greatest("person_id", "relative_id"));--> statement-breakpoint
CREATE INDEX "person_relations_relative_idx" ON "person_relations" USING btree ("relative_id");--> statement-breakpoint
-- The national layer of the legal catalogue, as shipped in src/domain/catalogue/national.ts
-- (generated by src/db/catalogue-seed.ts; a test checks they agree).
INSERT INTO "catalogue_entries" ("kind", "code", "valid_from", "valid_to", "value", "citation", "unconfirmed", "note") VALUES
  ('council_rule', 'council', '2024-01-01', NULL, '{"recuseOwnOrganisation":false,"recusedCount":"excluded","writtenOpinions":"count","receipts":"codes"}'::jsonb, 'Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng của đơn vị', true, 'Không thấy quy định chung về việc thành viên không tham gia biểu quyết hồ sơ của chính mình, người thân hay tổ chức mình; mặc định: không tính vào mẫu số, phiếu lấy ý kiến của thành viên vắng mặt được tính (Điều 30 khoản 7 Nghị định 98/2023). Đơn vị đặt theo quy chế của mình.')
ON CONFLICT DO NOTHING;
