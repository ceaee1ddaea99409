// The platform: uploaded files, accounts and their roles, sessions, API tokens,
// invitations and password resets, national administrators, installation-wide values,
// rate limits, background jobs and the audit log.
import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, customType, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { people, units } from "./registry";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** Uploaded files, kept in PostgreSQL by content hash, so that one backup holds everything. */
export const files = pgTable("files", {
  sha256: text("sha256").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  size: integer("size").notNull(),
  bytes: bytea("bytes").notNull(),
  createdBy: integer("created_by"),
  createdAt: createdAt(),
});

export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull(),
    fullName: text("full_name").notNull(),
    passwordHash: text("password_hash"),
    lang: text("lang").notNull().default("vi"),
    disabledAt: ts("disabled_at"),
    /** The person this account is, when linked: "my own nomination", and later recusal, are known by it. */
    personId: integer("person_id").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_idx").on(sql`lower(${t.email})`), uniqueIndex("users_person_idx").on(t.personId)],
);

export const roleAssignments = pgTable(
  "role_assignments",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    unitId: integer("unit_id").notNull().references(() => units.id),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("role_assignments_unique").on(t.userId, t.unitId, t.role), index("role_assignments_unit_idx").on(t.unitId)],
);

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    userAgent: text("user_agent"),
    ip: text("ip"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * National administrators: the accounts that may change national data (the working-day
 * calendar, the official unit list, the legal catalogue). Not a role on a unit: it gives no
 * right over any unit's records. The set-up administrator is one; the console names others.
 */
export const nationalAdministrators = pgTable("national_administrators", {
  userId: integer("user_id").primaryKey().references(() => users.id, { onDelete: "cascade" }),
  grantedAt: createdAt(),
  /** Who named them: "setup", "demo", "CLI" or the national administrator's label. */
  grantedBy: text("granted_by").notNull(),
});

export const apiTokens = pgTable("api_tokens", {
  id: serial("id").primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: ts("last_used_at"),
  revokedAt: ts("revoked_at"),
});

export const invitations = pgTable("invitations", {
  id: serial("id").primaryKey(),
  email: text("email").notNull(),
  fullName: text("full_name").notNull(),
  unitId: integer("unit_id").notNull().references(() => units.id),
  role: text("role").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  invitedBy: integer("invited_by").references(() => users.id),
  createdAt: createdAt(),
  expiresAt: ts("expires_at").notNull(),
  acceptedAt: ts("accepted_at"),
});

export const passwordResets = pgTable("password_resets", {
  id: serial("id").primaryKey(),
  userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  expiresAt: ts("expires_at").notNull(),
  usedAt: ts("used_at"),
});

/** Small installation-wide values, e.g. the hash of the one-time set-up token. */
export const appState = pgTable("app_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** Fixed-window counters shared by every app process. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: ts("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Background jobs, claimed with FOR UPDATE SKIP LOCKED so several processes can share them. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull(),
    runAt: ts("run_at").notNull().defaultNow(),
    lockedUntil: ts("locked_until"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    doneAt: ts("done_at"),
    createdAt: createdAt(),
    /** Set for jobs that must exist once (a person's digest of a day): enqueueing it again does nothing. */
    key: text("key"),
  },
  (t) => [index("jobs_pending_idx").on(t.runAt).where(sql`done_at IS NULL`), uniqueIndex("jobs_key_idx").on(t.key)],
);

/** Append-only, hash-chained: each entry's hash covers its content and the previous hash. */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: ts("at").notNull(),
    actorId: integer("actor_id"),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    unitId: integer("unit_id"),
    unitPath: text("unit_path"),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [index("audit_log_action_idx").on(t.action), index("audit_log_at_idx").on(t.at), index("audit_log_actor_idx").on(t.actorId)],
);

/**
 * One row: the chain's latest entry. Locking it serialises appends; it also anchors the tail.
 * Entries from `keyedFrom` on are HMACs under the audit key (earlier ones, from before the key,
 * plain SHA-256); `mac` signs seq, hash and keyedFrom with that key. Migration 0009 adds the
 * triggers that keep audit_log append-only and let this row only move forward.
 */
export const auditHead = pgTable("audit_head", {
  id: boolean("id").primaryKey().default(true),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
  keyedFrom: bigint("keyed_from", { mode: "number" }).notNull(),
  mac: text("mac"),
});
