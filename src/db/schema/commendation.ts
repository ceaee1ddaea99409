// Commendation: the legal catalogue as dated entries, the award registry and its imports, and the
// facts eligibility reads that the registry did not hold (yearly assessments, discipline, holds,
// recognised initiatives).
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { documents } from "./documents";
import { nominations } from "./nominations";
import { collectives, households, people, units } from "./registry";

/**
 * One dated rule of the legal catalogue. National entries have no scope unit; a province's or a
 * unit's own version names that unit. Entries are never edited in place once in force: a change
 * is a new version with its own dates (the old one ends the day before).
 */
export const catalogueEntries = pgTable(
  "catalogue_entries",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    code: text("code").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    value: jsonb("value").notNull(),
    citation: text("citation").notNull(),
    unconfirmed: boolean("unconfirmed").notNull().default(false),
    note: text("note"),
    scopeUnitId: integer("scope_unit_id").references(() => units.id),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("catalogue_entries_version_idx").on(sql`coalesce(${t.scopeUnitId}, 0)`, t.kind, t.code, t.validFrom),
    index("catalogue_entries_kind_idx").on(t.kind, t.code),
    check("catalogue_entries_dates_check", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * One award given to a person, a household, a collective or a unit of the tree: decided here,
 * entered by hand from an older decision, or imported. `unit_id` is the unit whose registry
 * holds it (who recorded it); the recipient is one of the four columns, as `recipient_kind` says.
 */
export const awards = pgTable(
  "awards",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    recipientKind: text("recipient_kind").notNull(),
    personId: integer("person_id").references(() => people.id),
    householdId: integer("household_id").references(() => households.id),
    collectiveId: integer("collective_id").references(() => collectives.id),
    recipientUnitId: integer("recipient_unit_id").references(() => units.id),
    /** The recipient's name as the decision wrote it. */
    recipientName: text("recipient_name").notNull(),
    /** Folded, tone-free recipient name and achievement: what searches match. */
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    /** A catalogue code ("LDTT", "GK_XA"). */
    formCode: text("form_code").notNull(),
    /** The year the award is for (titles given each year), or the period of the achievement. */
    year: integer("year"),
    periodFrom: date("period_from"),
    periodTo: date("period_to"),
    /** A commendation kind's code ("cong_trang", "dot_xuat", "theo_dot"…). */
    commendationKind: text("commendation_kind").notNull(),
    decidingBody: text("deciding_body").notNull(),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: date("decision_date").notNull(),
    achievement: text("achievement").notNull().default(""),
    /** "decided" (by a decision issued here), "superior" (by the level above, on a proposal sent from here), "manual", "imported". */
    source: text("source").notNull(),
    /** The decision issued here that made the award (source "decided"): it is frozen, like every issued document. */
    decisionId: integer("decision_id").references(() => documents.id),
    /** The nomination the award answers, when it came through one. */
    nominationId: integer("nomination_id").references(() => nominations.id),
    /** The bonus as the decision computed it on its issue date (AwardBonus), or null when it carries none. */
    bonus: jsonb("bonus"),
    importId: integer("import_id"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("awards_unit_idx").on(t.unitId),
    index("awards_person_idx").on(t.personId),
    index("awards_household_idx").on(t.householdId),
    index("awards_collective_idx").on(t.collectiveId),
    index("awards_recipient_unit_idx").on(t.recipientUnitId),
    index("awards_search_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check(
      "awards_recipient_check",
      sql`(${t.recipientKind} = 'person' AND ${t.personId} IS NOT NULL AND ${t.householdId} IS NULL AND ${t.collectiveId} IS NULL AND ${t.recipientUnitId} IS NULL)
       OR (${t.recipientKind} = 'household' AND ${t.householdId} IS NOT NULL AND ${t.personId} IS NULL AND ${t.collectiveId} IS NULL AND ${t.recipientUnitId} IS NULL)
       OR (${t.recipientKind} = 'collective' AND ${t.collectiveId} IS NOT NULL AND ${t.personId} IS NULL AND ${t.householdId} IS NULL AND ${t.recipientUnitId} IS NULL)
       OR (${t.recipientKind} = 'unit' AND ${t.recipientUnitId} IS NOT NULL AND ${t.personId} IS NULL AND ${t.householdId} IS NULL AND ${t.collectiveId} IS NULL)`,
    ),
    check("awards_source_check", sql`${t.source} IN ('decided', 'superior', 'manual', 'imported')`),
    index("awards_decision_idx").on(t.decisionId),
    uniqueIndex("awards_nomination_idx").on(t.nominationId),
    check("awards_year_check", sql`${t.year} IS NULL OR ${t.year} BETWEEN 1945 AND 2200`),
  ],
);

/** Each award list imported into a unit, once (like people_imports). */
export const awardImports = pgTable(
  "award_imports",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    sha256: text("sha256").notNull(),
    fileName: text("file_name").notNull(),
    awards: integer("awards").notNull(),
    importedBy: integer("imported_by"),
    importedAt: createdAt(),
  },
  (t) => [uniqueIndex("award_imports_unit_file_idx").on(t.unitId, t.sha256)],
);

/** An assessment list imported into a unit: one file once per unit (by its SHA-256). */
export const assessmentImports = pgTable(
  "assessment_imports",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    sha256: text("sha256").notNull(),
    fileName: text("file_name").notNull(),
    /** Ratings added, and ratings changed from what was recorded. */
    added: integer("added").notNull(),
    changed: integer("changed").notNull(),
    importedBy: integer("imported_by"),
    importedAt: createdAt(),
  },
  (t) => [uniqueIndex("assessment_imports_unit_file_idx").on(t.unitId, t.sha256)],
);

/** A person's yearly assessment (đánh giá, xếp loại): one per person and year; changes are in the audit log. */
export const yearlyAssessments = pgTable(
  "yearly_assessments",
  {
    id: serial("id").primaryKey(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    /** "excellent", "good", "completed", "not_completed". */
    rating: text("rating").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: integer("recorded_by"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("yearly_assessments_person_year_idx").on(t.personId, t.year),
    check("yearly_assessments_rating_check", sql`${t.rating} IN ('excellent', 'good', 'completed', 'not_completed')`),
  ],
);

/** A discipline (kỷ luật): its form, the decision, and the period it runs. */
export const disciplines = pgTable(
  "disciplines",
  {
    id: serial("id").primaryKey(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    /** "reprimand", "warning", "salary_reduction", "demotion", "removal", "dismissal". */
    form: text("form").notNull(),
    decision: text("decision").notNull().default(""),
    decidedOn: date("decided_on").notNull(),
    /** The last day the discipline runs; achievements count again from the day after. */
    endsOn: date("ends_on"),
    note: text("note").notNull().default(""),
    recordedBy: integer("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [index("disciplines_person_idx").on(t.personId), check("disciplines_dates_check", sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.decidedOn}`)],
);

/** A hold (tạm hoãn xét khen thưởng): under investigation, inspection, a pending complaint… */
export const awardHolds = pgTable(
  "award_holds",
  {
    id: serial("id").primaryKey(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    startsOn: date("starts_on").notNull(),
    /** Null while it lasts. */
    endsOn: date("ends_on"),
    note: text("note").notNull().default(""),
    recordedBy: integer("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [index("award_holds_person_idx").on(t.personId), check("award_holds_dates_check", sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`)],
);

/** A recognised initiative (sáng kiến) or accepted research, with how far its recognition reaches. */
export const initiatives = pgTable(
  "initiatives",
  {
    id: serial("id").primaryKey(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** "unit", "province", "national". */
    scope: text("scope").notNull(),
    recognisedOn: date("recognised_on").notNull(),
    recognisedBy: text("recognised_by").notNull().default(""),
    note: text("note").notNull().default(""),
    recordedBy: integer("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [index("initiatives_person_idx").on(t.personId)],
);
