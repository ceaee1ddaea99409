CREATE TABLE "award_revocations" (
	"id" serial PRIMARY KEY NOT NULL,
	"award_id" integer NOT NULL,
	"decision_id" integer NOT NULL,
	"grounds" text NOT NULL,
	"money_due" bigint DEFAULT 0 NOT NULL,
	"money_recovered" bigint DEFAULT 0 NOT NULL,
	"items_recovered_on" date,
	"recovery_note" text DEFAULT '' NOT NULL,
	"recovery_recorded_by" integer,
	"recovery_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_revocations_money_check" CHECK ("award_revocations"."money_recovered" >= 0 AND "award_revocations"."money_recovered" <= "award_revocations"."money_due")
);
--> statement-breakpoint
CREATE TABLE "decision_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" integer NOT NULL,
	"nomination_id" integer,
	"award_id" integer,
	"position" integer NOT NULL,
	CONSTRAINT "decision_items_one_subject_check" CHECK (("decision_items"."nomination_id" IS NULL) <> ("decision_items"."award_id" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "awards" DROP CONSTRAINT "awards_source_check";--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "decision_id" integer;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "nomination_id" integer;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "bonus" jsonb;--> statement-breakpoint
ALTER TABLE "award_revocations" ADD CONSTRAINT "award_revocations_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_revocations" ADD CONSTRAINT "award_revocations_decision_id_documents_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_revocations" ADD CONSTRAINT "award_revocations_recovery_recorded_by_users_id_fk" FOREIGN KEY ("recovery_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_items" ADD CONSTRAINT "decision_items_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "award_revocations_award_idx" ON "award_revocations" USING btree ("award_id");--> statement-breakpoint
CREATE INDEX "award_revocations_decision_idx" ON "award_revocations" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_items_document_idx" ON "decision_items" USING btree ("document_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_items_nomination_idx" ON "decision_items" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decision_items_award_idx" ON "decision_items" USING btree ("award_id");--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_decision_id_documents_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awards_decision_idx" ON "awards" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "awards_nomination_idx" ON "awards" USING btree ("nomination_id");--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_source_check" CHECK ("awards"."source" IN ('decided', 'superior', 'manual', 'imported'));--> statement-breakpoint
-- An award made by a decision issued here is as frozen as the decision: a mistake is corrected by
-- a new decision (a revocation, then a new award), never by editing the registry row.
CREATE FUNCTION awards_decided_are_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.decision_id IS NOT NULL THEN
    RAISE EXCEPTION 'award % was made by decision % and cannot change', OLD.id, OLD.decision_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;--> statement-breakpoint
CREATE TRIGGER awards_decided_are_frozen BEFORE UPDATE OR DELETE ON "awards"
  FOR EACH ROW EXECUTE FUNCTION awards_decided_are_frozen();--> statement-breakpoint
-- A revocation is the issued decision's record: only what was recovered may be written later.
CREATE FUNCTION award_revocations_keep_decision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.award_id <> OLD.award_id OR NEW.decision_id <> OLD.decision_id OR NEW.grounds <> OLD.grounds OR NEW.money_due <> OLD.money_due THEN
    RAISE EXCEPTION 'revocation % follows its decision and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER award_revocations_keep_decision BEFORE UPDATE OR DELETE ON "award_revocations"
  FOR EACH ROW EXECUTE FUNCTION award_revocations_keep_decision();
--> statement-breakpoint
-- The national layer of the legal catalogue, as shipped in src/domain/catalogue/national.ts
-- (generated by src/db/catalogue-seed.ts; a test checks they agree).
INSERT INTO "catalogue_entries" ("kind", "code", "valid_from", "valid_to", "value", "citation", "unconfirmed", "note") VALUES
  ('decision_basis', 'award', '2024-01-01', '2025-06-30', '{"lines":["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;","Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;","Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"]}'::jsonb, 'Nghị định 30/2020/NĐ-CP (thể thức); Luật TĐKT 2022; Nghị định 98/2023/NĐ-CP', true, 'Các dòng căn cứ theo mẫu quyết định khen thưởng thường gặp (docs/legal.md, mục mẫu quyết định); tỉnh, đơn vị thêm quy chế thi đua, khen thưởng của mình.'),
  ('decision_basis', 'award', '2025-07-01', NULL, '{"lines":["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;","Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;","Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"]}'::jsonb, 'Nghị định 30/2020/NĐ-CP (thể thức); Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP', true, 'Các dòng căn cứ theo mẫu quyết định khen thưởng thường gặp (docs/legal.md, mục mẫu quyết định); tỉnh, đơn vị thêm quy chế thi đua, khen thưởng của mình.'),
  ('decision_basis', 'revocation', '2024-01-01', '2025-06-30', '{"lines":["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;","Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;","Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;","Căn cứ Điều 93 Luật Thi đua, khen thưởng về hủy quyết định khen thưởng, thu hồi hiện vật và tiền thưởng;"]}'::jsonb, 'Điều 93 Luật TĐKT 2022; Nghị định 98/2023/NĐ-CP', true, 'Các dòng căn cứ theo mẫu quyết định khen thưởng thường gặp (docs/legal.md, mục mẫu quyết định); tỉnh, đơn vị thêm quy chế thi đua, khen thưởng của mình.'),
  ('decision_basis', 'revocation', '2025-07-01', NULL, '{"lines":["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;","Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;","Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;","Căn cứ Điều 93 Luật Thi đua, khen thưởng về hủy quyết định khen thưởng, thu hồi hiện vật và tiền thưởng;"]}'::jsonb, 'Điều 93 Luật TĐKT 2022; Nghị định 152/2025/NĐ-CP', true, 'Các dòng căn cứ theo mẫu quyết định khen thưởng thường gặp (docs/legal.md, mục mẫu quyết định); tỉnh, đơn vị thêm quy chế thi đua, khen thưởng của mình.')
ON CONFLICT DO NOTHING;
