// Official documents: incoming directives, outgoing documents with their versions, bases,
// recipients and history, the register of numbers, and the authorisations to sign.
import { date, index, integer, jsonb, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { files, users } from "./platform";
import { units } from "./registry";

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
