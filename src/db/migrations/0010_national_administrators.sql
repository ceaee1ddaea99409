CREATE TABLE "national_administrators" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"granted_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "national_administrators" ADD CONSTRAINT "national_administrators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- An installation already in use keeps its national data with its first administrator (the one set-up made).
INSERT INTO "national_administrators" ("user_id", "granted_by")
  SELECT min("user_id"), 'migration' FROM "role_assignments" WHERE "role" = 'admin' HAVING min("user_id") IS NOT NULL;
