import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { registrations, units } from "../../db/schema";
import { movementAllows } from "../../domain/movements/movement";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, NotFound, ValidationError } from "../../platform/errors";
import { parseInput } from "../../platform/validation";
import { notifyPerson } from "../reminders/notify-person";
import { findVisibleMovement } from "./find-movement";
import { ReturnRegistrationInput } from "./movement-input";
import { movementPolicy } from "./policy";

/** The movement's unit accepts a submitted registration. */
export async function acceptRegistration(actor: Actor, registrationId: number, db: Db) {
  return decide(actor, registrationId, "accepted", null, db, "");
}

/**
 * The movement's unit returns a submitted registration, always saying why; the participant
 * corrects and submits again. Whoever submitted it is told, in the app and by e-mail, in the
 * same transaction (`baseUrl`, the site's address, makes the e-mailed link).
 */
export async function returnRegistration(actor: Actor, registrationId: number, input: unknown, db: Db, opts: { baseUrl: string }) {
  const { reason } = parseInput(ReturnRegistrationInput, input);
  return decide(actor, registrationId, "returned", reason, db, opts.baseUrl);
}

async function decide(actor: Actor, registrationId: number, status: "accepted" | "returned", reason: string | null, db: Db, baseUrl: string) {
  return db.transaction(async (tx) => {
    const [registration] = await tx.select().from(registrations).where(eq(registrations.id, registrationId)).for("update");
    if (!registration) throw new NotFound("registration");
    const { movement, unit } = await findVisibleMovement(actor, tx, registration.movementId);
    authorize(movementPolicy.manage(actor, unit), "movement.manage");
    if (!movementAllows(movement.status, "decide")) throw ValidationError.field("_form", "errors.movement_not_launched");
    if (registration.status !== "submitted") throw ValidationError.field("_form", "errors.movement_registration_not_submitted");
    const [saved] = await tx.update(registrations).set({ status, reason, decidedBy: actor.id, decidedAt: new Date() }).where(eq(registrations.id, registrationId)).returning();
    let notified = false;
    if (status === "returned" && registration.submittedBy && registration.submittedBy !== actor.id) {
      const [participant] = await tx.select({ name: units.name }).from(units).where(eq(units.id, registration.unitId));
      const params = { unit: participant?.name ?? "", movement: movement.name, reason: reason ?? "", by: actor.user?.fullName ?? actor.label };
      notified = await notifyPerson(
        tx,
        registration.submittedBy,
        {
          kind: "registration_returned",
          link: `/movements/${movement.id}/registrations/${registration.unitId}`,
          text: (t) => ({ title: t("registrations.returned_notice_title", params), body: t("registrations.returned_notice_body", params) }),
        },
        baseUrl,
      );
    }
    await audit(tx, actor, {
      action: `registration.${status}`, entityType: "registration", entityId: registrationId, unit,
      before: { status: registration.status }, after: { status, reason, ...(status === "returned" ? { reporterNotified: notified } : {}) },
    });
    return saved!;
  });
}
