// The registry: the tree of units and their mergers, households, people and their
// memberships, collectives, the people imports, and the word index of people search.
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";

/** Units form one tree; `path` ("/1/4/9/") makes "this unit and its sub-units" one prefix test. */
export const units = pgTable(
  "units",
  {
    id: serial("id").primaryKey(),
    parentId: integer("parent_id"),
    path: text("path").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    code: text("code"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    /** Name without tones, lower-case: what searches match (trigram index). */
    searchText: text("search_text").notNull().default(""),
    /** Vietnamese order as bytes (src/domain/text/vietnamese.ts), compared with COLLATE "C". */
    sortKey: text("sort_key").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    index("units_parent_idx").on(t.parentId),
    index("units_path_idx").using("btree", sql`${t.path} text_pattern_ops`),
    uniqueIndex("units_code_idx").on(t.code),
  ],
);

/** When units merge (as on 1 July 2025), the new unit links to those it replaced. */
export const unitSuccessions = pgTable(
  "unit_successions",
  {
    successorId: integer("successor_id").notNull().references(() => units.id),
    predecessorId: integer("predecessor_id").notNull().references(() => units.id),
    effectiveOn: date("effective_on").notNull(),
  },
  (t) => [primaryKey({ columns: [t.successorId, t.predecessorId] }), index("unit_successions_predecessor_idx").on(t.predecessorId)],
);

export const households = pgTable(
  "households",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    code: text("code"),
    address: text("address"),
    createdAt: createdAt(),
  },
  (t) => [index("households_unit_idx").on(t.unitId)],
);

export const people = pgTable(
  "people",
  {
    id: serial("id").primaryKey(),
    fullName: text("full_name").notNull(),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    gender: text("gender"),
    /** The day of birth when known; the year alone is common for elderly residents. */
    birthDate: date("birth_date"),
    /** Always the year of `birth_date` when there is one (a check keeps them together). */
    birthYear: integer("birth_year"),
    ethnicity: text("ethnicity"),
    /** Người lao động trực tiếp: counts for the quotas of the award rules. */
    frontline: boolean("frontline").notNull().default(false),
    phone: text("phone"),
    email: text("email"),
    address: text("address"),
    /** Where the person lives or works: a residential group, an agency, the commune itself. */
    unitId: integer("unit_id").notNull().references(() => units.id),
    householdId: integer("household_id").references(() => households.id),
    householdRole: text("household_role"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [index("people_unit_idx").on(t.unitId), index("people_household_idx").on(t.householdId)],
);

/** Positions and memberships over time: "Chủ tịch Hội Nông dân phường from 2021". */
export const memberships = pgTable(
  "memberships",
  {
    id: serial("id").primaryKey(),
    personId: integer("person_id").notNull().references(() => people.id, { onDelete: "cascade" }),
    unitId: integer("unit_id").notNull().references(() => units.id),
    position: text("position"),
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    createdAt: createdAt(),
  },
  (t) => [index("memberships_person_idx").on(t.personId), index("memberships_unit_idx").on(t.unitId)],
);

/**
 * Each spreadsheet of people imported into a unit, once: the same file (by SHA-256) confirmed
 * twice, or by two officials at the same moment, adds its rows once.
 */
export const peopleImports = pgTable(
  "people_imports",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    sha256: text("sha256").notNull(),
    fileName: text("file_name").notNull(),
    people: integer("people").notNull(),
    households: integer("households").notNull(),
    collectives: integer("collectives").notNull(),
    importedBy: integer("imported_by"),
    importedAt: createdAt(),
  },
  (t) => [uniqueIndex("people_imports_unit_file_idx").on(t.unitId, t.sha256)],
);

/** A group commended as a whole that is not itself a unit of the tree (a team, a club, a family). */
export const collectives = pgTable(
  "collectives",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    kind: text("kind").notNull(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    memberCount: integer("member_count"),
    createdAt: createdAt(),
  },
  (t) => [index("collectives_unit_idx").on(t.unitId)],
);

/**
 * People search: one row per distinct word of each person's folded name (people.search_text),
 * with the person's sort key and unit, so that a word (or the beginning of one) reads its
 * matches from the index already in Vietnamese order. Derived from people by the triggers of
 * migration 0004, which also holds the index, COLLATE "C" and a copy of people.search_text
 * (the other query words are checked on it inside the index); nothing writes it but them.
 */
export const personWords = pgTable("person_words", {
  word: text("word").notNull(),
  sortKey: text("sort_key").notNull(),
  personId: integer("person_id").notNull(),
  unitId: integer("unit_id").notNull(),
  /** The whole folded name, so the other words of a query are checked inside the index entry. */
  searchText: text("search_text").notNull(),
});
