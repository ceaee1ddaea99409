// The catalogue in force for a unit on a day (`/catalogue?on=dd/mm/yyyy&unit=ID`): the national
// entries, replaced where its province or the unit has its own version.
import type { DbOrTx } from "../../db/client";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { CatalogueQuery } from "./catalogue-input";
import { catalogueUnitFor, manageableLayers, provinceOf } from "./catalogue-unit";
import { loadCatalogue } from "./load-catalogue";

export async function getCatalogue(actor: Actor, db: DbOrTx, input: unknown, today = todayInVietnam()) {
  const query = parseInput(CatalogueQuery, input);
  const on = query.on ?? today;
  const unit = await catalogueUnitFor(actor, db, query.unit);
  const [catalogue, province] = await Promise.all([loadCatalogue(db, on, unit?.path ?? null), unit ? provinceOf(db, unit) : Promise.resolve(null)]);
  return { on, unit, province, catalogue, layers: manageableLayers(actor, unit, province) };
}

export type CatalogueView = Awaited<ReturnType<typeof getCatalogue>>;
