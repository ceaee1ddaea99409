import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { registrations } from "../../db/schema";
import { movementAllows } from "../../domain/movements/movement";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { findVisibleMovement } from "./find-movement";
import { ReturnRegistrationInput } from "./movement-input";
import { movementPolicy } from "./policy";

/** The movement's unit accepts a submitted registration. */
export async function acceptRegistration(actor: Actor, registrationId: number, db: Db) {
  return decide(actor, registrationId, "accepted", null, db);
}

/** The movement's unit returns a submitted registration, always saying why; the participant corrects and submits again. */
export async function returnRegistration(actor: Actor, registrationId: number, input: unknown, db: Db) {
  const { reason } = parseInput(ReturnRegistrationInput, input);
  return decide(actor, registrationId, "returned", reason, db);
}

async function decide(actor: Actor, registrationId: number, status: "accepted" | "returned", reason: string | null, db: Db) {
  return db.transaction(async (tx) => {
    const [registration] = await tx.select().from(registrations).where(eq(registrations.id, registrationId)).for("update");
    if (!registration) throw new NotFound("registration");
    const { movement, unit } = await findVisibleMovement(actor, tx, registration.movementId);
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    if (!movementAllows(movement.status, "decide")) throw ValidationError.field("_form", "errors.movement_not_launched");
    if (registration.status !== "submitted") throw ValidationError.field("_form", "errors.movement_registration_not_submitted");
    const [saved] = await tx.update(registrations).set({ status, reason, decidedBy: actor.id, decidedAt: new Date() }).where(eq(registrations.id, registrationId)).returning();
    await audit(tx, actor, { action: `registration.${status}`, entityType: "registration", entityId: registrationId, unit, before: { status: registration.status }, after: { status, reason } });
    return saved!;
  });
}
