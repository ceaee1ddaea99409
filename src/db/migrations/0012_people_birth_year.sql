ALTER TABLE "people" ADD COLUMN "birth_year" integer;--> statement-breakpoint
-- The year is kept beside the day: a list may give only the year of birth of an elderly resident.
UPDATE "people" SET "birth_year" = EXTRACT(YEAR FROM "birth_date")::integer WHERE "birth_date" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_birth_year_check" CHECK ("birth_year" BETWEEN 1900 AND 2200 AND ("birth_date" IS NULL OR "birth_year" = EXTRACT(YEAR FROM "birth_date")));--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_birth_date_year_check" CHECK ("birth_date" IS NULL OR "birth_year" IS NOT NULL);--> statement-breakpoint
-- Ethnic groups by the names the General Statistics Office writes today (ethnic-groups.json);
-- the codes and the groups themselves are unchanged.
UPDATE "people" SET "ethnicity" = renamed.name FROM (VALUES
  ('Khơ-me', 'Khmer'),
  ('HMông', 'Mông'),
  ('Gia-rai', 'Gia Rai'),
  ('Ê-đê', 'Ê Đê'),
  ('Ba na', 'Ba Na'),
  ('Xơ-Đăng', 'Xơ Đăng'),
  ('Cơ-ho', 'Cơ Ho'),
  ('Ra-glai', 'Ra Glai'),
  ('Bru-Vân Kiều', 'Bru Vân Kiều'),
  ('Cơ-tu', 'Cơ Tu'),
  ('Gié Triêng', 'Giẻ Triêng'),
  ('Khơ-mú', 'Khơ Mú'),
  ('Tà-ôi', 'Tà Ôi'),
  ('Chơ-ro', 'Chơ Ro'),
  ('Xinh-mun', 'Xinh Mun'),
  ('Chu ru', 'Chu Ru'),
  ('Co Lao', 'Cơ Lao'),
  ('Rơ măm', 'Rơ Măm')
) AS renamed(old, name) WHERE "people"."ethnicity" = renamed.old;
