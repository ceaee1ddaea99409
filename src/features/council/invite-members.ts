// Inviting the council (giấy mời): the members in post on the session's day are fixed as its
// members, the rules of that day are fixed, automatic recusals are worked out, and each member
// is told in the app and by e-mail with a link to the agenda. From now on the members see the
// dossiers of the agenda's nominations; the agenda no longer changes.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { councilItems, councilRecusals, councilSessionMembers, councilSessions, nominations } from "../../db/schema";
import { automaticRecusal } from "../../domain/council/recusal";
import { formatDateTime } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { notifyPerson } from "../reminders/notify-person";
import { findVisibleSession } from "./find-session";
import { councilPolicy } from "./policy";
import { confirmedRelatives } from "../relatives/confirmed-relatives";
import { rosterOn, sessionDay } from "./roster";
import { sessionRules } from "./session-rules";

export async function inviteMembers(actor: Actor, sessionId: number, db: Db, opts: { baseUrl: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const found = await findVisibleSession(actor, tx, sessionId, { lock: "update" });
    authorize(councilPolicy.prepare(actor, found), "council_session.prepare");
    const s = found.session;
    if (s.status !== "draft") throw ValidationError.field("_form", "errors.council_already_invited");
    const items = await tx
      .select({ id: councilItems.id, formCode: councilItems.formCode, nomination: nominations })
      .from(councilItems)
      .innerJoin(nominations, eq(nominations.id, councilItems.nominationId))
      .where(eq(councilItems.sessionId, sessionId))
      .orderBy(asc(councilItems.position));
    if (items.length === 0) throw ValidationError.field("_form", "errors.council_agenda_empty");
    const day = sessionDay(s.meetsAt);
    const roster = await rosterOn(tx, s.unitId, day);
    if (roster.length === 0) throw ValidationError.field("_form", "errors.council_no_members");
    const rules = await sessionRules(tx, day, found.unitPath, [...new Set(items.map((i) => i.formCode))]);
    const relatives = await confirmedRelatives(tx, roster.map((m) => m.personId));

    await tx.insert(councilSessionMembers).values(roster.map((m) => ({ sessionId, memberId: m.memberId })));
    const recusals = items.flatMap(({ id, nomination: n }) =>
      roster.flatMap((m) => {
        const reason = automaticRecusal(m, { kind: n.nomineeKind as never, personId: n.personId, householdId: n.householdId, unitId: n.nomineeUnitId }, n.unitId, relatives, rules.council.value.recuseOwnOrganisation);
        return reason ? [{ itemId: id, memberId: m.memberId, reason }] : [];
      }),
    );
    if (recusals.length) await tx.insert(councilRecusals).values(recusals);
    const secretary = roster.find((m) => m.post === "secretary") ?? roster.find((m) => m.post === "standing");
    const [row] = await tx
      .update(councilSessions)
      .set({ status: "invited", invitedAt: opts.now ?? new Date(), rules, receiptMode: rules.council.value.receipts, secretaryMemberId: secretary?.memberId ?? null })
      .where(eq(councilSessions.id, sessionId))
      .returning();
    for (const m of roster) {
      await notifyPerson(
        tx,
        m.userId,
        {
          kind: "council_invitation",
          link: `/council/sessions/${sessionId}`,
          text: (t, lang) => ({
            title: t("council.invitation_title", { title: s.title }),
            body: t("council.invitation_body", { when: formatDateTime(s.meetsAt, lang), place: s.place || "—", items: items.length, deadline: s.opinionsUntil ? formatDateTime(s.opinionsUntil, lang) : "—" }),
          }),
        },
        opts.baseUrl,
      );
    }
    await audit(tx, actor, { action: "council_session.invited", entityType: "council_session", entityId: sessionId, unit: { id: s.unitId, path: found.unitPath }, after: { members: roster.map((m) => m.memberId), recusals, rules } });
    return row!;
  });
}

