-- Vietnamese search and order, the same on PGlite and a server:
-- sort keys compare byte by byte; search text is matched through trigrams.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
ALTER TABLE "units" ALTER COLUMN "sort_key" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "people" ALTER COLUMN "sort_key" TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "collectives" ALTER COLUMN "sort_key" TYPE text COLLATE "C";
--> statement-breakpoint
CREATE INDEX "units_search_trgm" ON "units" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "units_parent_sort_idx" ON "units" ("parent_id", "sort_key");
--> statement-breakpoint
CREATE INDEX "people_search_trgm" ON "people" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "people_unit_sort_idx" ON "people" ("unit_id", "sort_key", "id");
--> statement-breakpoint
CREATE INDEX "people_sort_idx" ON "people" ("sort_key", "id");
--> statement-breakpoint
CREATE INDEX "collectives_search_trgm" ON "collectives" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
-- Units made before this migration get an approximate key; any rename recomputes it.
UPDATE "units" SET "search_text" = lower("name"), "sort_key" = lower("name") WHERE "search_text" = '';
