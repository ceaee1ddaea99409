import type { Endpoint } from "../../web/api";
import { idFrom } from "../../web/params";
import { ListAwardsInput, RecordAwardInput } from "./award-input";
import { getAward } from "./get-award";
import { listAwards } from "./list-awards";
import { recipientAwards } from "./recipient-awards";
import { recordAward } from "./record-award";

const db = (c: Parameters<Endpoint["handle"]>[0]["c"]) => c.get("deps").database.db;
const tag = "awards";

export const awardEndpoints: Endpoint[] = [
  {
    method: "get",
    path: "/awards",
    summary: "Awards of the caller's units, newest decision first; q searches the recipient, form, decision number and achievement with or without diacritics; filters by form code, year and recipient kind",
    tag,
    query: ListAwardsInput,
    handle: ({ actor, c, query }) => listAwards(actor, db(c), query),
  },
  { method: "get", path: "/awards/:id", summary: "One award, its form and kind named as on its decision's date", tag, handle: ({ actor, c, params }) => getAward(actor, db(c), idFrom(params.id, "award")) },
  {
    method: "post",
    path: "/awards",
    summary: "Record an award from an older decision by hand (source manual): the form must exist in the catalogue on the decision's date and be given to that kind of recipient",
    tag,
    body: RecordAwardInput,
    status: 201,
    handle: ({ actor, c, body }) => recordAward(actor, body, db(c)),
  },
  { method: "get", path: "/people/:id/awards", summary: "Every award of a person, newest first", tag, handle: ({ actor, c, params }) => recipientAwards(actor, db(c), "person", idFrom(params.id, "person")) },
  { method: "get", path: "/households/:id/awards", summary: "Every award of a household, newest first", tag, handle: ({ actor, c, params }) => recipientAwards(actor, db(c), "household", idFrom(params.id, "household")) },
  { method: "get", path: "/collectives/:id/awards", summary: "Every award of a collective, newest first", tag, handle: ({ actor, c, params }) => recipientAwards(actor, db(c), "collective", idFrom(params.id, "collective")) },
  { method: "get", path: "/units/:id/awards", summary: "Every award given to a unit of the tree (a residential group, the ward), newest first", tag, handle: ({ actor, c, params }) => recipientAwards(actor, db(c), "unit", idFrom(params.id, "unit")) },
];
