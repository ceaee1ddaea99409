import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { criteria, movementParticipants, registrations, registrationTargets, units } from "../../db/schema";
import { applicableCriteria, targetProblem, type Measure } from "../../domain/movements/criteria";
import { movementAllows } from "../../domain/movements/movement";
import { canResubmit, registrationTitles } from "../../domain/movements/registration";
import { formatShortDate } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError, type FieldErrors } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleMovement } from "./find-movement";
import { RegistrationInput } from "./movement-input";
import { movementPolicy } from "./policy";
import { titleCatalogue } from "./registration-titles";

/**
 * A participant registers (đăng ký thi đua): a target per criterion that applies to it
 * (the movement's own target when left empty; a lower one is allowed and flagged on the
 * overview) and the titles it aims for: catalogue codes of the titles and forms in force on the
 * movement's start date for collectives and units, and one written in as "other". One registration per unit and movement: submitting
 * again (a double click, a retried request, a correction after a return) updates it.
 */
export async function submitRegistration(actor: Actor, movementId: number, input: unknown, db: Db) {
  const values = parseInput(RegistrationInput, input);
  return db.transaction(async (tx) => {
    const { movement, unit: movementUnit } = await findVisibleMovement(actor, tx, movementId);
    const [participant] = await tx
      .select({ id: units.id, path: units.path, kind: units.kind, name: units.name })
      .from(movementParticipants)
      .innerJoin(units, eq(units.id, movementParticipants.unitId))
      .where(and(eq(movementParticipants.movementId, movementId), eq(movementParticipants.unitId, values.unitId)));
    if (!participant) throw ValidationError.field("unitId", "errors.movement_not_participant");
    authorize(movementPolicy.participate(actor, participant), "movement.participate");
    if (!movementAllows(movement.status, "register")) throw ValidationError.field("_form", movement.status === "closed" ? "errors.movement_closed" : "errors.movement_not_launched");

    const all = await tx.select().from(criteria).where(eq(criteria.movementId, movementId));
    const applicable = applicableCriteria(all, participant);
    const problems: FieldErrors = {};
    for (const key of Object.keys(values.targets)) {
      if (!applicable.some((c) => String(c.id) === key)) problems[`targets.${key}`] = { key: "errors.movement_criterion_unknown" };
    }
    const committed = applicable.map((c) => {
      const given = values.targets[String(c.id)];
      const target = c.measure === "boolean" ? null : (given ?? c.target);
      const problem = targetProblem(c.measure as Measure, target);
      if (problem) problems[`targets.${c.id}`] = { key: problem };
      return { criterionId: c.id, target };
    });
    // Titles by their catalogue code, among those in force on the movement's start date.
    const catalogue = await titleCatalogue(tx, movement, participant.path);
    const offered = new Set(registrationTitles(catalogue).map((t) => t.code));
    values.titles.forEach((code, i) => {
      if (!offered.has(code)) problems[`titles.${i}`] = { key: "errors.movement_title_not_in_force", params: { code, date: formatShortDate(catalogue.on) } };
    });
    if (Object.keys(problems).length > 0) throw new ValidationError(problems);
    const titles = [...new Set(values.titles)];

    const now = new Date();
    const fields = { status: "submitted", titles, otherTitle: values.otherTitle, note: values.note, reason: null, submittedBy: actor.id, submittedAt: now, decidedBy: null, decidedAt: null };
    // The unique index on (movement, unit) decides between two submissions at once: the
    // second waits for the first, inserts nothing, and updates the row the first made.
    const [inserted] = await tx
      .insert(registrations)
      .values({ movementId, unitId: participant.id, ...fields })
      .onConflictDoNothing({ target: [registrations.movementId, registrations.unitId] })
      .returning();
    let registration = inserted;
    if (!registration) {
      const [existing] = await tx.select().from(registrations).where(and(eq(registrations.movementId, movementId), eq(registrations.unitId, participant.id))).for("update");
      if (!canResubmit(existing!.status)) throw ValidationError.field("_form", "errors.movement_registration_settled");
      [registration] = await tx.update(registrations).set(fields).where(eq(registrations.id, existing!.id)).returning();
      await tx.delete(registrationTargets).where(eq(registrationTargets.registrationId, existing!.id));
    }
    if (committed.length > 0) await tx.insert(registrationTargets).values(committed.map((c) => ({ registrationId: registration!.id, ...c })));
    await audit(tx, actor, {
      action: inserted ? "registration.submitted" : "registration.resubmitted", entityType: "registration", entityId: registration!.id,
      unit: movementUnit, after: { movementId, unitId: participant.id, titles, otherTitle: values.otherTitle, targets: committed },
    });
    return registration!;
  });
}
