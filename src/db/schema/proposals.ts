// Proposals to the level above (tờ trình đề nghị khen thưởng): a unit's council passed items that
// are beyond the unit's authority; the unit proposes them, with their dossiers, to the government
// above it that existed on the proposal's date. The tờ trình itself is an official document
// (typeCode "TTr") drafted, signed and issued through the documents workflow; these tables hold
// what the document lists (one nomination in one live proposal), where the proposal stands at the
// level above (sent, received, returned with the reason, decided) and what that level decided.
import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { awards } from "./commendation";
import { councilItems } from "./council";
import { documents } from "./documents";
import { nominations } from "./nominations";
import { users } from "./platform";
import { units } from "./registry";

export const proposals = pgTable(
  "proposals",
  {
    id: serial("id").primaryKey(),
    /** The proposing unit: the government whose council passed the items. */
    unitId: integer("unit_id").notNull().references(() => units.id),
    /** The level above on the proposal's date (the city in 2024, the province from 1/7/2025). */
    recipientUnitId: integer("recipient_unit_id").notNull().references(() => units.id),
    /** The tờ trình (typeCode "TTr"). */
    documentId: integer("document_id").notNull().references(() => documents.id),
    /** The returned proposal this one sends again (the returned one stays as it was). */
    resendsId: integer("resends_id").references((): AnyPgColumn => proposals.id),
    /** "draft" (its tờ trình not issued yet), "sent", "received", "returned", "decided". */
    status: text("status").notNull().default("draft"),
    /** The day the level above was judged on (the planned date of the tờ trình). */
    proposedOn: date("proposed_on").notNull(),
    /** The issue date of the tờ trình: when it left. */
    sentOn: date("sent_on"),
    receivedAt: ts("received_at"),
    receivedBy: integer("received_by").references(() => users.id),
    returnedAt: ts("returned_at"),
    returnedBy: integer("returned_by").references(() => users.id),
    returnReason: text("return_reason"),
    decidedAt: ts("decided_at"),
    decidedBy: integer("decided_by").references(() => users.id),
    /** The level above's decision: "123/QĐ-UBND", its date and who signed it ("Chủ tịch UBND tỉnh Khánh Hòa"). */
    decisionNumber: text("decision_number"),
    decisionDate: date("decision_date"),
    decidingBody: text("deciding_body"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("proposals_document_idx").on(t.documentId),
    index("proposals_unit_idx").on(t.unitId, t.status),
    index("proposals_recipient_idx").on(t.recipientUnitId, t.status),
    check("proposals_status_check", sql`${t.status} IN ('draft', 'sent', 'received', 'returned', 'decided')`),
    check("proposals_returned_check", sql`${t.status} <> 'returned' OR length(trim(coalesce(${t.returnReason}, ''))) > 0`),
    check("proposals_decided_check", sql`${t.status} <> 'decided' OR (${t.decisionNumber} IS NOT NULL AND ${t.decisionDate} IS NOT NULL AND ${t.decidingBody} IS NOT NULL)`),
  ],
);

/**
 * One nomination proposed, in the printed order, with the council item whose result the tờ trình
 * quotes. A nomination is in one live proposal at a time; a return releases it (active = false)
 * for the proposal that sends it again. The level above's answer per item is its outcome.
 */
export const proposalItems = pgTable(
  "proposal_items",
  {
    id: serial("id").primaryKey(),
    proposalId: integer("proposal_id").notNull().references(() => proposals.id),
    nominationId: integer("nomination_id").notNull().references(() => nominations.id),
    councilItemId: integer("council_item_id").notNull().references(() => councilItems.id),
    position: integer("position").notNull(),
    active: boolean("active").notNull().default(true),
    /** "awarded" or "not_awarded", once decided. */
    outcome: text("outcome"),
    /** The registry's row the decision made (outcome "awarded"). */
    awardId: integer("award_id").references(() => awards.id),
  },
  (t) => [
    index("proposal_items_proposal_idx").on(t.proposalId, t.position),
    uniqueIndex("proposal_items_live_nomination_idx").on(t.nominationId).where(sql`${t.active}`),
    check("proposal_items_outcome_check", sql`${t.outcome} IS NULL OR ${t.outcome} IN ('awarded', 'not_awarded')`),
    check("proposal_items_award_check", sql`${t.awardId} IS NULL OR ${t.outcome} = 'awarded'`),
  ],
);

/** The proposal's timeline on both sides: drafted, sent, received, returned with the reason, sent again, decided. */
export const proposalEvents = pgTable(
  "proposal_events",
  {
    id: serial("id").primaryKey(),
    proposalId: integer("proposal_id").notNull().references(() => proposals.id),
    action: text("action").notNull(),
    actorId: integer("actor_id"),
    actorName: text("actor_name").notNull(),
    reason: text("reason"),
    at: createdAt(),
  },
  (t) => [index("proposal_events_proposal_idx").on(t.proposalId, t.id)],
);
