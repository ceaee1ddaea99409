// Movements (phong trào thi đua): criteria and targets, registrations, progress check-ins
// with evidence, reviews, activities, tasks with working-day deadlines, reminders.
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { documents } from "./documents";
import { files, users } from "./platform";
import { units } from "./registry";

/** Exact decimals (percentages, amounts) read as numbers. */
const decimal = (name: string) => numeric(name, { precision: 14, scale: 4, mode: "number" });

/**
 * A movement launched by a unit, on its own or from an issued plan. A higher level's
 * movement is run by each subordinate unit as its own part (`parent_id`).
 */
export const movements = pgTable(
  "movements",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    parentId: integer("parent_id"),
    planDocumentId: integer("plan_document_id").references(() => documents.id),
    name: text("name").notNull(),
    /** "regular" (thường xuyên) or "campaign" (theo đợt / chuyên đề). */
    kind: text("kind").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    registrationDeadline: date("registration_deadline"),
    description: text("description").notNull().default(""),
    /** "draft", "launched", "closed". */
    status: text("status").notNull().default("draft"),
    launchedAt: ts("launched_at"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("movements_unit_idx").on(t.unitId), index("movements_parent_idx").on(t.parentId)],
);

/** Dates that matter in a movement: anniversaries (7/5/2024), the interim and final reviews. */
export const movementMilestones = pgTable(
  "movement_milestones",
  {
    id: serial("id").primaryKey(),
    movementId: integer("movement_id").notNull().references(() => movements.id),
    on: date("on").notNull(),
    name: text("name").notNull(),
    /** "anniversary", "interim_review", "final_review", "other". */
    kind: text("kind").notNull().default("other"),
  },
  (t) => [index("movement_milestones_movement_idx").on(t.movementId, t.on)],
);

/** Standing movements a campaign is linked to ("Vì người nghèo - Không để ai bị bỏ lại phía sau"). */
export const movementLinks = pgTable(
  "movement_links",
  {
    movementId: integer("movement_id").notNull().references(() => movements.id),
    linkedId: integer("linked_id").notNull().references(() => movements.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.linkedId] })],
);

/** The units and organisations taking part. */
export const movementParticipants = pgTable(
  "movement_participants",
  {
    movementId: integer("movement_id").notNull().references(() => movements.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.unitId] }), index("movement_participants_unit_idx").on(t.unitId)],
);

/** A measurable criterion with its target; optional points; for all participants or one kind of unit. */
export const criteria = pgTable(
  "criteria",
  {
    id: serial("id").primaryKey(),
    movementId: integer("movement_id").notNull().references(() => movements.id),
    groupName: text("group_name").notNull(),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    /** "number", "percent" or "boolean". */
    measure: text("measure").notNull(),
    /** The number or percentage to reach; null for yes/no (the target is "yes"). */
    target: decimal("target"),
    unitLabel: text("unit_label"),
    maxPoints: decimal("max_points"),
    bonusPoints: decimal("bonus_points"),
    /** A unit kind ("residential_group", "mass_organisation"…) or null for every participant. */
    appliesTo: text("applies_to"),
  },
  (t) => [index("criteria_movement_idx").on(t.movementId, t.position)],
);

/** A participant's commitment (đăng ký thi đua): targets and the titles it aims for. */
export const registrations = pgTable(
  "registrations",
  {
    id: serial("id").primaryKey(),
    movementId: integer("movement_id").notNull().references(() => movements.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** "submitted", "accepted", "returned". */
    status: text("status").notNull().default("submitted"),
    /** Titles aimed for, as catalogue codes ("TTLDTT"). */
    titles: jsonb("titles").notNull().default(sql`'[]'::jsonb`),
    /** A title the catalogue does not hold, written in by the participant. */
    otherTitle: text("other_title"),
    note: text("note").notNull().default(""),
    /** Why the unit returned it. */
    reason: text("reason"),
    submittedBy: integer("submitted_by"),
    submittedAt: ts("submitted_at").notNull().defaultNow(),
    decidedBy: integer("decided_by"),
    decidedAt: ts("decided_at"),
  },
  (t) => [uniqueIndex("registrations_movement_unit_idx").on(t.movementId, t.unitId)],
);

export const registrationTargets = pgTable(
  "registration_targets",
  {
    registrationId: integer("registration_id").notNull().references(() => registrations.id),
    criterionId: integer("criterion_id").notNull().references(() => criteria.id),
    target: decimal("target"),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.criterionId] })],
);

/** A periodic progress report of one participant on one criterion. */
export const checkins = pgTable(
  "checkins",
  {
    id: serial("id").primaryKey(),
    movementId: integer("movement_id").notNull().references(() => movements.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    criterionId: integer("criterion_id").notNull().references(() => criteria.id),
    reportedOn: date("reported_on").notNull(),
    /** "on_track" (đúng tiến độ), "late" (chậm), "at_risk" (có nguy cơ). */
    status: text("status").notNull(),
    /** Numbers and percentages; yes/no as 1 or 0. */
    value: decimal("value"),
    narrative: text("narrative").notNull().default(""),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
    /** The form's one-time key: a double click or a retried request stores one check-in. */
    requestKey: text("request_key"),
  },
  (t) => [
    index("checkins_movement_unit_idx").on(t.movementId, t.unitId, t.criterionId, t.reportedOn),
    uniqueIndex("checkins_request_key_idx").on(t.requestKey),
  ],
);

/** Evidence attached to a check-in or an activity (photos resized, PDFs, documents), stored by hash. */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: serial("id").primaryKey(),
    checkinId: integer("checkin_id").references(() => checkins.id),
    activityId: integer("activity_id").references(() => activities.id),
    sha256: text("sha256").notNull().references(() => files.sha256),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    width: integer("width"),
    height: integer("height"),
  },
  (t) => [index("evidence_files_checkin_idx").on(t.checkinId), index("evidence_files_activity_idx").on(t.activityId)],
);

/** Interim (sơ kết) and final (tổng kết) review of one criterion: the participant's own assessment, then the unit's. */
export const assessments = pgTable(
  "assessments",
  {
    id: serial("id").primaryKey(),
    movementId: integer("movement_id").notNull().references(() => movements.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    criterionId: integer("criterion_id").notNull().references(() => criteria.id),
    /** "interim" or "final". */
    stage: text("stage").notNull(),
    selfValue: decimal("self_value"),
    selfNote: text("self_note"),
    unitValue: decimal("unit_value"),
    unitNote: text("unit_note"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("assessments_key_idx").on(t.movementId, t.unitId, t.criterionId, t.stage)],
);

/** Every change of an assessment keeps its old value, new value and reason. */
export const assessmentChanges = pgTable(
  "assessment_changes",
  {
    id: serial("id").primaryKey(),
    assessmentId: integer("assessment_id").notNull().references(() => assessments.id),
    /** "self" or "unit". */
    side: text("side").notNull(),
    oldValue: decimal("old_value"),
    newValue: decimal("new_value"),
    reason: text("reason").notNull(),
    changedBy: integer("changed_by"),
    changedAt: ts("changed_at").notNull().defaultNow(),
  },
  (t) => [index("assessment_changes_assessment_idx").on(t.assessmentId)],
);

/** Ceremonies, talks with historical witnesses, visits, culture and sports events. */
export const activities = pgTable(
  "activities",
  {
    id: serial("id").primaryKey(),
    movementId: integer("movement_id").notNull().references(() => movements.id),
    unitId: integer("unit_id").notNull().references(() => units.id),
    title: text("title").notNull(),
    /** "ceremony", "talk", "visit", "culture_sports", "other". */
    kind: text("kind").notNull(),
    happenedOn: date("happened_on").notNull(),
    place: text("place").notNull().default(""),
    participants: text("participants").notNull().default(""),
    description: text("description").notNull().default(""),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
    requestKey: text("request_key"),
  },
  (t) => [index("activities_movement_idx").on(t.movementId, t.happenedOn), uniqueIndex("activities_request_key_idx").on(t.requestKey)],
);

/** An assignment with a responsible unit, collaborators and a due date (maybe set in working days). */
export const tasks = pgTable(
  "tasks",
  {
    id: serial("id").primaryKey(),
    /** The unit that assigned it (the plan's issuer). */
    unitId: integer("unit_id").notNull().references(() => units.id),
    movementId: integer("movement_id").references(() => movements.id),
    /** The plan and its III. assignment the task comes from. */
    documentId: integer("document_id").references(() => documents.id),
    assignmentIndex: integer("assignment_index"),
    responsibleUnitId: integer("responsible_unit_id").references(() => units.id),
    /** The party as the plan prints it, when it is not a unit in the system. */
    responsibleLabel: text("responsible_label").notNull(),
    collaboratorUnitIds: jsonb("collaborator_unit_ids").notNull().default(sql`'[]'::jsonb`),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    dueOn: date("due_on"),
    /** When the deadline was given as N working days from `startsOn`. */
    dueWorkingDays: integer("due_working_days"),
    startsOn: date("starts_on"),
    /** "open" or "done". */
    status: text("status").notNull().default("open"),
    doneAt: ts("done_at"),
    doneBy: integer("done_by"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("tasks_responsible_idx").on(t.responsibleUnitId, t.status, t.dueOn),
    index("tasks_unit_idx").on(t.unitId, t.status, t.dueOn),
    uniqueIndex("tasks_assignment_idx").on(t.documentId, t.assignmentIndex),
  ],
);

/** The government's yearly changes to days off (swaps, make-up Saturdays), editable data. */
export const calendarAdjustments = pgTable("calendar_adjustments", {
  date: date("date").primaryKey(),
  /** "day_off" or "working_day". */
  kind: text("kind").notNull(),
  name: text("name").notNull(),
  nameEn: text("name_en"),
  source: text("source").notNull(),
  createdBy: integer("created_by"),
  createdAt: createdAt(),
});

/** How often a person wants reminders, and where. */
export const reminderPreferences = pgTable("reminder_preferences", {
  userId: integer("user_id").primaryKey().references(() => users.id),
  /** "daily", "weekly" (Mondays) or "off". */
  frequency: text("frequency").notNull().default("daily"),
  email: boolean("email").notNull().default(true),
  inApp: boolean("in_app").notNull().default(true),
});

/** In-app notifications; a digest is one per person per day (unique), whatever retries happen. */
export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    digestOn: date("digest_on"),
    readAt: ts("read_at"),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt), uniqueIndex("notifications_digest_idx").on(t.userId, t.kind, t.digestOn)],
);
