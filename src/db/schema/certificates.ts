// Certificates (giấy khen, giấy chứng nhận danh hiệu) of the awards decided here: one
// verification code per award, printed under a QR code, that anyone may check on the public
// verification page; and each unit's way of printing them (a template with its background, or
// pre-printed blanks with the printer's calibration).
import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, real, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { awards } from "./commendation";
import { files } from "./platform";
import { units } from "./registry";

/**
 * One award's certificate: its verification code (17 Crockford base32 characters, 16 random and
 * one check character, stored without the hyphens), given when the decision is issued and never
 * changed (a trigger refuses it). A lookup by code is one probe of the unique index.
 */
export const certificates = pgTable(
  "certificates",
  {
    id: serial("id").primaryKey(),
    awardId: integer("award_id").notNull().references(() => awards.id),
    code: text("code").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("certificates_award_idx").on(t.awardId),
    uniqueIndex("certificates_code_idx").on(t.code),
    check("certificates_code_check", sql`${t.code} ~ '^[0-9A-HJKMNP-TV-Z]{17}$'`),
  ],
);

/**
 * How a unit prints its certificates, for every form ("" ) or for one form's code: "template"
 * (the whole certificate, over the unit's background image or the default border) or
 * "preprinted" (only the variable fields, onto blanks printed elsewhere). Fields may be moved
 * (positions, in mm from the page's top left corner) and all of them shifted by the printer's
 * calibration offsets (mm, right and down).
 */
export const certificateLayouts = pgTable(
  "certificate_layouts",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    formCode: text("form_code").notNull().default(""),
    mode: text("mode").notNull().default("template"),
    backgroundSha256: text("background_sha256").references(() => files.sha256),
    offsetXMm: real("offset_x_mm").notNull().default(0),
    offsetYMm: real("offset_y_mm").notNull().default(0),
    /** Field positions moved from the standard ones: { holder: { x, y } … } in mm. */
    positions: jsonb("positions").notNull().default({}),
    updatedBy: integer("updated_by"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("certificate_layouts_unit_form_idx").on(t.unitId, t.formCode),
    check("certificate_layouts_mode_check", sql`${t.mode} IN ('template', 'preprinted')`),
    check("certificate_layouts_offset_check", sql`abs(${t.offsetXMm}) <= 50 AND abs(${t.offsetYMm}) <= 50`),
  ],
);
