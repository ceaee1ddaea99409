import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { unitSuccessions, units } from "../../db/schema";
import { isUnitKind, mayReplace, type UnitKind } from "../../domain/access/unit-kinds";
import { isOfficialCode } from "../../domain/registry/official-units";
import type { Actor } from "../../platform/actor";
import { audit } from "../../platform/audit";
import { authorize, ValidationError } from "../../platform/errors";
import { fields, parseInput } from "../../platform/validation";
import { findVisibleUnit } from "./find-visible-unit";
import { unitPolicy } from "./policy";

export const MergeUnitsInput = z.object({
  successorId: fields.id("errors.choose_unit"),
  predecessorIds: z.array(fields.id("errors.choose_unit"), { error: "errors.choose_unit" }).min(1, "errors.choose_unit"),
  effectiveOn: fields.date(),
});

const kindOf = (kind: string): UnitKind => (isUnitKind(kind) ? kind : "other");
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Records a merger, as on 1 July 2025: the units replaced end the day before, and the
 * new unit links to them, so their history stays reachable from it. A unit cannot
 * replace itself or one of its own ancestors, nor a unit of another level (a ward does
 * not replace a province: the levels are in src/domain/access/unit-kinds.ts).
 */
export async function mergeUnits(actor: Actor, input: unknown, db: Db) {
  const { successorId, predecessorIds, effectiveOn } = parseInput(MergeUnitsInput, input);
  return db.transaction(async (tx) => {
    const successor = await findVisibleUnit(actor, tx, successorId);
    authorize(unitPolicy.createChild(actor, successor), "unit.merge");
    const replaced = [];
    for (const id of new Set(predecessorIds)) {
      const unit = await findVisibleUnit(actor, tx, id);
      authorize(unitPolicy.createChild(actor, unit), "unit.merge");
      if (unit.id === successor.id || successor.path.startsWith(unit.path)) throw ValidationError.field("predecessorIds", "errors.merge_into_itself");
      if (unit.validTo && unit.validTo < dayBefore(effectiveOn)) throw ValidationError.field("predecessorIds", "errors.unit_ended", { date: unit.validTo });
      if (!mayReplace(kindOf(successor.kind), kindOf(unit.kind))) throw ValidationError.field("predecessorIds", "errors.merge_level", { unit: unit.name, successor: successor.name });
      replaced.push(unit);
    }
    // Merging units of the official list (they carry its code) changes national data; a local code does not.
    if ([successor, ...replaced].some((u) => isOfficialCode(u.code))) authorize(unitPolicy.manageOfficial(actor), "unit.merge_official");
    const ids = replaced.map((u) => u.id);
    await tx.update(units).set({ validTo: dayBefore(effectiveOn) }).where(inArray(units.id, ids));
    await tx
      .insert(unitSuccessions)
      .values(ids.map((predecessorId) => ({ successorId: successor.id, predecessorId, effectiveOn: effectiveOn! })))
      .onConflictDoNothing();
    if (!successor.validFrom || successor.validFrom > effectiveOn!) await tx.update(units).set({ validFrom: effectiveOn }).where(eq(units.id, successor.id));
    await audit(tx, actor, {
      action: "units.merged",
      entityType: "unit",
      entityId: successor.id,
      unit: successor,
      before: replaced.map((u) => ({ id: u.id, name: u.name, validTo: u.validTo })),
      after: { successor: successor.name, predecessors: replaced.map((u) => u.name), effectiveOn },
    });
    return { successor, predecessors: replaced };
  });
}
