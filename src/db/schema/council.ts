// The Emulation–Commendation Council (Hội đồng Thi đua – Khen thưởng): its members with their
// posts and terms, its sessions with their agenda, attendance, recusals, written opinions, the
// secret ballot and the results.
//
// The ballot box is built so that nothing joins a ballot to its voter (README, "Secret ballot"):
// `ballot_voters` says who has voted on an item and nothing else; `ballot_box` holds each ballot
// sealed under the session's key (itself sealed under the server's key, which the database never
// holds), with no id, no time and no voter; closing the vote counts the box into the item's
// result, writes the receipts in a shuffled order, empties the box, rewrites the voters' rows and
// forgets the key. No table here has a timestamp or a sequence that a ballot row shares.
import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, ts } from "./columns";
import { nominations } from "./nominations";
import { users } from "./platform";
import { people, units } from "./registry";

/** A member of a unit's council for a term: the right to vote comes from here, on the session's date. */
export const councilMembers = pgTable(
  "council_members",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    userId: integer("user_id").notNull().references(() => users.id),
    /** The person behind the account, for recusal (themselves, their relatives, their organisation). */
    personId: integer("person_id").notNull().references(() => people.id),
    /** "chair", "vice_chair", "standing", "secretary", "member". */
    post: text("post").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("council_members_unit_idx").on(t.unitId, t.validFrom),
    index("council_members_user_idx").on(t.userId),
    check("council_members_post_check", sql`${t.post} IN ('chair', 'vice_chair', 'standing', 'secretary', 'member')`),
    check("council_members_term_check", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** A meeting of the council: its agenda, invitations, attendance and vote. */
export const councilSessions = pgTable(
  "council_sessions",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id").notNull().references(() => units.id),
    title: text("title").notNull(),
    /** When and where it meets; the council of that day votes. */
    meetsAt: ts("meets_at").notNull(),
    place: text("place").notNull().default(""),
    /** Written opinions (phiếu lấy ý kiến) from absent members are taken until then. */
    opinionsUntil: ts("opinions_until"),
    /** "draft", "invited", "voting", "closed". */
    status: text("status").notNull().default("draft"),
    /** "online": members vote from a phone or a computer; "paper": a counting committee enters the counts. */
    ballotMode: text("ballot_mode").notNull().default("online"),
    /** "codes": the published receipts hold no choice; "with_choices": each receipt shows its choice. */
    receiptMode: text("receipt_mode").notNull().default("codes"),
    /** The rules in force on the session's date (quorum, thresholds, council rules), with their citations, fixed at invitation. */
    rules: jsonb("rules"),
    /** The session's ballot key, sealed under the server's key; null before voting and after closing. */
    ballotKey: text("ballot_key"),
    chairMemberId: integer("chair_member_id").references(() => councilMembers.id),
    secretaryMemberId: integer("secretary_member_id").references(() => councilMembers.id),
    invitedAt: ts("invited_at"),
    votingOpenedAt: ts("voting_opened_at"),
    votingClosedAt: ts("voting_closed_at"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("council_sessions_unit_idx").on(t.unitId, t.meetsAt),
    check("council_sessions_status_check", sql`${t.status} IN ('draft', 'invited', 'voting', 'closed')`),
    check("council_sessions_mode_check", sql`${t.ballotMode} IN ('online', 'paper') AND ${t.receiptMode} IN ('codes', 'with_choices')`),
  ],
);

/** The members of the council on the session's date, and whether each came. */
export const councilSessionMembers = pgTable(
  "council_session_members",
  {
    sessionId: integer("session_id").notNull().references(() => councilSessions.id),
    memberId: integer("member_id").notNull().references(() => councilMembers.id),
    /** null until recorded; "present" or "absent". */
    attendance: text("attendance"),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.memberId] }),
    index("council_session_members_member_idx").on(t.memberId),
    check("council_session_members_attendance_check", sql`${t.attendance} IS NULL OR ${t.attendance} IN ('present', 'absent')`),
  ],
);

/** An item of the agenda: one nomination, grouped by form; its result once the vote is closed. */
export const councilItems = pgTable(
  "council_items",
  {
    id: serial("id").primaryKey(),
    sessionId: integer("session_id").notNull().references(() => councilSessions.id),
    nominationId: integer("nomination_id").notNull().references(() => nominations.id),
    formCode: text("form_code").notNull(),
    position: integer("position").notNull(),
    /** The counts, the denominator, the rule applied and its citation (Tally in domain/council). */
    result: jsonb("result"),
    passed: boolean("passed"),
  },
  (t) => [uniqueIndex("council_items_unique").on(t.sessionId, t.nominationId), index("council_items_nomination_idx").on(t.nominationId)],
);

/** A member kept out of an item's vote: about themselves, a relative, their organisation, or declared. */
export const councilRecusals = pgTable(
  "council_recusals",
  {
    itemId: integer("item_id").notNull().references(() => councilItems.id),
    memberId: integer("member_id").notNull().references(() => councilMembers.id),
    /** "self", "relative", "organisation", "declared". */
    reason: text("reason").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.memberId] }),
    check("council_recusals_reason_check", sql`${t.reason} IN ('self', 'relative', 'organisation', 'declared')`),
  ],
);

/**
 * That a member has voted on an item, to refuse a second ballot: nothing else. The receipt is
 * kept sealed under a key only the member's ballot form holds, so that a retried request gets
 * the same answer; closing the vote clears it.
 */
export const ballotVoters = pgTable(
  "ballot_voters",
  {
    itemId: integer("item_id").notNull().references(() => councilItems.id),
    memberId: integer("member_id").notNull().references(() => councilMembers.id),
    receiptSealed: text("receipt_sealed"),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** The ballots of an open vote, each sealed under the session's key: no id, no time, no voter. */
export const ballotBox = pgTable(
  "ballot_box",
  {
    itemId: integer("item_id").notNull().references(() => councilItems.id),
    sealed: text("sealed").notNull(),
  },
  (t) => [index("ballot_box_item_idx").on(t.itemId)],
);

/** The receipts published when the vote closes, written in a shuffled order; with the choice when the session says so. */
export const ballotReceipts = pgTable(
  "ballot_receipts",
  {
    itemId: integer("item_id").notNull().references(() => councilItems.id),
    code: text("code").notNull(),
    choice: text("choice"),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.code] })],
);

/** A written opinion (phiếu lấy ý kiến) of an absent member: signed, so not secret. */
export const writtenOpinions = pgTable(
  "written_opinions",
  {
    itemId: integer("item_id").notNull().references(() => councilItems.id),
    memberId: integer("member_id").notNull().references(() => councilMembers.id),
    /** "agree" or "disagree". */
    choice: text("choice").notNull(),
    note: text("note").notNull().default(""),
    submittedAt: ts("submitted_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] }), check("written_opinions_choice_check", sql`${t.choice} IN ('agree', 'disagree')`)],
);

/** Paper mode: the counting committee's counts of an item, entered by one person and confirmed by another. */
export const paperCounts = pgTable(
  "paper_counts",
  {
    itemId: integer("item_id").primaryKey().references(() => councilItems.id),
    agree: integer("agree").notNull(),
    disagree: integer("disagree").notNull(),
    invalid: integer("invalid").notNull().default(0),
    enteredBy: integer("entered_by").notNull().references(() => users.id),
    enteredAt: createdAt(),
    confirmedBy: integer("confirmed_by").references(() => users.id),
    confirmedAt: ts("confirmed_at"),
  },
  (t) => [
    check("paper_counts_nonnegative_check", sql`${t.agree} >= 0 AND ${t.disagree} >= 0 AND ${t.invalid} >= 0`),
    check("paper_counts_two_people_check", sql`${t.confirmedBy} IS NULL OR ${t.confirmedBy} <> ${t.enteredBy}`),
  ],
);

/**
 * Who is whose relative (spouse, parent, child, sibling), for recusal: `relative` is the
 * person's <kind>. Household membership proposes; an official confirms or rejects; one row per pair.
 */
export const personRelations = pgTable(
  "person_relations",
  {
    id: serial("id").primaryKey(),
    personId: integer("person_id").notNull().references(() => people.id),
    relativeId: integer("relative_id").notNull().references(() => people.id),
    /** "spouse", "parent", "child", "sibling". */
    kind: text("kind").notNull(),
    /** "proposed", "confirmed", "rejected". */
    status: text("status").notNull().default("proposed"),
    /** "household" (proposed from household membership) or "declared". */
    source: text("source").notNull(),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: ts("decided_at"),
    createdBy: integer("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("person_relations_pair_idx").on(sql`least(${t.personId}, ${t.relativeId})`, sql`greatest(${t.personId}, ${t.relativeId})`),
    index("person_relations_relative_idx").on(t.relativeId),
    check("person_relations_kind_check", sql`${t.kind} IN ('spouse', 'parent', 'child', 'sibling')`),
    check("person_relations_status_check", sql`${t.status} IN ('proposed', 'confirmed', 'rejected')`),
    check("person_relations_source_check", sql`${t.source} IN ('household', 'declared')`),
    check("person_relations_self_check", sql`${t.personId} <> ${t.relativeId}`),
  ],
);
