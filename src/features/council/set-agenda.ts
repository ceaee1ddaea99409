// The agenda (chương trình): accepted nominations screened by the session's unit, one item each,
// grouped by form from the highest rank down and by name within a form. Set while the session is
// a draft; a nomination is on one open session at a time.
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { councilItems, councilSessions, nominations } from "../../db/schema";
import type { EntryValues } from "../../domain/catalogue/entries";
import { personSortKey } from "../../domain/text/vietnamese";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { findVisibleSession } from "./find-session";
import { councilPolicy } from "./policy";
import { sessionDay } from "./roster";
import { AgendaInput } from "./session-input";

async function editableSession(actor: Actor, tx: Tx, sessionId: number) {
  const found = await findVisibleSession(actor, tx, sessionId, { lock: "update" });
  authorize(councilPolicy.prepare(actor, found), "council_session.prepare");
  if (found.session.status !== "draft") throw ValidationError.field("_form", "errors.council_agenda_fixed");
  return found;
}

/** Numbers the items: forms by rank (highest first), nominees by Vietnamese name order. */
async function renumber(tx: Tx, sessionId: number, unitPath: string, day: string) {
  const items = await tx
    .select({ id: councilItems.id, formCode: councilItems.formCode, name: nominations.nomineeName })
    .from(councilItems)
    .innerJoin(nominations, eq(nominations.id, councilItems.nominationId))
    .where(eq(councilItems.sessionId, sessionId));
  const catalogue = await loadCatalogue(tx, day, unitPath);
  const rank = (code: string) => (catalogue.get("form", code)?.value as EntryValues["form"] | undefined)?.rank ?? 0;
  items.sort((a, b) => rank(b.formCode) - rank(a.formCode) || a.formCode.localeCompare(b.formCode) || (personSortKey(a.name) < personSortKey(b.name) ? -1 : personSortKey(a.name) > personSortKey(b.name) ? 1 : 0));
  for (const [i, item] of items.entries()) await tx.update(councilItems).set({ position: i + 1 }).where(eq(councilItems.id, item.id));
}

export async function addAgendaItems(actor: Actor, sessionId: number, input: unknown, db: Db) {
  const { nominationIds } = parseInput(AgendaInput, input);
  return db.transaction(async (tx) => {
    const found = await editableSession(actor, tx, sessionId);
    const s = found.session;
    const rows = await tx
      .select({ id: nominations.id, formCode: nominations.formCode, status: nominations.status, screeningUnitId: nominations.screeningUnitId })
      .from(nominations)
      .where(inArray(nominations.id, nominationIds));
    const usable = rows.filter((n) => n.status === "accepted" && n.screeningUnitId === s.unitId);
    if (usable.length !== new Set(nominationIds).size) throw ValidationError.field("nominationIds", "errors.council_not_accepted");
    const elsewhere = await tx
      .select({ nominationId: councilItems.nominationId })
      .from(councilItems)
      .innerJoin(councilSessions, eq(councilSessions.id, councilItems.sessionId))
      .where(and(inArray(councilItems.nominationId, nominationIds), ne(councilSessions.status, "closed"), ne(councilSessions.id, sessionId)));
    if (elsewhere.length) throw ValidationError.field("nominationIds", "errors.council_on_other_session");
    await tx.insert(councilItems).values(usable.map((n) => ({ sessionId, nominationId: n.id, formCode: n.formCode, position: 0 }))).onConflictDoNothing();
    await renumber(tx, sessionId, found.unitPath, sessionDay(s.meetsAt));
    await audit(tx, actor, { action: "council_session.agenda_added", entityType: "council_session", entityId: sessionId, unit: { id: s.unitId, path: found.unitPath }, after: { nominationIds } });
    return { added: usable.length };
  });
}

export async function removeAgendaItem(actor: Actor, sessionId: number, itemId: number, db: Db) {
  return db.transaction(async (tx) => {
    const found = await editableSession(actor, tx, sessionId);
    const [gone] = await tx.delete(councilItems).where(and(eq(councilItems.id, itemId), eq(councilItems.sessionId, sessionId))).returning();
    if (!gone) throw ValidationError.field("itemId", "errors.council_choose_item");
    await renumber(tx, sessionId, found.unitPath, sessionDay(found.session.meetsAt));
    await audit(tx, actor, { action: "council_session.agenda_removed", entityType: "council_session", entityId: sessionId, unit: { id: found.session.unitId, path: found.unitPath }, before: gone });
    return gone;
  });
}
