import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { criteria, documents, movementLinks, movementMilestones, movements, registrations, registrationTargets, units } from "../../db/schema";
import { groupCriteria, isBelowTarget } from "../../domain/movements/criteria";
import { movementAllows } from "../../domain/movements/movement";
import { notRegistered, registrationTitles, titleLabels } from "../../domain/movements/registration";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { findVisibleMovement, participantsOf, type MovementRow } from "./find-movement";
import { subordinateChoices } from "./form-choices";
import { movementPolicy } from "./policy";
import { titleCatalogue } from "./registration-titles";

/** Participants without a registration, overdue once the deadline (in Vietnam's calendar) has passed. */
export async function missingRegistrations(db: DbOrTx, movement: MovementRow, today = todayInVietnam()) {
  const [participants, registered] = await Promise.all([
    participantsOf(db, movement.id),
    db.select({ unitId: registrations.unitId }).from(registrations).where(eq(registrations.movementId, movement.id)),
  ]);
  return notRegistered(participants, registered.map((r) => r.unitId), movement.registrationDeadline, today);
}

/** Everything the overview shows, and what the reader may do next. */
export async function getMovement(actor: Actor, db: DbOrTx, id: number, today = todayInVietnam()) {
  const { movement, unit, participants } = await findVisibleMovement(actor, db, id);
  const [milestones, linked, criteriaRows, registrationRows, parts, planRows, parentRows] = await Promise.all([
    db.select().from(movementMilestones).where(eq(movementMilestones.movementId, id)).orderBy(asc(movementMilestones.on), asc(movementMilestones.id)),
    db.select({ id: movements.id, name: movements.name, unitName: units.name }).from(movementLinks).innerJoin(movements, eq(movements.id, movementLinks.linkedId)).innerJoin(units, eq(units.id, movements.unitId)).where(eq(movementLinks.movementId, id)).orderBy(asc(movements.name)),
    db.select().from(criteria).where(eq(criteria.movementId, id)).orderBy(asc(criteria.position), asc(criteria.id)),
    db
      .select({ id: registrations.id, unitId: registrations.unitId, unitName: units.name, status: registrations.status, titles: registrations.titles, otherTitle: registrations.otherTitle, reason: registrations.reason, submittedAt: registrations.submittedAt })
      .from(registrations)
      .innerJoin(units, eq(units.id, registrations.unitId))
      .where(eq(registrations.movementId, id))
      .orderBy(asc(units.sortKey), asc(units.id)),
    db.select({ id: movements.id, unitId: movements.unitId, unitName: units.name, status: movements.status }).from(movements).innerJoin(units, eq(units.id, movements.unitId)).where(eq(movements.parentId, id)).orderBy(asc(units.sortKey)),
    movement.planDocumentId
      ? db
          .select({ id: documents.id, typeCode: documents.typeCode, numberSymbol: documents.numberSymbol, summary: documents.summary, issuedOn: documents.issuedOn, unitName: units.name, unitKind: units.kind })
          .from(documents)
          .innerJoin(units, eq(units.id, documents.unitId))
          .where(eq(documents.id, movement.planDocumentId))
      : Promise.resolve([]),
    movement.parentId ? db.select({ id: movements.id, name: movements.name, unitName: units.name }).from(movements).innerJoin(units, eq(units.id, movements.unitId)).where(eq(movements.id, movement.parentId)) : Promise.resolve([]),
  ]);

  const targets = registrationRows.length
    ? await db.select().from(registrationTargets).where(inArray(registrationTargets.registrationId, registrationRows.map((r) => r.id)))
    : [];
  const criterionById = new Map(criteriaRows.map((c) => [c.id, c]));
  const belowTarget = (registrationId: number) =>
    targets.filter((t) => t.registrationId === registrationId).some((t) => {
      const c = criterionById.get(t.criterionId);
      return c ? isBelowTarget(c, t.target) : false;
    });

  // Titles by name as the catalogue had them on the movement's date (the national layer: forms are the State's).
  const catalogue = await titleCatalogue(db, movement, unit.path);
  const registered = new Set(registrationRows.map((r) => r.unitId));
  const missing = notRegistered(participants, registered, movement.registrationDeadline, today);
  const manage = movementPolicy.manage(actor, unit);
  const subordinates = manage && movementAllows(movement.status, "launch_to_subordinates") ? await subordinateChoices(db, unit) : [];
  const hasPart = new Set(parts.map((p) => p.unitId));
  const registerFor = movementAllows(movement.status, "register") ? participants.filter((p) => movementPolicy.participate(actor, p)) : [];
  return {
    movement,
    unit,
    plan: planRows[0] ?? null,
    parent: parentRows[0] ?? null,
    milestones,
    linked,
    participants,
    criteria: criteriaRows,
    groups: groupCriteria(criteriaRows),
    registrations: registrationRows.map((r) => ({ ...r, titles: r.titles as string[], titleLabels: titleLabels(catalogue, r.titles as string[]), belowTarget: belowTarget(r.id) })),
    missing,
    deadlinePassed: movement.registrationDeadline !== null && today > movement.registrationDeadline,
    parts,
    /** Subordinate units that do not have their part yet. */
    subordinates: subordinates.filter((s) => !hasPart.has(s.id)),
    registerFor,
    can: {
      edit: manage && movementAllows(movement.status, "edit"),
      launch: manage && movementAllows(movement.status, "launch"),
      close: manage && movementAllows(movement.status, "close"),
      editCriteria: manage && movementAllows(movement.status, "edit_criteria"),
      decide: manage && movementAllows(movement.status, "decide"),
      launchToSubordinates: subordinates.some((s) => !hasPart.has(s.id)),
    },
  };
}

export type MovementView = Awaited<ReturnType<typeof getMovement>>;

/** One participant's registration with its targets beside the movement's, for the form and the decision page. */
export async function getRegistration(actor: Actor, db: DbOrTx, movementId: number, unitId: number) {
  const overview = await getMovement(actor, db, movementId);
  const participant = overview.participants.find((p) => p.unitId === unitId);
  if (!participant) return null;
  const [registration] = await db.select().from(registrations).where(and(eq(registrations.movementId, movementId), eq(registrations.unitId, unitId)));
  const committed = registration ? await db.select().from(registrationTargets).where(eq(registrationTargets.registrationId, registration.id)) : [];
  const byCriterion = new Map(committed.map((t) => [t.criterionId, t.target]));
  const applicable = overview.criteria.filter((c) => c.appliesTo === null || c.appliesTo === participant.kind);
  const catalogue = await titleCatalogue(db, overview.movement, participant.path);
  return {
    overview,
    participant,
    registration: registration ? { ...registration, titles: registration.titles as string[], titleLabels: titleLabels(catalogue, registration.titles as string[]) } : null,
    /** The titles and forms offered on the movement's start date. */
    titleChoices: registrationTitles(catalogue),
    criteria: applicable.map((c) => ({ ...c, committed: byCriterion.has(c.id) ? byCriterion.get(c.id)! : null, below: byCriterion.has(c.id) && isBelowTarget(c, byCriterion.get(c.id)!) })),
    canSubmit: overview.registerFor.some((p) => p.unitId === unitId) && (!registration || registration.status !== "accepted"),
  };
}
