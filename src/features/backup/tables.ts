// The tables a backup holds, in an order that satisfies foreign keys on restore.
// A later migration that adds a table adds it here; a test checks none is missing.
// A derived table (rebuilt by triggers as its source rows are restored) is listed with
// `derived: true`: its rows are not written, and are rebuilt on restore.
export const BACKUP_TABLES: readonly { name: string; orderBy: string; derived?: boolean }[] = [
  { name: "units", orderBy: "length(path), id" },
  { name: "unit_successions", orderBy: "successor_id, predecessor_id" },
  { name: "households", orderBy: "id" },
  { name: "people", orderBy: "id" },
  /** Words of people's names (migration 0004): the triggers on people rebuild it. */
  { name: "person_words", orderBy: "person_id, word", derived: true },
  { name: "memberships", orderBy: "id" },
  { name: "collectives", orderBy: "id" },
  { name: "files", orderBy: "sha256" },
  { name: "users", orderBy: "id" },
  { name: "national_administrators", orderBy: "user_id" },
  { name: "directives", orderBy: "id" },
  { name: "documents", orderBy: "id" },
  { name: "document_versions", orderBy: "document_id, version" },
  { name: "document_bases", orderBy: "document_id, position" },
  { name: "document_recipients", orderBy: "id" },
  { name: "document_events", orderBy: "id" },
  { name: "register_counters", orderBy: "unit_id, year" },
  { name: "signing_authorisations", orderBy: "id" },
  { name: "movements", orderBy: "id" },
  { name: "movement_milestones", orderBy: "id" },
  { name: "movement_links", orderBy: "movement_id, linked_id" },
  { name: "movement_participants", orderBy: "movement_id, unit_id" },
  { name: "criteria", orderBy: "id" },
  { name: "registrations", orderBy: "id" },
  { name: "registration_targets", orderBy: "registration_id, criterion_id" },
  { name: "checkins", orderBy: "id" },
  { name: "activities", orderBy: "id" },
  { name: "evidence_files", orderBy: "id" },
  { name: "assessments", orderBy: "id" },
  { name: "assessment_changes", orderBy: "id" },
  { name: "tasks", orderBy: "id" },
  { name: "calendar_adjustments", orderBy: "date" },
  { name: "reminder_preferences", orderBy: "user_id" },
  { name: "notifications", orderBy: "id" },
  { name: "role_assignments", orderBy: "id" },
  { name: "sessions", orderBy: "created_at" },
  { name: "api_tokens", orderBy: "id" },
  { name: "invitations", orderBy: "id" },
  { name: "password_resets", orderBy: "id" },
  { name: "app_state", orderBy: "key" },
  { name: "rate_limits", orderBy: "key" },
  { name: "jobs", orderBy: "id" },
  { name: "audit_log", orderBy: "seq" },
  { name: "audit_head", orderBy: "id" },
];

export const BACKUP_FORMAT = "thidua-backup";
export const BACKUP_VERSION = 1;
