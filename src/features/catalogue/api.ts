import type { Endpoint } from "../../web/api";
import { addCatalogueVersion } from "./add-catalogue-version";
import { AddVersionInput, CatalogueQuery } from "./catalogue-input";
import { entryOut } from "./catalogue-unit";
import { getCatalogue } from "./get-catalogue";
import { getEntryHistory } from "./get-entry-history";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "catalogue";

export const catalogueEndpoints: Endpoint[] = [
  {
    method: "get", path: "/catalogue", summary: "The legal catalogue in force for a unit (by default the caller's first) on a day (by default today): one entry per kind and code, with its citation, dates, layer and \"unconfirmed\" mark", tag, query: CatalogueQuery,
    handle: async ({ actor, c, query }) => {
      const { on, unit, catalogue } = await getCatalogue(actor, db(c), query);
      return { on, unit: unit ? { id: unit.id, name: unit.name, code: unit.code } : null, entries: catalogue.entries.map(entryOut) };
    },
  },
  {
    method: "get", path: "/catalogue/entries/:kind/:code", summary: "Every version of one entry (kind and code) that reaches the unit (?unit=ID): national, its province's and its own, by start date", tag,
    handle: async ({ actor, c, params, query }) => {
      const { kind, code, unit, versions, inForceId } = await getEntryHistory(actor, db(c), params.kind, params.code, { unit: query.unit });
      return { kind, code, unit: unit ? { id: unit.id, name: unit.name, code: unit.code } : null, inForceId, versions: versions.map(entryOut) };
    },
  },
  {
    method: "post", path: "/catalogue/entries", summary: "Add a version of an entry: national (national administrators), a province's or a unit's own, for what the law leaves to that layer; the layer's previous open version ends the day before", tag, body: AddVersionInput, status: 201,
    handle: ({ actor, c, body }) => addCatalogueVersion(actor, body, db(c)),
  },
];
