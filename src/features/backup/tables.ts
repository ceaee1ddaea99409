// The tables a backup holds, in an order that satisfies foreign keys on restore.
// A later migration that adds a table adds it here; a test checks none is missing.
export const BACKUP_TABLES = [
  { name: "units", orderBy: "length(path), id" },
  { name: "unit_successions", orderBy: "successor_id, predecessor_id" },
  { name: "households", orderBy: "id" },
  { name: "people", orderBy: "id" },
  { name: "memberships", orderBy: "id" },
  { name: "collectives", orderBy: "id" },
  { name: "files", orderBy: "sha256" },
  { name: "users", orderBy: "id" },
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
] as const;

export const BACKUP_FORMAT = "thidua-backup";
export const BACKUP_VERSION = 1;
