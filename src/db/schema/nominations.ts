// Nominations (hồ sơ đề nghị khen thưởng): who is put forward for what by which unit or
// organisation, their dossier's documents, the timeline of what happened and by whom, and the
// duplicates flagged for a person to decide.
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, serial, text } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { users } from "./platform";
import { movements, tasks } from "./movements";
import { collectives, households, people, units } from "./registry";

export const nominations = pgTable(
  "nominations",
  {
    id: serial("id").primaryKey(),
    /** The nominating unit or organisation (the Front, a mass organisation, a residential group, the commune). */
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** The government that screens it: the nominating unit's own commune (or district, province). */
    screeningUnitId: integer("screening_unit_id").notNull().references(() => units.id),
    movementId: integer("movement_id").references(() => movements.id),
    nomineeKind: text("nominee_kind").notNull(),
    personId: integer("person_id").references(() => people.id),
    householdId: integer("household_id").references(() => households.id),
    collectiveId: integer("collective_id").references(() => collectives.id),
    nomineeUnitId: integer("nominee_unit_id").references(() => units.id),
    /** The nominee's name when put forward. */
    nomineeName: text("nominee_name").notNull(),
    /** Folded, tone-free nominee name and achievement: what searches match. */
    searchText: text("search_text").notNull().default(""),
    formCode: text("form_code").notNull(),
    /** The year of the work the award is for. */
    year: integer("year").notNull(),
    commendationKind: text("commendation_kind").notNull(),
    achievement: text("achievement").notNull().default(""),
    /** The day the decision is planned: the rules of that day apply (a 2024 nomination under Decree 98). */
    decisionDate: date("decision_date").notNull(),
    /** Who decides, as routed on submission: a unit of the tree, or null for the central State. */
    decidingUnitId: integer("deciding_unit_id").references(() => units.id),
    decidingTier: text("deciding_tier"),
    /** "draft", "submitted", "returned", "accepted", "withdrawn". */
    status: text("status").notNull().default("draft"),
    /** The council's standing member handling it. */
    handlerId: integer("handler_id").references(() => users.id),
    /** The reason of the last return. */
    returnReason: text("return_reason"),
    /** The processing deadline's task, made on submission. */
    taskId: integer("task_id").references(() => tasks.id),
    /** The last eligibility check: verdict, each rule's answer and what is missing. */
    eligibility: jsonb("eligibility"),
    checkedAt: ts("checked_at"),
    submittedAt: ts("submitted_at"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("nominations_unit_idx").on(t.unitId, t.status),
    index("nominations_screening_idx").on(t.screeningUnitId, t.status),
    index("nominations_person_idx").on(t.personId),
    index("nominations_household_idx").on(t.householdId),
    index("nominations_collective_idx").on(t.collectiveId),
    index("nominations_nominee_unit_idx").on(t.nomineeUnitId),
    index("nominations_movement_idx").on(t.movementId),
    check(
      "nominations_nominee_check",
      sql`(${t.nomineeKind} = 'person' AND ${t.personId} IS NOT NULL AND ${t.householdId} IS NULL AND ${t.collectiveId} IS NULL AND ${t.nomineeUnitId} IS NULL)
       OR (${t.nomineeKind} = 'household' AND ${t.householdId} IS NOT NULL AND ${t.personId} IS NULL AND ${t.collectiveId} IS NULL AND ${t.nomineeUnitId} IS NULL)
       OR (${t.nomineeKind} = 'collective' AND ${t.collectiveId} IS NOT NULL AND ${t.personId} IS NULL AND ${t.householdId} IS NULL AND ${t.nomineeUnitId} IS NULL)
       OR (${t.nomineeKind} = 'unit' AND ${t.nomineeUnitId} IS NOT NULL AND ${t.personId} IS NULL AND ${t.householdId} IS NULL AND ${t.collectiveId} IS NULL)`,
    ),
    check("nominations_status_check", sql`${t.status} IN ('draft', 'submitted', 'returned', 'accepted', 'withdrawn')`),
    check("nominations_year_check", sql`${t.year} BETWEEN 1945 AND 2200`),
  ],
);

/** A document of a dossier: drawn up by the product, or uploaded where it was signed on paper. */
export const nominationDocuments = pgTable(
  "nomination_documents",
  {
    id: serial("id").primaryKey(),
    nominationId: integer("nomination_id").notNull().references(() => nominations.id),
    /** The catalogue's dossier item ("to_trinh", "bao_cao_thanh_tich"…). */
    itemCode: text("item_code").notNull(),
    /** "uploaded" or "generated". */
    source: text("source").notNull(),
    sha256: text("sha256").notNull(),
    fileName: text("file_name").notNull(),
    addedBy: integer("added_by"),
    addedAt: createdAt(),
    /** Replaced by a later document of the same item (kept for the record). */
    replacedAt: ts("replaced_at"),
  },
  (t) => [index("nomination_documents_nomination_idx").on(t.nominationId)],
);

/** The timeline of a nomination: what happened, by whom, with the reason where one is needed. */
export const nominationEvents = pgTable(
  "nomination_events",
  {
    id: serial("id").primaryKey(),
    nominationId: integer("nomination_id").notNull().references(() => nominations.id),
    action: text("action").notNull(),
    actorId: integer("actor_id"),
    actorName: text("actor_name").notNull(),
    reason: text("reason"),
    at: createdAt(),
  },
  (t) => [index("nomination_events_nomination_idx").on(t.nominationId, t.id)],
);

/** A duplicate or overlap found on submission, until a person decides what to do with it. */
export const nominationFlags = pgTable(
  "nomination_flags",
  {
    id: serial("id").primaryKey(),
    nominationId: integer("nomination_id").notNull().references(() => nominations.id),
    /** "same_campaign", "two_levels", "same_achievement", "already_awarded". */
    kind: text("kind").notNull(),
    otherNominationId: integer("other_nomination_id").references(() => nominations.id),
    decisionNumber: text("decision_number"),
    /** "kept" (both go on) or "set_aside"; null while undecided. */
    resolution: text("resolution"),
    resolvedBy: integer("resolved_by"),
    resolvedAt: ts("resolved_at"),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("nomination_flags_nomination_idx").on(t.nominationId)],
);
