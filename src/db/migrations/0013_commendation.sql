CREATE TABLE "award_holds" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"reason" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_holds_dates_check" CHECK ("award_holds"."ends_on" IS NULL OR "award_holds"."ends_on" >= "award_holds"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "award_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"awards" integer NOT NULL,
	"imported_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"recipient_kind" text NOT NULL,
	"person_id" integer,
	"household_id" integer,
	"collective_id" integer,
	"recipient_unit_id" integer,
	"recipient_name" text NOT NULL,
	"search_text" text NOT NULL,
	"sort_key" text NOT NULL,
	"form_code" text NOT NULL,
	"year" integer,
	"period_from" date,
	"period_to" date,
	"commendation_kind" text NOT NULL,
	"deciding_body" text NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"achievement" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"import_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awards_recipient_check" CHECK (("awards"."recipient_kind" = 'person' AND "awards"."person_id" IS NOT NULL AND "awards"."household_id" IS NULL AND "awards"."collective_id" IS NULL AND "awards"."recipient_unit_id" IS NULL)
       OR ("awards"."recipient_kind" = 'household' AND "awards"."household_id" IS NOT NULL AND "awards"."person_id" IS NULL AND "awards"."collective_id" IS NULL AND "awards"."recipient_unit_id" IS NULL)
       OR ("awards"."recipient_kind" = 'collective' AND "awards"."collective_id" IS NOT NULL AND "awards"."person_id" IS NULL AND "awards"."household_id" IS NULL AND "awards"."recipient_unit_id" IS NULL)
       OR ("awards"."recipient_kind" = 'unit' AND "awards"."recipient_unit_id" IS NOT NULL AND "awards"."person_id" IS NULL AND "awards"."household_id" IS NULL AND "awards"."collective_id" IS NULL)),
	CONSTRAINT "awards_source_check" CHECK ("awards"."source" IN ('decided', 'manual', 'imported')),
	CONSTRAINT "awards_year_check" CHECK ("awards"."year" IS NULL OR "awards"."year" BETWEEN 1945 AND 2200)
);
--> statement-breakpoint
CREATE TABLE "catalogue_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"value" jsonb NOT NULL,
	"citation" text NOT NULL,
	"unconfirmed" boolean DEFAULT false NOT NULL,
	"note" text,
	"scope_unit_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_entries_dates_check" CHECK ("catalogue_entries"."valid_to" IS NULL OR "catalogue_entries"."valid_to" >= "catalogue_entries"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "disciplines" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"form" text NOT NULL,
	"decision" text DEFAULT '' NOT NULL,
	"decided_on" date NOT NULL,
	"ends_on" date,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disciplines_dates_check" CHECK ("disciplines"."ends_on" IS NULL OR "disciplines"."ends_on" >= "disciplines"."decided_on")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"title" text NOT NULL,
	"scope" text NOT NULL,
	"recognised_on" date NOT NULL,
	"recognised_by" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "yearly_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" integer NOT NULL,
	"year" integer NOT NULL,
	"rating" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_assessments_rating_check" CHECK ("yearly_assessments"."rating" IN ('excellent', 'good', 'completed', 'not_completed'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" integer;--> statement-breakpoint
ALTER TABLE "registrations" ADD COLUMN "other_title" text;--> statement-breakpoint
ALTER TABLE "award_holds" ADD CONSTRAINT "award_holds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_imports" ADD CONSTRAINT "award_imports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_collective_id_collectives_id_fk" FOREIGN KEY ("collective_id") REFERENCES "public"."collectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_recipient_unit_id_units_id_fk" FOREIGN KEY ("recipient_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_scope_unit_id_units_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_assessments" ADD CONSTRAINT "yearly_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_holds_person_idx" ON "award_holds" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "award_imports_unit_file_idx" ON "award_imports" USING btree ("unit_id","sha256");--> statement-breakpoint
CREATE INDEX "awards_unit_idx" ON "awards" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "awards_person_idx" ON "awards" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "awards_household_idx" ON "awards" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "awards_collective_idx" ON "awards" USING btree ("collective_id");--> statement-breakpoint
CREATE INDEX "awards_recipient_unit_idx" ON "awards" USING btree ("recipient_unit_id");--> statement-breakpoint
CREATE INDEX "awards_search_idx" ON "awards" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_version_idx" ON "catalogue_entries" USING btree (coalesce("scope_unit_id", 0),"kind","code","valid_from");--> statement-breakpoint
CREATE INDEX "catalogue_entries_kind_idx" ON "catalogue_entries" USING btree ("kind","code");--> statement-breakpoint
CREATE INDEX "disciplines_person_idx" ON "disciplines" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "initiatives_person_idx" ON "initiatives" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "yearly_assessments_person_year_idx" ON "yearly_assessments" USING btree ("person_id","year");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_person_idx" ON "users" USING btree ("person_id");--> statement-breakpoint
-- Registrations aimed for titles by name; they now name catalogue codes. A title the catalogue
-- does not hold moves, as written, to other_title.
UPDATE "registrations" SET
  "other_title" = NULLIF(array_to_string(ARRAY(
    SELECT t FROM jsonb_array_elements_text("titles") AS t
    WHERE t NOT IN ('Tập thể lao động tiên tiến', 'Tập thể lao động xuất sắc', 'Giấy khen của Chủ tịch UBND', 'Cờ thi đua')), '; '), ''),
  "titles" = COALESCE((
    SELECT jsonb_agg(CASE t
      WHEN 'Tập thể lao động tiên tiến' THEN 'TTLDTT'
      WHEN 'Tập thể lao động xuất sắc' THEN 'TTLDXS'
      WHEN 'Giấy khen của Chủ tịch UBND' THEN 'GK_XA'
      ELSE 'CO_TINH' END)
    FROM jsonb_array_elements_text("titles") AS t
    WHERE t IN ('Tập thể lao động tiên tiến', 'Tập thể lao động xuất sắc', 'Giấy khen của Chủ tịch UBND', 'Cờ thi đua')), '[]'::jsonb);--> statement-breakpoint
-- The demo's city of Cam Ranh was loaded as "other" before the district-level kinds existed.
UPDATE "units" SET "kind" = 'provincial_city' WHERE "code" = '56-CAMRANH' AND "kind" = 'other';--> statement-breakpoint
-- The national layer of the legal catalogue, as shipped in src/domain/catalogue/national.ts
-- (generated by src/db/catalogue-seed.ts; a test checks they agree).
INSERT INTO "catalogue_entries" ("kind", "code", "valid_from", "valid_to", "value", "citation", "unconfirmed", "note") VALUES
  ('form', 'CSTD_TQ', '2004-07-01', '2023-12-31', '{"name":"Chiến sĩ thi đua toàn quốc","nameEn":"National Emulation Fighter","category":"title","recipients":["person"],"yearly":false,"rank":90}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'CSTD_TQ', '2024-01-01', NULL, '{"name":"Chiến sĩ thi đua toàn quốc","nameEn":"National Emulation Fighter","category":"title","recipients":["person"],"yearly":false,"rank":90}'::jsonb, 'Điều 21 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'CSTD_TINH', '2004-07-01', '2023-12-31', '{"name":"Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh","nameEn":"Provincial or Ministry Emulation Fighter","category":"title","recipients":["person"],"yearly":false,"rank":70}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'CSTD_TINH', '2024-01-01', NULL, '{"name":"Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh","nameEn":"Provincial or Ministry Emulation Fighter","category":"title","recipients":["person"],"yearly":false,"rank":70}'::jsonb, 'Điều 22 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'CSTDCS', '2004-07-01', '2023-12-31', '{"name":"Chiến sĩ thi đua cơ sở","nameEn":"Grassroots Emulation Fighter","category":"title","recipients":["person"],"yearly":true,"rank":40}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'CSTDCS', '2024-01-01', NULL, '{"name":"Chiến sĩ thi đua cơ sở","nameEn":"Grassroots Emulation Fighter","category":"title","recipients":["person"],"yearly":true,"rank":40}'::jsonb, 'Điều 23 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'LDTT', '2004-07-01', '2023-12-31', '{"name":"Lao động tiên tiến","nameEn":"Advanced Worker","category":"title","recipients":["person"],"yearly":true,"rank":10}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'LDTT', '2024-01-01', NULL, '{"name":"Lao động tiên tiến","nameEn":"Advanced Worker","category":"title","recipients":["person"],"yearly":true,"rank":10}'::jsonb, 'Điều 24 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'CO_CP', '2004-07-01', '2023-12-31', '{"name":"Cờ thi đua của Chính phủ","nameEn":"Government Emulation Flag","category":"title","recipients":["collective","unit"],"yearly":true,"rank":95}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'CO_CP', '2024-01-01', NULL, '{"name":"Cờ thi đua của Chính phủ","nameEn":"Government Emulation Flag","category":"title","recipients":["collective","unit"],"yearly":true,"rank":95}'::jsonb, 'Điều 25 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'CO_TINH', '2004-07-01', '2023-12-31', '{"name":"Cờ thi đua của bộ, ban, ngành, tỉnh","nameEn":"Provincial or Ministry Emulation Flag","category":"title","recipients":["collective","unit"],"yearly":true,"rank":75}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'CO_TINH', '2024-01-01', NULL, '{"name":"Cờ thi đua của bộ, ban, ngành, tỉnh","nameEn":"Provincial or Ministry Emulation Flag","category":"title","recipients":["collective","unit"],"yearly":true,"rank":75}'::jsonb, 'Điều 26 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'TTLDXS', '2004-07-01', '2023-12-31', '{"name":"Tập thể lao động xuất sắc","nameEn":"Excellent Labour Collective","category":"title","recipients":["collective","unit"],"yearly":true,"rank":45}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'TTLDXS', '2024-01-01', NULL, '{"name":"Tập thể lao động xuất sắc","nameEn":"Excellent Labour Collective","category":"title","recipients":["collective","unit"],"yearly":true,"rank":45}'::jsonb, 'Điều 27 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'TTLDTT', '2004-07-01', '2023-12-31', '{"name":"Tập thể lao động tiên tiến","nameEn":"Advanced Labour Collective","category":"title","recipients":["collective","unit"],"yearly":true,"rank":20}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'TTLDTT', '2024-01-01', NULL, '{"name":"Tập thể lao động tiên tiến","nameEn":"Advanced Labour Collective","category":"title","recipients":["collective","unit"],"yearly":true,"rank":20}'::jsonb, 'Điều 28 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'XA_TIEU_BIEU', '2024-01-01', '2025-06-30', '{"name":"Xã, phường, thị trấn tiêu biểu","nameEn":"Exemplary commune, ward or township","category":"title","recipients":["unit"],"yearly":true,"rank":60}'::jsonb, 'Nghị định 86/2023/NĐ-CP', false, NULL),
  ('form', 'XA_TIEU_BIEU', '2025-07-01', NULL, '{"name":"Xã, phường, đặc khu tiêu biểu","nameEn":"Exemplary commune, ward or special zone","category":"title","recipients":["unit"],"yearly":true,"rank":60}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('form', 'TDPVH', '2004-07-01', '2023-12-31', '{"name":"Thôn, tổ dân phố văn hóa","nameEn":"Cultural village or residential group","category":"title","recipients":["unit"],"yearly":true,"rank":30}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'TDPVH', '2024-01-01', NULL, '{"name":"Thôn, tổ dân phố văn hóa","nameEn":"Cultural village or residential group","category":"title","recipients":["unit"],"yearly":true,"rank":30}'::jsonb, 'Nghị định 86/2023/NĐ-CP', false, NULL),
  ('form', 'GDVH', '2004-07-01', '2023-12-31', '{"name":"Gia đình văn hóa","nameEn":"Cultural family","category":"title","recipients":["household"],"yearly":true,"rank":15}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'GDVH', '2024-01-01', NULL, '{"name":"Gia đình văn hóa","nameEn":"Cultural family","category":"title","recipients":["household"],"yearly":true,"rank":15}'::jsonb, 'Điều 8 Nghị định 86/2023/NĐ-CP', false, NULL),
  ('form', 'BK_TTG', '2004-07-01', '2023-12-31', '{"name":"Bằng khen của Thủ tướng Chính phủ","nameEn":"Prime Minister''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":80}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'BK_TTG', '2024-01-01', NULL, '{"name":"Bằng khen của Thủ tướng Chính phủ","nameEn":"Prime Minister''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":80}'::jsonb, 'Điều 73 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'BK_TINH', '2004-07-01', '2023-12-31', '{"name":"Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh","nameEn":"Provincial Chairman''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":65}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'BK_TINH', '2024-01-01', NULL, '{"name":"Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh","nameEn":"Provincial Chairman''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":65}'::jsonb, 'Điều 74 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'GK_HUYEN', '2004-07-01', '2023-12-31', '{"name":"Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện","nameEn":"District Chairman''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":35}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'GK_HUYEN', '2024-01-01', '2025-06-30', '{"name":"Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện","nameEn":"District Chairman''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":35}'::jsonb, 'Điều 75 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('form', 'GK_XA', '2004-07-01', '2023-12-31', '{"name":"Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã","nameEn":"Commune Chairman''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":25}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('form', 'GK_XA', '2024-01-01', NULL, '{"name":"Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã","nameEn":"Commune Chairman''s Certificate of Merit","category":"form","recipients":["person","household","collective","unit"],"yearly":false,"rank":25}'::jsonb, 'Điều 75 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'LDTT', '2004-07-01', '2025-06-30', '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'LDTT', '2025-07-01', NULL, '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 59 Nghị định 129/2025/NĐ-CP; Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022', false, 'Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).'),
  ('authority', 'GK_XA', '2004-07-01', '2025-06-30', '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'GK_XA', '2025-07-01', NULL, '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 59 Nghị định 129/2025/NĐ-CP; Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022', false, 'Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).'),
  ('authority', 'GDVH', '2004-07-01', '2025-06-30', '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'GDVH', '2025-07-01', NULL, '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 59 Nghị định 129/2025/NĐ-CP; Điều 80 khoản 3 Luật Thi đua, khen thưởng 2022', false, 'Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).'),
  ('authority', 'TTLDTT', '2004-07-01', '2025-06-30', '{"tier":"district","decidedBy":"Chủ tịch Ủy ban nhân dân cấp huyện"}'::jsonb, 'Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'TTLDTT', '2025-07-01', NULL, '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 59 Nghị định 129/2025/NĐ-CP', false, 'Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).'),
  ('authority', 'CSTDCS', '2004-07-01', '2025-06-30', '{"tier":"district","decidedBy":"Chủ tịch Ủy ban nhân dân cấp huyện"}'::jsonb, 'Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'CSTDCS', '2025-07-01', NULL, '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 59 Nghị định 129/2025/NĐ-CP', false, 'Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).'),
  ('authority', 'TDPVH', '2004-07-01', '2025-06-30', '{"tier":"district","decidedBy":"Chủ tịch Ủy ban nhân dân cấp huyện"}'::jsonb, 'Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'TDPVH', '2025-07-01', NULL, '{"tier":"commune","decidedBy":"Chủ tịch Ủy ban nhân dân cấp xã"}'::jsonb, 'Điều 59 Nghị định 129/2025/NĐ-CP', false, 'Điều khoản được trích qua nguồn thứ cấp (Công đoàn Việt Nam; Lao Động).'),
  ('authority', 'GK_HUYEN', '2004-07-01', '2025-06-30', '{"tier":"district","decidedBy":"Chủ tịch Ủy ban nhân dân cấp huyện"}'::jsonb, 'Điều 80 khoản 2 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('authority', 'BK_TINH', '2004-07-01', NULL, '{"tier":"province","decidedBy":"Chủ tịch Ủy ban nhân dân cấp tỉnh"}'::jsonb, 'Điều 80 khoản 1 Luật Thi đua, khen thưởng 2022', false, 'Từ 1/7/2025 hồ sơ trình Chủ tịch UBND tỉnh qua Sở Nội vụ.'),
  ('authority', 'CSTD_TINH', '2004-07-01', NULL, '{"tier":"province","decidedBy":"Chủ tịch Ủy ban nhân dân cấp tỉnh"}'::jsonb, 'Điều 80 khoản 1 Luật Thi đua, khen thưởng 2022', false, 'Từ 1/7/2025 hồ sơ trình Chủ tịch UBND tỉnh qua Sở Nội vụ.'),
  ('authority', 'CO_TINH', '2004-07-01', NULL, '{"tier":"province","decidedBy":"Chủ tịch Ủy ban nhân dân cấp tỉnh"}'::jsonb, 'Điều 80 khoản 1 Luật Thi đua, khen thưởng 2022', false, 'Từ 1/7/2025 hồ sơ trình Chủ tịch UBND tỉnh qua Sở Nội vụ.'),
  ('authority', 'TTLDXS', '2004-07-01', NULL, '{"tier":"province","decidedBy":"Chủ tịch Ủy ban nhân dân cấp tỉnh"}'::jsonb, 'Điều 80 khoản 1 Luật Thi đua, khen thưởng 2022', false, 'Từ 1/7/2025 hồ sơ trình Chủ tịch UBND tỉnh qua Sở Nội vụ.'),
  ('authority', 'XA_TIEU_BIEU', '2024-01-01', NULL, '{"tier":"province","decidedBy":"Chủ tịch Ủy ban nhân dân cấp tỉnh"}'::jsonb, 'Nghị định 86/2023/NĐ-CP', false, NULL),
  ('authority', 'BK_TTG', '2004-07-01', NULL, '{"tier":"central","decidedBy":"Thủ tướng Chính phủ"}'::jsonb, 'Điều 78 Luật Thi đua, khen thưởng 2022', true, NULL),
  ('authority', 'CSTD_TQ', '2004-07-01', NULL, '{"tier":"central","decidedBy":"Thủ tướng Chính phủ"}'::jsonb, 'Điều 78 Luật Thi đua, khen thưởng 2022', true, NULL),
  ('authority', 'CO_CP', '2004-07-01', NULL, '{"tier":"central","decidedBy":"Thủ tướng Chính phủ"}'::jsonb, 'Điều 78 Luật Thi đua, khen thưởng 2022', true, NULL),
  ('commendation_kind', 'cong_trang', '2004-07-01', '2023-12-31', '{"name":"Khen thưởng theo công trạng và thành tích đạt được","nameEn":"Merit (for steady achievement)","countsTowardMerit":true,"simplifiedProcedure":false}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('commendation_kind', 'cong_trang', '2024-01-01', '2025-06-30', '{"name":"Khen thưởng theo công trạng và thành tích đạt được","nameEn":"Merit (for steady achievement)","countsTowardMerit":true,"simplifiedProcedure":false}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'cong_trang', '2025-07-01', NULL, '{"name":"Khen thưởng theo công trạng và thành tích đạt được","nameEn":"Merit (for steady achievement)","countsTowardMerit":true,"simplifiedProcedure":false}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'dot_xuat', '2004-07-01', '2023-12-31', '{"name":"Khen thưởng đột xuất","nameEn":"Sudden achievement","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('commendation_kind', 'dot_xuat', '2024-01-01', '2025-06-30', '{"name":"Khen thưởng đột xuất","nameEn":"Sudden achievement","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'dot_xuat', '2025-07-01', NULL, '{"name":"Khen thưởng đột xuất","nameEn":"Sudden achievement","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'theo_dot', '2004-07-01', '2023-12-31', '{"name":"Khen thưởng theo đợt hoặc theo chuyên đề","nameEn":"Campaign or thematic","countsTowardMerit":false,"simplifiedProcedure":false}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('commendation_kind', 'theo_dot', '2024-01-01', '2025-06-30', '{"name":"Khen thưởng theo đợt hoặc theo chuyên đề","nameEn":"Campaign or thematic","countsTowardMerit":false,"simplifiedProcedure":false}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'theo_dot', '2025-07-01', NULL, '{"name":"Khen thưởng theo đợt hoặc theo chuyên đề","nameEn":"Campaign or thematic","countsTowardMerit":false,"simplifiedProcedure":false}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'cong_hien', '2004-07-01', '2023-12-31', '{"name":"Khen thưởng quá trình cống hiến","nameEn":"Long service","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('commendation_kind', 'cong_hien', '2024-01-01', '2025-06-30', '{"name":"Khen thưởng quá trình cống hiến","nameEn":"Long service","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'cong_hien', '2025-07-01', NULL, '{"name":"Khen thưởng quá trình cống hiến","nameEn":"Long service","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'nien_han', '2004-07-01', '2023-12-31', '{"name":"Khen thưởng theo niên hạn","nameEn":"Seniority (armed forces)","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('commendation_kind', 'nien_han', '2024-01-01', '2025-06-30', '{"name":"Khen thưởng theo niên hạn","nameEn":"Seniority (armed forces)","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'nien_han', '2025-07-01', NULL, '{"name":"Khen thưởng theo niên hạn","nameEn":"Seniority (armed forces)","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'doi_ngoai', '2004-07-01', '2023-12-31', '{"name":"Khen thưởng đối ngoại","nameEn":"Foreign contributors","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013); Nghị định 91/2017/NĐ-CP', true, 'Dùng cho khen thưởng trước năm 2024 đưa vào sổ; ngày hiệu lực và điều khoản chưa đối chiếu văn bản gốc.'),
  ('commendation_kind', 'doi_ngoai', '2024-01-01', '2025-06-30', '{"name":"Khen thưởng đối ngoại","nameEn":"Foreign contributors","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 98/2023/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('commendation_kind', 'doi_ngoai', '2025-07-01', NULL, '{"name":"Khen thưởng đối ngoại","nameEn":"Foreign contributors","countsTowardMerit":false,"simplifiedProcedure":true}'::jsonb, 'Điều 8 Luật Thi đua, khen thưởng 2022; Điều 4 Nghị định 152/2025/NĐ-CP', false, 'Khen thưởng đột xuất, theo đợt, chuyên đề không tính làm căn cứ đề nghị khen thưởng theo công trạng.'),
  ('criterion', 'LDTT', '2024-01-01', '2025-06-30', '{"text":"Hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.","minRating":"good"}'::jsonb, 'Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('criterion', 'CSTDCS', '2024-01-01', '2025-06-30', '{"text":"Đạt tiêu chuẩn danh hiệu Lao động tiên tiến; hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận hoặc đề tài khoa học được nghiệm thu, áp dụng.","minRating":"excellent","includesTitle":"LDTT","initiative":"and","initiativeScope":"unit"}'::jsonb, 'Điều 23 Luật Thi đua, khen thưởng 2022', true, 'Chưa rõ "hoàn thành xuất sắc nhiệm vụ" và "có sáng kiến" là cùng lúc (và) hay một trong hai (hoặc); dự thảo sửa Luật yêu cầu cả hai. Tỉnh có thể đặt "hoặc".'),
  ('criterion', 'TTLDTT', '2024-01-01', '2025-06-30', '{"text":"Hoàn thành tốt nhiệm vụ và kế hoạch được giao; có phong trào thi đua thường xuyên, thiết thực, hiệu quả; có từ 70% cá nhân đạt danh hiệu Lao động tiên tiến; không có cá nhân bị kỷ luật từ khiển trách trở lên; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật.","memberTitle":"LDTT","memberShare":0.7,"memberDisciplineFrom":"reprimand"}'::jsonb, 'Điều 28 khoản 1 Luật Thi đua, khen thưởng 2022', true, 'Mức kỷ luật có hai cách đọc: "khiển trách trở lên" (Luật 2022 theo lawnet.vn) và "cảnh cáo trở lên" (Luật 2003 Điều 28; Bắc Ninh QĐ 86/2025 Điều 4 khoản 2). Chưa đối chiếu văn bản gốc.'),
  ('criterion', 'GK_XA', '2024-01-01', '2025-06-30', '{"text":"Tiêu chuẩn chi tiết do bộ, ngành, tỉnh quy định; mặc định: hoàn thành tốt nhiệm vụ trở lên và không bị kỷ luật trong năm.","minRating":"good","disciplineFrom":"reprimand"}'::jsonb, 'Điều 75 khoản 2 Luật Thi đua, khen thưởng 2022', true, 'Mặc định của sản phẩm; tỉnh thay bằng quy định của mình (ví dụ Đắk Lắk QĐ 17/2024/QĐ-UBND).'),
  ('criterion', 'TDPVH', '2024-01-01', '2025-06-30', '{"text":"Đời sống kinh tế ổn định và từng bước phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường cảnh quan sạch, đẹp; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng."}'::jsonb, 'Nghị định 86/2023/NĐ-CP', true, 'Tóm tắt các tiêu chuẩn theo Nghị định 86/2023; điều khoản chưa đối chiếu văn bản gốc.'),
  ('criterion', 'GDVH', '2024-01-01', '2025-06-30', '{"text":"Gương mẫu chấp hành chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua của địa phương; gia đình no ấm, tiến bộ, hạnh phúc, văn minh."}'::jsonb, 'Nghị định 86/2023/NĐ-CP', false, NULL),
  ('criterion', 'CSTD_TINH', '2024-01-01', '2025-06-30', '{"text":"Có thành tích tiêu biểu xuất sắc trong số những cá nhân có 3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; có sáng kiến, đề tài khoa học có phạm vi ảnh hưởng cấp bộ, ngành, tỉnh.","initiative":"and"}'::jsonb, 'Điều 22 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('criterion', 'LDTT', '2025-07-01', NULL, '{"text":"Hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua.","minRating":"good"}'::jsonb, 'Điều 24 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('criterion', 'CSTDCS', '2025-07-01', NULL, '{"text":"Đạt tiêu chuẩn danh hiệu Lao động tiên tiến; hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận hoặc đề tài khoa học được nghiệm thu, áp dụng.","minRating":"excellent","includesTitle":"LDTT","initiative":"and","initiativeScope":"unit"}'::jsonb, 'Điều 23 Luật Thi đua, khen thưởng 2022', true, 'Chưa rõ "hoàn thành xuất sắc nhiệm vụ" và "có sáng kiến" là cùng lúc (và) hay một trong hai (hoặc); dự thảo sửa Luật yêu cầu cả hai. Tỉnh có thể đặt "hoặc".'),
  ('criterion', 'TTLDTT', '2025-07-01', NULL, '{"text":"Hoàn thành tốt nhiệm vụ và kế hoạch được giao; có phong trào thi đua thường xuyên, thiết thực, hiệu quả; có từ 70% cá nhân đạt danh hiệu Lao động tiên tiến; không có cá nhân bị kỷ luật từ khiển trách trở lên; nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật.","memberTitle":"LDTT","memberShare":0.7,"memberDisciplineFrom":"reprimand"}'::jsonb, 'Điều 28 khoản 1 Luật Thi đua, khen thưởng 2022', true, 'Mức kỷ luật có hai cách đọc: "khiển trách trở lên" (Luật 2022 theo lawnet.vn) và "cảnh cáo trở lên" (Luật 2003 Điều 28; Bắc Ninh QĐ 86/2025 Điều 4 khoản 2). Chưa đối chiếu văn bản gốc.'),
  ('criterion', 'GK_XA', '2025-07-01', NULL, '{"text":"Tiêu chuẩn chi tiết do bộ, ngành, tỉnh quy định; mặc định: hoàn thành tốt nhiệm vụ trở lên và không bị kỷ luật trong năm.","minRating":"good","disciplineFrom":"reprimand"}'::jsonb, 'Điều 75 khoản 2 Luật Thi đua, khen thưởng 2022', true, 'Mặc định của sản phẩm; tỉnh thay bằng quy định của mình (ví dụ Đắk Lắk QĐ 17/2024/QĐ-UBND).'),
  ('criterion', 'TDPVH', '2025-07-01', NULL, '{"text":"Đời sống kinh tế ổn định và từng bước phát triển; đời sống văn hóa, tinh thần lành mạnh, phong phú; môi trường cảnh quan sạch, đẹp; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước; có tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng."}'::jsonb, 'Nghị định 86/2023/NĐ-CP', true, 'Tóm tắt các tiêu chuẩn theo Nghị định 86/2023; điều khoản chưa đối chiếu văn bản gốc.'),
  ('criterion', 'GDVH', '2025-07-01', NULL, '{"text":"Gương mẫu chấp hành chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua của địa phương; gia đình no ấm, tiến bộ, hạnh phúc, văn minh."}'::jsonb, 'Nghị định 86/2023/NĐ-CP', false, NULL),
  ('criterion', 'CSTD_TINH', '2025-07-01', NULL, '{"text":"Có thành tích tiêu biểu xuất sắc trong số những cá nhân có 3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; có sáng kiến, đề tài khoa học có phạm vi ảnh hưởng cấp bộ, ngành, tỉnh.","initiative":"and"}'::jsonb, 'Điều 22 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('chain', 'CSTD_TINH', '2024-01-01', '2025-06-30', '{"requires":"CSTDCS","consecutiveYears":3}'::jsonb, 'Điều 22 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('chain', 'CSTD_TQ', '2024-01-01', '2025-06-30', '{"requires":"CSTD_TINH","consecutiveYears":2}'::jsonb, 'Điều 21 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('chain', 'CSTD_TINH', '2025-07-01', NULL, '{"requires":"CSTDCS","consecutiveYears":3}'::jsonb, 'Điều 22 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('chain', 'CSTD_TQ', '2025-07-01', NULL, '{"requires":"CSTD_TINH","consecutiveYears":2}'::jsonb, 'Điều 21 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', '*', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_xet","name":"Biên bản xét khen thưởng","nameEn":"Minutes of the commendation review","generated":true}]}'::jsonb, 'Điều 84 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'LDTT', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'TTLDTT', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'TDPVH', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'TTLDXS', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CO_TINH', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CSTDCS', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true},{"code":"xac_nhan_sang_kien","name":"Văn bản công nhận sáng kiến, đề tài khoa học","nameEn":"Recognition of the initiative or research","generated":false}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CSTD_TINH', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true},{"code":"xac_nhan_sang_kien","name":"Văn bản công nhận sáng kiến, đề tài khoa học","nameEn":"Recognition of the initiative or research","generated":false}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CSTD_TQ', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true},{"code":"xac_nhan_sang_kien","name":"Văn bản công nhận sáng kiến, đề tài khoa học","nameEn":"Recognition of the initiative or research","generated":false}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'GDVH', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach_y_kien","name":"Danh sách kèm kết quả lấy ý kiến","nameEn":"List with the results of the consultation","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 7, 8 Nghị định 86/2023/NĐ-CP', false, NULL),
  ('dossier', 'simplified', '2024-01-01', '2025-06-30', '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"tom_tat_thanh_tich","name":"Tóm tắt thành tích","nameEn":"Summary of the achievement","generated":true}]}'::jsonb, 'Điều 85 Luật Thi đua, khen thưởng 2022; Điều 40 khoản 1 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('dossier', '*', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_xet","name":"Biên bản xét khen thưởng","nameEn":"Minutes of the commendation review","generated":true}]}'::jsonb, 'Điều 84 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'LDTT', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'TTLDTT', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'TDPVH', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'TTLDXS', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CO_TINH', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CSTDCS', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true},{"code":"xac_nhan_sang_kien","name":"Văn bản công nhận sáng kiến, đề tài khoa học","nameEn":"Recognition of the initiative or research","generated":false}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CSTD_TINH', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true},{"code":"xac_nhan_sang_kien","name":"Văn bản công nhận sáng kiến, đề tài khoa học","nameEn":"Recognition of the initiative or research","generated":false}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'CSTD_TQ', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach","name":"Danh sách đề nghị khen thưởng","nameEn":"List of candidates","generated":true},{"code":"bao_cao_thanh_tich","name":"Báo cáo thành tích","nameEn":"Achievement report","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true},{"code":"xac_nhan_sang_kien","name":"Văn bản công nhận sáng kiến, đề tài khoa học","nameEn":"Recognition of the initiative or research","generated":false}]}'::jsonb, 'Điều 84 khoản 1 Luật Thi đua, khen thưởng 2022', false, NULL),
  ('dossier', 'GDVH', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"danh_sach_y_kien","name":"Danh sách kèm kết quả lấy ý kiến","nameEn":"List with the results of the consultation","generated":true},{"code":"bien_ban_binh_xet","name":"Biên bản bình xét thi đua","nameEn":"Minutes of the emulation review","generated":true}]}'::jsonb, 'Điều 7, 8 Nghị định 86/2023/NĐ-CP', false, NULL),
  ('dossier', 'simplified', '2025-07-01', NULL, '{"items":[{"code":"to_trinh","name":"Tờ trình đề nghị khen thưởng","nameEn":"Proposal (tờ trình)","generated":true},{"code":"tom_tat_thanh_tich","name":"Tóm tắt thành tích","nameEn":"Summary of the achievement","generated":true}]}'::jsonb, 'Điều 85 Luật Thi đua, khen thưởng 2022', true, 'Điều tương ứng của Nghị định 152/2025 chưa xác định.'),
  ('bonus', 'CSTD_TQ.person', '2024-01-01', '2025-06-30', '{"coefficient":4.5}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CSTD_TQ.person', '2025-07-01', NULL, '{"coefficient":4.5}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'CSTD_TINH.person', '2024-01-01', '2025-06-30', '{"coefficient":3}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CSTD_TINH.person', '2025-07-01', NULL, '{"coefficient":3}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'CSTDCS.person', '2024-01-01', '2025-06-30', '{"coefficient":1}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CSTDCS.person', '2025-07-01', NULL, '{"coefficient":1}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'LDTT.person', '2024-01-01', '2025-06-30', '{"coefficient":0.3}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'LDTT.person', '2025-07-01', NULL, '{"coefficient":0.3}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'TTLDXS.collective', '2024-01-01', '2025-06-30', '{"coefficient":1.5}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'TTLDXS.collective', '2025-07-01', NULL, '{"coefficient":1.5}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'TTLDXS.unit', '2024-01-01', '2025-06-30', '{"coefficient":1.5}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'TTLDXS.unit', '2025-07-01', NULL, '{"coefficient":1.5}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'TTLDTT.collective', '2024-01-01', '2025-06-30', '{"coefficient":0.8}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'TTLDTT.collective', '2025-07-01', NULL, '{"coefficient":0.8}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'TTLDTT.unit', '2024-01-01', '2025-06-30', '{"coefficient":0.8}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'TTLDTT.unit', '2025-07-01', NULL, '{"coefficient":0.8}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'XA_TIEU_BIEU.unit', '2024-01-01', '2025-06-30', '{"coefficient":2}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'XA_TIEU_BIEU.unit', '2025-07-01', NULL, '{"coefficient":2}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'TDPVH.unit', '2024-01-01', '2025-06-30', '{"coefficient":1.5}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'TDPVH.unit', '2025-07-01', NULL, '{"coefficient":1.5}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'CO_CP.collective', '2024-01-01', '2025-06-30', '{"coefficient":12}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CO_CP.collective', '2025-07-01', NULL, '{"coefficient":12}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'CO_CP.unit', '2024-01-01', '2025-06-30', '{"coefficient":12}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CO_CP.unit', '2025-07-01', NULL, '{"coefficient":12}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'CO_TINH.collective', '2024-01-01', '2025-06-30', '{"coefficient":8}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CO_TINH.collective', '2025-07-01', NULL, '{"coefficient":8}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'CO_TINH.unit', '2024-01-01', '2025-06-30', '{"coefficient":8}'::jsonb, 'Điều 54 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'CO_TINH.unit', '2025-07-01', NULL, '{"coefficient":8}'::jsonb, 'Điều 50 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'BK_TTG.person', '2024-01-01', '2025-06-30', '{"coefficient":null}'::jsonb, 'Nghị định 98/2023/NĐ-CP', true, 'Hệ số theo Nghị định 98 chưa xác định.'),
  ('bonus', 'BK_TTG.person', '2025-07-01', NULL, '{"coefficient":3.5}'::jsonb, 'Điều 54 khoản 1 điểm a Nghị định 152/2025/NĐ-CP', false, 'Một bản dịch ghi 3,0; bản tiếng Việt ghi 3,5.'),
  ('bonus', 'BK_TINH.person', '2024-01-01', '2025-06-30', '{"coefficient":1}'::jsonb, 'Nghị định 98/2023/NĐ-CP (Chương IV)', false, NULL),
  ('bonus', 'BK_TINH.person', '2025-07-01', NULL, '{"coefficient":1.5}'::jsonb, 'Điều 54 khoản 1 điểm b Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'GK_HUYEN.person', '2024-01-01', '2025-06-30', '{"coefficient":0.15}'::jsonb, 'Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP', true, 'Giả định cùng hệ số với Giấy khen cấp xã.'),
  ('bonus', 'GK_XA.person', '2024-01-01', '2025-06-30', '{"coefficient":0.15}'::jsonb, 'Điều 58 khoản 1 điểm g Nghị định 98/2023/NĐ-CP', false, NULL),
  ('bonus', 'GK_XA.person', '2025-07-01', NULL, '{"coefficient":0.3}'::jsonb, 'Điều 54 khoản 1 điểm e Nghị định 152/2025/NĐ-CP', false, NULL),
  ('bonus', 'GK_XA.household', '2024-01-01', '2025-06-30', '{"ofPersonAmount":null}'::jsonb, 'Nghị định 98/2023/NĐ-CP', true, 'Mức cho hộ gia đình theo Nghị định 98 chưa xác định.'),
  ('bonus', 'GK_XA.household', '2025-07-01', NULL, '{"ofPersonAmount":1.5}'::jsonb, 'Nghị định 152/2025/NĐ-CP (tài liệu tập huấn của Bộ Nội vụ)', false, 'Bằng 1,5 lần mức của cá nhân.'),
  ('bonus', 'GK_XA.collective', '2024-01-01', '2025-06-30', '{"ofPersonAmount":2}'::jsonb, 'Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)', true, 'Mặc định bằng 2 lần mức của cá nhân như Nghị định 91/2017; mức hiện hành chưa xác định.'),
  ('bonus', 'GK_XA.collective', '2025-07-01', NULL, '{"ofPersonAmount":2}'::jsonb, 'Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)', true, 'Mặc định bằng 2 lần mức của cá nhân như Nghị định 91/2017; mức hiện hành chưa xác định.'),
  ('bonus', 'GDVH.household', '2024-01-01', '2025-06-30', '{"coefficient":null}'::jsonb, 'Nghị định 86/2023/NĐ-CP', true, 'Mức thưởng "Gia đình văn hóa" chưa xác định.'),
  ('bonus', 'GDVH.household', '2025-07-01', NULL, '{"coefficient":null}'::jsonb, 'Nghị định 86/2023/NĐ-CP', true, 'Mức thưởng "Gia đình văn hóa" chưa xác định.'),
  ('bonus_rule', 'calculation', '2024-01-01', '2025-06-30', '{"baseSalaryOn":"issue_date","roundUpTo":10000}'::jsonb, 'Điều 53 Nghị định 98/2023/NĐ-CP', true, 'Trích qua nguồn thứ cấp; có nơi chi không làm tròn. Tỉnh có thể tắt làm tròn.'),
  ('bonus_rule', 'calculation', '2025-07-01', NULL, '{"baseSalaryOn":"issue_date","roundUpTo":10000}'::jsonb, 'Điều 49 Nghị định 152/2025/NĐ-CP', true, 'Trích qua nguồn thứ cấp; có nơi chi không làm tròn. Tỉnh có thể tắt làm tròn.'),
  ('base_salary', 'base_salary', '2019-07-01', '2023-06-30', '{"amount":1490000}'::jsonb, 'Nghị định 38/2019/NĐ-CP', false, NULL),
  ('base_salary', 'base_salary', '2023-07-01', '2024-06-30', '{"amount":1800000}'::jsonb, 'Nghị định 24/2023/NĐ-CP', false, NULL),
  ('base_salary', 'base_salary', '2024-07-01', '2026-06-30', '{"amount":2340000}'::jsonb, 'Điều 3 Nghị định 73/2024/NĐ-CP', false, NULL),
  ('base_salary', 'base_salary', '2026-07-01', NULL, '{"amount":2530000}'::jsonb, 'Điều 3 Nghị định 161/2026/NĐ-CP', false, NULL),
  ('disclosure', '*', '2024-01-01', NULL, '{"workingDays":10}'::jsonb, 'Điều 5 Luật Thi đua, khen thưởng 2022 (nguyên tắc công khai)', true, 'Không thấy quy định chung cho danh hiệu cấp xã; mặc định 10 ngày làm việc như khen thưởng cấp Nhà nước.'),
  ('disclosure', 'GDVH', '2024-01-01', NULL, '{"workingDays":10}'::jsonb, 'Điều 7 Nghị định 86/2023/NĐ-CP', true, 'Nghị định ghi 10 ngày; ngày làm việc hay ngày lịch chưa đối chiếu.'),
  ('disclosure', 'BK_TTG', '2024-01-01', '2025-06-30', '{"workingDays":10}'::jsonb, 'Điều 46 khoản 2 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('disclosure', 'BK_TTG', '2025-07-01', NULL, '{"workingDays":10}'::jsonb, 'Điều 44 khoản 2 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('disclosure', 'CSTD_TQ', '2024-01-01', '2025-06-30', '{"workingDays":10}'::jsonb, 'Điều 46 khoản 2 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('disclosure', 'CSTD_TQ', '2025-07-01', NULL, '{"workingDays":10}'::jsonb, 'Điều 44 khoản 2 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('disclosure', 'CO_CP', '2024-01-01', '2025-06-30', '{"workingDays":10}'::jsonb, 'Điều 46 khoản 2 Nghị định 98/2023/NĐ-CP', false, NULL),
  ('disclosure', 'CO_CP', '2025-07-01', NULL, '{"workingDays":10}'::jsonb, 'Điều 44 khoản 2 Nghị định 152/2025/NĐ-CP', false, NULL),
  ('quorum', 'quorum', '2024-01-01', '2025-06-30', '{"numerator":2,"denominator":3}'::jsonb, 'Điều 47 khoản 4 Nghị định 98/2023/NĐ-CP', true, 'Chưa có quy định cho hội đồng cấp xã; mặc định như Hội đồng Trung ương. Đơn vị tự đặt trong quy chế hội đồng.'),
  ('quorum', 'quorum', '2025-07-01', NULL, '{"numerator":2,"denominator":3}'::jsonb, 'Nghị định 152/2025/NĐ-CP', true, 'Chưa có quy định cho hội đồng cấp xã; mặc định như Hội đồng Trung ương. Đơn vị tự đặt trong quy chế hội đồng.'),
  ('ballot_threshold', 'CSTDCS', '2024-01-01', '2025-06-30', '{"numerator":80,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP', false, 'Văn bản ghi "bỏ phiếu"; thành viên vắng mặt gửi phiếu lấy ý kiến.'),
  ('ballot_threshold', 'CSTDCS', '2025-07-01', NULL, '{"numerator":80,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Nghị định 152/2025/NĐ-CP', true, 'Nghị định 152/2025 chưa thấy tỷ lệ; giữ mức của Nghị định 98 làm mặc định.'),
  ('ballot_threshold', 'CO_TINH', '2024-01-01', '2025-06-30', '{"numerator":80,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP', false, 'Văn bản ghi "bỏ phiếu"; thành viên vắng mặt gửi phiếu lấy ý kiến.'),
  ('ballot_threshold', 'CO_TINH', '2025-07-01', NULL, '{"numerator":80,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Nghị định 152/2025/NĐ-CP', true, 'Nghị định 152/2025 chưa thấy tỷ lệ; giữ mức của Nghị định 98 làm mặc định.'),
  ('ballot_threshold', 'CO_CP', '2024-01-01', '2025-06-30', '{"numerator":80,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP', false, 'Văn bản ghi "bỏ phiếu"; thành viên vắng mặt gửi phiếu lấy ý kiến.'),
  ('ballot_threshold', 'CO_CP', '2025-07-01', NULL, '{"numerator":80,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Nghị định 152/2025/NĐ-CP', true, 'Nghị định 152/2025 chưa thấy tỷ lệ; giữ mức của Nghị định 98 làm mặc định.'),
  ('ballot_threshold', 'CSTD_TINH', '2024-01-01', '2025-06-30', '{"numerator":90,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP', false, 'Văn bản ghi "bỏ phiếu"; thành viên vắng mặt gửi phiếu lấy ý kiến.'),
  ('ballot_threshold', 'CSTD_TINH', '2025-07-01', NULL, '{"numerator":90,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Nghị định 152/2025/NĐ-CP', true, 'Nghị định 152/2025 chưa thấy tỷ lệ; giữ mức của Nghị định 98 làm mặc định.'),
  ('ballot_threshold', 'CSTD_TQ', '2024-01-01', '2025-06-30', '{"numerator":90,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP', false, 'Văn bản ghi "bỏ phiếu"; thành viên vắng mặt gửi phiếu lấy ý kiến.'),
  ('ballot_threshold', 'CSTD_TQ', '2025-07-01', NULL, '{"numerator":90,"denominator":100,"over":"all","strict":false,"secret":true}'::jsonb, 'Nghị định 152/2025/NĐ-CP', true, 'Nghị định 152/2025 chưa thấy tỷ lệ; giữ mức của Nghị định 98 làm mặc định.'),
  ('ballot_threshold', '*', '2024-01-01', NULL, '{"numerator":1,"denominator":2,"over":"all","strict":true,"secret":false}'::jsonb, 'Quy chế hội đồng của đơn vị', true, 'Quá bán tổng số thành viên (thực tiễn các tỉnh, ví dụ Bắc Ninh QĐ 86/2025 Điều 9); đơn vị đặt theo quy chế của mình.'),
  ('quota', 'CSTDCS', '2024-01-01', NULL, '{"of":"LDTT","maxShare":null}'::jsonb, 'Điều 9 khoản 3 Nghị định 91/2017/NĐ-CP (đã hết hiệu lực)', true, 'Nghị định 91/2017 giới hạn 15% số Lao động tiên tiến; hiện không thấy giới hạn chung. Tỉnh, ngành có thể đặt (ví dụ Quốc phòng 10%).'),
  ('processing', '*', '2024-01-01', NULL, '{"workingDays":20}'::jsonb, 'Quy định của tỉnh về thủ tục hành chính', true, 'Thời hạn hiện hành cho Giấy khen, Lao động tiên tiến cấp xã chưa xác định (trước 2024: 10–12 ngày ở một số tỉnh).'),
  ('processing', 'CSTDCS', '2025-07-01', NULL, '{"workingDays":20}'::jsonb, 'Quyết định 638/QĐ-BNV năm 2025 (thủ tục hành chính)', false, NULL)
ON CONFLICT DO NOTHING;
