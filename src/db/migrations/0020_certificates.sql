CREATE TABLE "certificate_layouts" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"form_code" text DEFAULT '' NOT NULL,
	"mode" text DEFAULT 'template' NOT NULL,
	"background_sha256" text,
	"offset_x_mm" real DEFAULT 0 NOT NULL,
	"offset_y_mm" real DEFAULT 0 NOT NULL,
	"positions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificate_layouts_mode_check" CHECK ("certificate_layouts"."mode" IN ('template', 'preprinted')),
	CONSTRAINT "certificate_layouts_offset_check" CHECK (abs("certificate_layouts"."offset_x_mm") <= 50 AND abs("certificate_layouts"."offset_y_mm") <= 50)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" serial PRIMARY KEY NOT NULL,
	"award_id" integer NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_code_check" CHECK ("certificates"."code" ~ '^[0-9A-HJKMNP-TV-Z]{17}$')
);
--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_layouts" ADD CONSTRAINT "certificate_layouts_background_sha256_files_sha256_fk" FOREIGN KEY ("background_sha256") REFERENCES "public"."files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_layouts_unit_form_idx" ON "certificate_layouts" USING btree ("unit_id","form_code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_award_idx" ON "certificates" USING btree ("award_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_code_idx" ON "certificates" USING btree ("code");--> statement-breakpoint
-- hand-written
-- A certificate's code is printed on paper and checked by the public: it never changes and is never removed.
CREATE FUNCTION certificates_are_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'certificate % was printed with its code and cannot change', OLD.id USING ERRCODE = 'check_violation';
END $$;--> statement-breakpoint
CREATE TRIGGER certificates_are_frozen BEFORE UPDATE OR DELETE ON "certificates"
  FOR EACH ROW EXECUTE FUNCTION certificates_are_frozen();
