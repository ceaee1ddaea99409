// The catalogue in force for a unit on a day (`/catalogue?on=dd/mm/yyyy&unit=ID`): the national
// entries, replaced where its province or the unit has its own version.
import type { DbOrTx } from "../../db/client";
import { mayOverride } from "../../domain/catalogue/entries";
import { catalogueOn } from "../../domain/catalogue/in-force";
import { todayInVietnam } from "../../domain/text/dates";
import type { Actor } from "../../platform/actor";
import { parseInput } from "../../platform/validation";
import { CatalogueQuery } from "./catalogue-input";
import { catalogueUnitFor, entryToReplace, manageableLayers, provinceOf } from "./catalogue-unit";
import { loadCatalogueEntries } from "./load-catalogue";

export async function getCatalogue(actor: Actor, db: DbOrTx, input: unknown, today = todayInVietnam()) {
  const query = parseInput(CatalogueQuery, input);
  const on = query.on ?? today;
  const unit = await catalogueUnitFor(actor, db, query.unit);
  const [all, province] = await Promise.all([loadCatalogueEntries(db), unit ? provinceOf(db, unit) : Promise.resolve(null)]);
  const catalogue = catalogueOn(all, on, unit?.path ?? null);
  const layers = manageableLayers(actor, unit, province);
  /** "kind/code" of the entries this official may add a version of, in some layer. */
  const addable = catalogue.entries
    .filter((e) => layers.some((l) => l.scope === "national" || mayOverride(entryToReplace(all, e.kind, e.code, on), l.scope)))
    .map((e) => `${e.kind}/${e.code}`);
  return { on, unit, province, catalogue, layers, addable };
}

export type CatalogueView = Awaited<ReturnType<typeof getCatalogue>>;
