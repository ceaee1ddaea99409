// `thidua movements list [--unit CODE] --json`: the operator's view of the movements (system actor).
import type { Db } from "../../db/client";
import { Actor } from "../../platform/actor";
import { unitByCode } from "../units/unit-by-code";
import { listMovements, milestonesOf } from "./list-movements";

export async function listMovementsCommand(db: Db, opts: { unit?: string | undefined }) {
  const unitId = opts.unit ? (await unitByCode(db, opts.unit)).id : undefined;
  const { movements } = await listMovements(Actor.system(), db, unitId ? { unit: String(unitId) } : {});
  const milestones = await milestonesOf(db, movements.map((m) => m.id));
  return movements.map((m) => ({
    id: m.id, name: m.name, kind: m.kind, unit: m.unitName, unitCode: m.unitCode, startsOn: m.startsOn, endsOn: m.endsOn,
    status: m.status, milestones: milestones.get(m.id) ?? [], parentId: m.parentId,
  }));
}
