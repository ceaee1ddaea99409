import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { createUnit, CreateUnitInput } from "./create-unit";
import { getUnit } from "./get-unit";
import { listUnits } from "./list-units";
import { searchUnits, SearchUnitsInput } from "./search-units";

export const unitEndpoints: Endpoint[] = [
  {
    method: "get",
    path: "/units",
    summary: "Units the caller may see, in tree order (50 per page)",
    tag: "units",
    handle: ({ actor, c, query }) => listUnits(actor, c.get("deps").database.db, Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1)),
  },
  {
    method: "get",
    path: "/units/search",
    summary: "Find units by name, with or without diacritics (\"xa nam nen\" finds \"Xã Nậm Nèn\")",
    tag: "units",
    query: SearchUnitsInput,
    handle: ({ actor, c, query }) => searchUnits(actor, c.get("deps").database.db, query),
  },
  {
    method: "get",
    path: "/units/:id",
    summary: "One unit with its parent, sub-units and role holders",
    tag: "units",
    handle: ({ actor, c, params }) => getUnit(actor, c.get("deps").database.db, idFrom(params.id, "unit")),
  },
  {
    method: "post",
    path: "/units/:id/children",
    summary: "Add a sub-unit",
    tag: "units",
    body: CreateUnitInput,
    status: 201,
    handle: ({ actor, c, params, body }) => createUnit(actor, idFrom(params.id, "unit"), body, c.get("deps").database.db),
  },
];
