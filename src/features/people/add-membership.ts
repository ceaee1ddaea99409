import { z } from "zod";
import type { Db } from "../../db/client";
import { memberships } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { assertUnitOpen } from "./create-person";
import { findVisiblePerson } from "./find-visible-person";
import { personPolicy } from "./policy";

export const AddMembershipInput = z
  .object({
    unitId: fields.id("errors.choose_unit"),
    position: z.string().trim().max(200, "errors.too_long").optional().transform((v) => v || null),
    validFrom: fields.date({ optional: true }),
    validTo: fields.date({ optional: true }),
  })
  .refine((v) => !v.validFrom || !v.validTo || v.validFrom <= v.validTo, { path: ["validTo"], message: "errors.end_before_start" });

/** Records a position or membership of a person in a unit, from a date (to a date). */
export async function addMembership(actor: Actor, personId: number, input: unknown, db: Db) {
  const values = parseInput(AddMembershipInput, input);
  return db.transaction(async (tx) => {
    const { person } = await findVisiblePerson(actor, tx, personId);
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(personPolicy.manage(actor, unit), "membership.create");
    assertUnitOpen(unit, "unitId", values.validFrom ?? undefined);
    if (unit.validFrom && values.validFrom && values.validFrom < unit.validFrom) throw ValidationError.field("validFrom", "errors.before_unit_start", { date: unit.validFrom });
    const [row] = await tx.insert(memberships).values({ personId: person.id, ...values }).returning();
    await audit(tx, actor, { action: "membership.created", entityType: "membership", entityId: row!.id, unit, after: { personId: person.id, ...values } });
    return row!;
  });
}
