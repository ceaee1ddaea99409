// Screening by the council's standing member: a handler assigned, completeness checked, the
// nomination accepted, or returned with a mandatory reason (the nominator is told in the app and
// by e-mail); the processing task closes when it is decided.
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../../db/client";
import { nominationFlags, nominations, roleAssignments, tasks, units, users } from "../../db/schema";
import { roleGrants, isRole } from "../../domain/access/roles";
import { canTransition } from "../../domain/nominations/workflow";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { loadCatalogue } from "../catalogue/load-catalogue";
import { notifyPerson } from "../reminders/notify-person";
import { dossierState } from "./dossier-state";
import { findVisibleNomination } from "./find-nomination";
import { AssignNominationInput, ReturnNominationInput } from "./nomination-input";
import { nominationPolicy } from "./policy";
import { recordEvent } from "./record-event";

async function screened(actor: Actor, tx: Tx, id: number, action: "assign" | "accept" | "return") {
  const found = await findVisibleNomination(actor, tx, id, { forUpdate: true });
  authorize(nominationPolicy.screen(actor, found), "nomination.screen");
  if (!canTransition(found.nomination.status as never, action)) throw ValidationError.field("_form", "errors.nomination_not_submitted");
  return found;
}

async function closeTask(tx: Tx, actor: Actor, taskId: number | null) {
  if (taskId) await tx.update(tasks).set({ status: "done", doneAt: new Date(), doneBy: actor.id }).where(and(eq(tasks.id, taskId), eq(tasks.status, "open")));
}

/** The handler must be able to screen there: a standing member of the screening government. */
export async function assignNomination(actor: Actor, id: number, input: unknown, db: Db) {
  const { handlerId } = parseInput(AssignNominationInput, input);
  return db.transaction(async (tx) => {
    const found = await screened(actor, tx, id, "assign");
    const roles = await tx
      .select({ role: roleAssignments.role, path: units.path, name: users.fullName })
      .from(roleAssignments)
      .innerJoin(units, eq(units.id, roleAssignments.unitId))
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(eq(roleAssignments.userId, handlerId), isNull(users.disabledAt)));
    const able = roles.find((r) => isRole(r.role) && roleGrants(r.role, "nomination.screen") && found.screeningPath.startsWith(r.path));
    if (!able) throw ValidationError.field("handlerId", "errors.nomination_handler_unable");
    const [row] = await tx.update(nominations).set({ handlerId, updatedAt: new Date() }).where(eq(nominations.id, id)).returning();
    await recordEvent(tx, actor, id, "assigned", able.name);
    await audit(tx, actor, { action: "nomination.assigned", entityType: "nomination", entityId: id, unit: { id: found.nomination.unitId, path: found.unitPath }, before: { handlerId: found.nomination.handlerId }, after: { handlerId } });
    return row!;
  });
}

/** Accepted when the dossier is complete and every duplicate flag has been decided. */
export async function acceptNomination(actor: Actor, id: number, db: Db) {
  return db.transaction(async (tx) => {
    const found = await screened(actor, tx, id, "accept");
    const n = found.nomination;
    const { missing } = await dossierState(tx, n, await loadCatalogue(tx, n.decisionDate, found.unitPath));
    if (missing.length) throw ValidationError.field("_form", "errors.nomination_documents_missing", { items: missing.map((m) => m.name).join("; ") });
    const open = await tx.select({ id: nominationFlags.id }).from(nominationFlags).where(and(eq(nominationFlags.nominationId, id), isNull(nominationFlags.resolution)));
    if (open.length) throw ValidationError.field("_form", "errors.nomination_flags_open", { count: open.length });
    const [row] = await tx.update(nominations).set({ status: "accepted", handlerId: n.handlerId ?? actor.id, updatedAt: new Date() }).where(eq(nominations.id, id)).returning();
    await closeTask(tx, actor, n.taskId);
    await recordEvent(tx, actor, id, "accepted");
    await audit(tx, actor, { action: "nomination.accepted", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath }, before: { status: n.status }, after: { status: "accepted" } });
    return row!;
  });
}

export async function returnNomination(actor: Actor, id: number, input: unknown, db: Db, opts: { baseUrl: string }) {
  const { reason } = parseInput(ReturnNominationInput, input);
  return db.transaction(async (tx) => {
    const found = await screened(actor, tx, id, "return");
    const n = found.nomination;
    const [row] = await tx.update(nominations).set({ status: "returned", returnReason: reason, handlerId: n.handlerId ?? actor.id, updatedAt: new Date() }).where(eq(nominations.id, id)).returning();
    await closeTask(tx, actor, n.taskId);
    await recordEvent(tx, actor, id, "returned", reason);
    let notified = false;
    if (n.createdBy && n.createdBy !== actor.id) {
      const params = { nominee: n.nomineeName, reason, by: actor.user?.fullName ?? actor.label };
      notified = await notifyPerson(
        tx,
        n.createdBy,
        { kind: "nomination_returned", link: `/nominations/${id}`, text: (t) => ({ title: t("nominations.returned_notice_title", params), body: t("nominations.returned_notice_body", params) }) },
        opts.baseUrl,
      );
    }
    await audit(tx, actor, { action: "nomination.returned", entityType: "nomination", entityId: id, unit: { id: n.unitId, path: found.unitPath }, before: { status: n.status }, after: { status: "returned", reason, nominatorNotified: notified } });
    return row!;
  });
}
