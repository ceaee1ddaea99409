import { z } from "zod";
import type { Db, DbOrTx } from "../../db/client";
import { lastDayByLaw, UNIT_KINDS } from "../../domain/access/unit-kinds";
import { isOfficialCode } from "../../domain/registry/official-units";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "./find-visible-unit";
import { insertUnit } from "./insert-unit";
import { unitPolicy } from "./policy";
import { and, eq, sql } from "drizzle-orm";
import { units } from "../../db/schema";

export const CreateUnitInput = z.object({
  name: fields.requiredText(200),
  kind: z.enum(UNIT_KINDS, { error: "errors.choose_kind" }),
  code: z
    .string()
    .trim()
    .max(20, "errors.too_long")
    .optional()
    .transform((v) => (v ? v : null)),
});

/** The unit a sub-unit is to be added under, if the actor may add one there (the form's parent). */
export async function parentForNewUnit(actor: Actor, db: DbOrTx, parentId: number) {
  const parent = await findVisibleUnit(actor, db, parentId);
  authorize(unitPolicy.createChild(actor, parent), "unit.create");
  return parent;
}

/** Adds a sub-unit (residential group, agency, organisation…) under a unit the actor manages. */
export async function createUnit(actor: Actor, parentId: number, input: unknown, db: Db) {
  const values = parseInput(CreateUnitInput, input);
  return db.transaction(async (tx) => {
    const parent = await parentForNewUnit(actor, tx, parentId);
    // Official codes come with the official list; a sub-unit takes a local one ("22420-TDP01").
    if (isOfficialCode(values.code) && !unitPolicy.manageOfficial(actor)) throw ValidationError.field("code", "errors.code_official");
    if (values.code) {
      const [taken] = await tx.select({ id: units.id }).from(units).where(eq(units.code, values.code));
      if (taken) throw ValidationError.field("code", "errors.code_taken");
    }
    const [twin] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.parentId, parent.id), sql`lower(${units.name}) = lower(${values.name})`));
    if (twin) throw ValidationError.field("name", "errors.unit_name_taken");
    let unit = await insertUnit(tx, { parent, ...values });
    // A district-level unit is a record of the tree before 1 July 2025: it ends when the level did.
    const lastDay = lastDayByLaw(values.kind);
    if (lastDay) unit = (await tx.update(units).set({ validTo: lastDay }).where(eq(units.id, unit.id)).returning())[0]!;
    await audit(tx, actor, { action: "unit.created", entityType: "unit", entityId: unit.id, unit, after: unit });
    return unit;
  });
}
