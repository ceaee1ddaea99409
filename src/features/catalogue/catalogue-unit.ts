// The unit a catalogue is read for (`?unit=ID`, by default the actor's first unit) and the
// layers above it: its province, whose own versions reach it, and the layers an official may
// add a version to.
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { units } from "../../db/schema";
import type { EntryKind, EntryScope } from "../../domain/catalogue/entries";
import { catalogueOn, type LayeredEntry } from "../../domain/catalogue/in-force";
import type { Actor } from "../../platform/actor";
import { NotFound } from "../../platform/errors";
import { findVisibleUnit } from "../units/find-visible-unit";
import { cataloguePolicy } from "./policy";

export type CatalogueUnit = Awaited<ReturnType<typeof findVisibleUnit>>;

/**
 * The unit named by `?unit=` if the actor may see it (otherwise NotFound, as for any unit), or
 * the actor's first unit (the highest they hold a role on); null for an actor without a unit
 * (the console), who reads the national layer.
 */
export async function catalogueUnitFor(actor: Actor, db: DbOrTx, unitParam: string | undefined): Promise<CatalogueUnit | null> {
  let id: number | null = null;
  if (unitParam !== undefined && unitParam !== "") {
    if (!/^\d{1,9}$/.test(unitParam)) throw new NotFound("unit");
    id = Number(unitParam);
  } else {
    const first = [...actor.assignments].filter((a) => a.unitId > 0).sort((a, b) => a.unitPath.length - b.unitPath.length || a.unitId - b.unitId)[0];
    if (!first) return null;
    id = first.unitId;
  }
  const unit = await findVisibleUnit(actor, db, id);
  if (!cataloguePolicy.view(actor, unit)) throw new NotFound("unit");
  return unit;
}

/** The province a unit lies in (the unit itself when it is one), or null. */
export async function provinceOf(db: DbOrTx, unit: { path: string }): Promise<CatalogueUnit | null> {
  const ids = unit.path.split("/").filter(Boolean).map(Number);
  if (ids.length === 0) return null;
  const [province] = await db.select().from(units).where(and(inArray(units.id, ids), eq(units.kind, "province")));
  return province ?? null;
}

export interface Layer {
  scope: EntryScope;
  /** The province or the unit whose own version it is; null for the national layer. */
  unit: CatalogueUnit | null;
}

/** The layers this actor may add versions to, for this unit: by their roles, before the law says which kinds. */
export function manageableLayers(actor: Actor, unit: CatalogueUnit | null, province: CatalogueUnit | null): Layer[] {
  const layers: Layer[] = [];
  if (cataloguePolicy.manageNational(actor)) layers.push({ scope: "national", unit: null });
  if (province && cataloguePolicy.manage(actor, province)) layers.push({ scope: "province", unit: province });
  if (unit && unit.kind !== "province" && cataloguePolicy.manage(actor, unit)) layers.push({ scope: "unit", unit });
  return layers;
}

/** An entry as the API and the command print it: its layer by name, not by the tree's path. */
export function entryOut(e: LayeredEntry) {
  return {
    ...(e.id !== undefined ? { id: e.id } : {}),
    kind: e.kind,
    code: e.code,
    value: e.value,
    validFrom: e.validFrom,
    validTo: e.validTo,
    citation: e.citation,
    unconfirmed: e.unconfirmed,
    note: e.note ?? null,
    layer: e.scope,
    layerUnit: e.scopeName ?? null,
  };
}

/**
 * The national entry a new version would replace (in force on `on`, or else its latest), by
 * which the law's `mayOverride` judges what a layer may replace: a province that replaced an
 * unconfirmed entry may replace its own version again.
 */
export function entryToReplace(all: readonly LayeredEntry[], kind: EntryKind, code: string, on: string): Pick<LayeredEntry, "kind" | "unconfirmed"> {
  const national = all.filter((e) => e.scope === "national");
  const inForce = catalogueOn(national, on, null).get(kind, code);
  const latest = national.filter((e) => e.kind === kind && e.code === code).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return inForce ?? latest ?? { kind, unconfirmed: false };
}
