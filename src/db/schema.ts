// One schema for the embedded database (PGlite) and a PostgreSQL server.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  customType,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

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
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_idx").on(sql`lower(${t.email})`)],
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

/** Incoming documents (văn bản đến) that plans cite as their basis (căn cứ). */
export const directives = pgTable(
  "directives",
  {
    id: serial("id").primaryKey(),
    /** The receiving unit, whose officials see it. */
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** "1240/UBND-NV" as printed after "Số:". */
    numberSymbol: text("number_symbol").notNull(),
    /** "Công văn", "Kế hoạch", "Quyết định"… as written in the citation. */
    kind: text("kind").notNull(),
    issuer: text("issuer").notNull(),
    issuedOn: date("issued_on").notNull(),
    summary: text("summary").notNull(),
    fileSha256: text("file_sha256").references(() => files.sha256),
    fileName: text("file_name"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("directives_unit_number_idx").on(t.unitId, t.numberSymbol, t.issuedOn)],
);

/**
 * Outgoing official documents (văn bản đi): plans now, decisions and reports later.
 * A draft is edited in versions; an issued document is frozen (a trigger refuses any
 * change) and carries its number from the register and its rendered files.
 */
export const documents = pgTable(
  "documents",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    typeCode: text("type_code").notNull(),
    status: text("status").notNull().default("draft"),
    summary: text("summary").notNull(),
    /** The type's content (PlanContent for a plan), as of the latest version. */
    content: jsonb("content").notNull(),
    /** Header settings the clerk may adjust: parent body, issuing body, symbol, place, archive line. */
    header: jsonb("header").notNull(),
    version: integer("version").notNull().default(1),
    year: integer("year"),
    number: integer("number"),
    numberSymbol: text("number_symbol"),
    issuedOn: date("issued_on"),
    issuedAt: ts("issued_at"),
    signerId: integer("signer_id"),
    signerName: text("signer_name"),
    signingForm: text("signing_form"),
    authority: jsonb("authority"),
    docxSha256: text("docx_sha256").references(() => files.sha256),
    pdfSha256: text("pdf_sha256").references(() => files.sha256),
    /** An issued document this one corrects or replaces. */
    correctsId: integer("corrects_id"),
    copiedFromId: integer("copied_from_id"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("documents_unit_status_idx").on(t.unitId, t.status),
    uniqueIndex("documents_register_idx").on(t.unitId, t.year, t.number),
  ],
);

export const documentVersions = pgTable(
  "document_versions",
  {
    documentId: integer("document_id").notNull().references(() => documents.id),
    version: integer("version").notNull(),
    summary: text("summary").notNull(),
    content: jsonb("content").notNull(),
    header: jsonb("header").notNull(),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version] })],
);

/** The directives a document cites, in the order cited. */
export const documentBases = pgTable(
  "document_bases",
  {
    documentId: integer("document_id").notNull().references(() => documents.id),
    directiveId: integer("directive_id").notNull().references(() => directives.id),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.directiveId] })],
);

/**
 * A document's Nơi nhận list in printed order. A line with a unit is delivered to that
 * unit's officials (inbox and e-mail) and its first opening is recorded; a line
 * without one (a body outside the system) is only printed.
 */
export const documentRecipients = pgTable(
  "document_recipients",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id").notNull().references(() => documents.id),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    unitId: integer("unit_id").references(() => units.id),
    deliveredAt: ts("delivered_at"),
    openedAt: ts("opened_at"),
    openedBy: integer("opened_by"),
  },
  (t) => [index("document_recipients_document_idx").on(t.documentId, t.position), index("document_recipients_unit_idx").on(t.unitId)],
);

/** The document's history as its users see it: saves, submissions, returns with reasons, comments, issue. */
export const documentEvents = pgTable(
  "document_events",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id").notNull().references(() => documents.id),
    action: text("action").notNull(),
    version: integer("version").notNull(),
    actorId: integer("actor_id"),
    actorName: text("actor_name").notNull(),
    /** The reason of a return, or a reviewer's comment. */
    note: text("note"),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("document_events_document_idx").on(t.documentId)],
);

/** Sổ văn bản đi: the last number given per issuing unit and year. Taken in the issuing transaction, so a failed issue leaves no gap. */
export const registerCounters = pgTable(
  "register_counters",
  {
    unitId: integer("unit_id").notNull().references(() => units.id),
    year: integer("year").notNull(),
    lastNumber: integer("last_number").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/**
 * A written authorisation to sign for the head of a unit: "TL." (by order) or "TUQ."
 * (by authorisation), granted by the Chairman to a named official with their own post,
 * for a period. Revoked authorisations stay, for the record of what was signed under them.
 */
export const signingAuthorisations = pgTable(
  "signing_authorisations",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    userId: integer("user_id").notNull().references(() => users.id),
    form: text("form").notNull(),
    /** The signer's own post as printed under the authority line: "CHÁNH VĂN PHÒNG". */
    signerTitle: text("signer_title").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    grantedBy: integer("granted_by"),
    revokedAt: ts("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("signing_authorisations_unit_idx").on(t.unitId, t.userId)],
);

export * from "./schema-movements";
