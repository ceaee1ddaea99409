// Public disclosure (công khai) of the candidates: the list a screening government publishes
// for the period the catalogue sets, the nominations on it, and the public's comments on it,
// moderated before they show and answered by the council's standing member.
import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { nominations } from "./nominations";
import { users } from "./platform";
import { units } from "./registry";

export const disclosures = pgTable(
  "disclosures",
  {
    id: serial("id").primaryKey(),
    /** The screening government that publishes the list (the commune, district or province). */
    unitId: integer("unit_id").notNull().references(() => units.id),
    title: text("title").notNull(),
    /** The first day the list is public; nothing of it shows before. */
    startsOn: date("starts_on").notNull(),
    /** The last day comments are taken. */
    endsOn: date("ends_on").notNull(),
    workingDays: integer("working_days").notNull(),
    /** The catalogue entry whose period was used (the longest among the forms on the list). */
    citation: text("citation").notNull(),
    publishedBy: integer("published_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("disclosures_unit_idx").on(t.unitId, t.startsOn), check("disclosures_period_check", sql`${t.endsOn} >= ${t.startsOn} AND ${t.workingDays} >= 1`)],
);

export const disclosureItems = pgTable(
  "disclosure_items",
  {
    disclosureId: integer("disclosure_id").notNull().references(() => disclosures.id),
    nominationId: integer("nomination_id").notNull().references(() => nominations.id),
  },
  (t) => [uniqueIndex("disclosure_items_unique").on(t.disclosureId, t.nominationId), index("disclosure_items_nomination_idx").on(t.nominationId)],
);

export const disclosureComments = pgTable(
  "disclosure_comments",
  {
    id: serial("id").primaryKey(),
    disclosureId: integer("disclosure_id").notNull().references(() => disclosures.id),
    /** The candidate the comment is about, if one was chosen. */
    nominationId: integer("nomination_id").references(() => nominations.id),
    authorName: text("author_name").notNull(),
    authorContact: text("author_contact").notNull(),
    body: text("body").notNull(),
    /** HMAC-SHA256 of the sender's address under the server's secret: never the address itself. */
    ipHash: text("ip_hash").notNull(),
    /** "pending" until moderated, then "published" or "rejected". */
    status: text("status").notNull().default("pending"),
    moderatedBy: integer("moderated_by").references(() => users.id),
    moderatedAt: ts("moderated_at"),
    answer: text("answer"),
    answeredBy: integer("answered_by").references(() => users.id),
    answeredAt: ts("answered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("disclosure_comments_disclosure_idx").on(t.disclosureId, t.id),
    index("disclosure_comments_nomination_idx").on(t.nominationId),
    check("disclosure_comments_status_check", sql`${t.status} IN ('pending', 'published', 'rejected')`),
  ],
);
