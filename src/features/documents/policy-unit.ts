import { isUnitKind, type UnitKind } from "../../domain/access/unit-kinds";

/** A unit row as the document rules see it (an unknown kind reads as "other"). */
export function policyUnit(unit: { name: string; kind: string }): { name: string; kind: UnitKind } {
  return { name: unit.name, kind: isUnitKind(unit.kind) ? unit.kind : "other" };
}
