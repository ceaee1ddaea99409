// `thidua movements list [--unit CODE] --json`: the operator's view of the movements (system actor).
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { units } from "../../db/schema";
import { Actor } from "../../platform/actor";
import { listMovements, milestonesOf } from "./list-movements";

export class MovementCliError extends Error {}

export async function listMovementsCommand(db: Db, opts: { unit?: string | undefined }) {
  let unitId: number | undefined;
  if (opts.unit) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.code, opts.unit));
    if (!unit) throw new MovementCliError(`Không có đơn vị mã ${opts.unit} / no unit with code ${opts.unit}`);
    unitId = unit.id;
  }
  const { movements } = await listMovements(Actor.system(), db, unitId ? { unit: String(unitId) } : {});
  const milestones = await milestonesOf(db, movements.map((m) => m.id));
  return movements.map((m) => ({
    id: m.id, name: m.name, kind: m.kind, unit: m.unitName, unitCode: m.unitCode, startsOn: m.startsOn, endsOn: m.endsOn,
    status: m.status, milestones: milestones.get(m.id) ?? [], parentId: m.parentId,
  }));
}
