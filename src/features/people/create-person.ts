import { z } from "zod";
import type { Db } from "../../db/client";
import { people } from "../../db/schema";
import { birthColumns, personKeys } from "../../domain/registry/person";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "../units/find-visible-unit";
import { PersonFields } from "./person-input";
import { personPolicy } from "./policy";

export const CreatePersonInput = PersonFields.extend({ unitId: fields.id("errors.choose_unit") });

const today = () => new Date().toISOString().slice(0, 10);

/** A unit that has ended (merged away on 1 July 2025, say) takes no new members. */
export function assertUnitOpen(unit: { validTo: string | null }, field = "unitId", on = today()): void {
  if (unit.validTo && unit.validTo < on) throw ValidationError.field(field, "errors.unit_ended", { date: unit.validTo });
}

/** Adds a person to the registry, living or working in a unit the actor manages. */
export async function createPerson(actor: Actor, input: unknown, db: Db) {
  const values = parseInput(CreatePersonInput, input);
  if (values.birthDate && values.birthYear && Number(values.birthDate.slice(0, 4)) !== values.birthYear) throw ValidationError.field("birthYear", "errors.birth_year_mismatch");
  return db.transaction(async (tx) => {
    const unit = await findVisibleUnit(actor, tx, values.unitId);
    authorize(personPolicy.manage(actor, unit), "person.create");
    assertUnitOpen(unit);
    const [person] = await tx
      .insert(people)
      .values({ ...values, ...birthColumns(values.birthDate, values.birthYear), gender: values.gender ?? null, ethnicity: values.ethnicity ?? null, ...personKeys(values.fullName) })
      .returning();
    await audit(tx, actor, { action: "person.created", entityType: "person", entityId: person!.id, unit, after: values });
    return person!;
  });
}

export type CreatePersonValues = z.output<typeof CreatePersonInput>;
