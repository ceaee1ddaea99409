CREATE TABLE "signing_authorisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"form" text NOT NULL,
	"signer_title" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"granted_by" integer,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signing_authorisations" ADD CONSTRAINT "signing_authorisations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signing_authorisations" ADD CONSTRAINT "signing_authorisations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signing_authorisations_unit_idx" ON "signing_authorisations" USING btree ("unit_id","user_id");