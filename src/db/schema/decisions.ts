// Decisions (quyết định khen thưởng) and revocations (Law on Emulation and Commendation, Art. 93).
// A decision is an official document (typeCode "QĐ") whose content lists what it decides; these
// tables hold the same list as rows, so that one nomination is in one decision and one award is
// revoked once, whatever two officials draft at the same moment.
import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { awards } from "./commendation";
import { documents } from "./documents";
import { nominations } from "./nominations";
import { users } from "./platform";

/**
 * What a decision decides, in its printed order: a nomination that passed the council (an award
 * decision) or an award it annuls (a revocation decision). A draft holds its rows; removing an
 * item frees the nomination or the award for another draft.
 */
export const decisionItems = pgTable(
  "decision_items",
  {
    id: serial("id").primaryKey(),
    documentId: integer("document_id").notNull().references(() => documents.id),
    nominationId: integer("nomination_id").references(() => nominations.id),
    awardId: integer("award_id").references(() => awards.id),
    position: integer("position").notNull(),
  },
  (t) => [
    index("decision_items_document_idx").on(t.documentId, t.position),
    uniqueIndex("decision_items_nomination_idx").on(t.nominationId),
    uniqueIndex("decision_items_award_idx").on(t.awardId),
    check("decision_items_one_subject_check", sql`(${t.nominationId} IS NULL) <> (${t.awardId} IS NULL)`),
  ],
);

/**
 * An award annulled by a revocation decision issued here, and what was recovered of it. The award
 * row and both decisions stay as they were issued; this row is what the registry, eligibility and
 * the verification page read.
 */
export const awardRevocations = pgTable(
  "award_revocations",
  {
    id: serial("id").primaryKey(),
    awardId: integer("award_id").notNull().references(() => awards.id),
    decisionId: integer("decision_id").notNull().references(() => documents.id),
    /** Căn cứ thu hồi: why the award is annulled, as the decision says. */
    grounds: text("grounds").notNull(),
    /** The bonus to pay back (đồng), from the award; 0 when it carried none. */
    moneyDue: bigint("money_due", { mode: "number" }).notNull().default(0),
    moneyRecovered: bigint("money_recovered", { mode: "number" }).notNull().default(0),
    /** The day the certificate and the medal or badge (hiện vật) came back, if they did. */
    itemsRecoveredOn: date("items_recovered_on"),
    recoveryNote: text("recovery_note").notNull().default(""),
    recoveryRecordedBy: integer("recovery_recorded_by").references(() => users.id),
    recoveryRecordedAt: ts("recovery_recorded_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("award_revocations_award_idx").on(t.awardId),
    index("award_revocations_decision_idx").on(t.decisionId),
    check("award_revocations_money_check", sql`${t.moneyRecovered} >= 0 AND ${t.moneyRecovered} <= ${t.moneyDue}`),
  ],
);
